import { documentTexts } from '../../electron/platform/pdf/texts.js';
import { describe, expect, it } from 'vitest';
import { effectiveProfile } from '../../shared/rules/profiles.js';
import { checkWarranty, lineWarrantyEnd, type WarrantyOrder } from '../../shared/warranty/warranty.js';
import { basisText } from '../../shared/warranty/warrantyText.js';

/**
 * The edges of the warranty rules (DOMAIN.md, "Warranty rules"): the last day, the day a repair is demanded, what
 * extends a warranty and what does not, which start counts, and the claim windows after the warranty.
 */
const ru = effectiveProfile('ru');
const eu = effectiveProfile('eu');
const uk = effectiveProfile('uk');
const il = effectiveProfile('il');
const dmy = (iso: string) => iso.split('-').reverse().join('.');

function order(number: string, receivedOn: string, handedBackOn: string | undefined, extra: Partial<WarrantyOrder> = {}): WarrantyOrder {
  return {
    number,
    receivedOn,
    handedBackOn,
    status: handedBackOn ? 'issued' : 'in_repair',
    outcome: handedBackOn ? 'repaired' : undefined,
    warrantyBasis: 'manufacturer',
    lines: [],
    ...extra,
  };
}

const bought = { purchaseDate: '2025-03-10', warrantyMonths: 12 };

describe('the last day of a warranty', () => {
  it('a unit bought 10.03.2025 with 12 months is still under warranty on 10.03.2026, its last day, with 0 days left', () => {
    const answer = checkWarranty(bought, [], ru, '2026-03-10');
    expect(answer).toMatchObject({ status: 'under_warranty', start: '2025-03-10', end: '2026-03-10', daysLeft: 0, suggestedBasis: 'manufacturer' });
  });

  it('the day after its last day the warranty has expired, one day past', () => {
    const answer = checkWarranty(bought, [], ru, '2026-03-11');
    expect(answer).toMatchObject({ status: 'expired', end: '2026-03-10', daysLeft: -1 });
  });

  it('the day before its last day one day is left', () => {
    expect(checkWarranty(bought, [], ru, '2026-03-09')).toMatchObject({ status: 'under_warranty', daysLeft: 1 });
  });

  it('an extended warranty covers the unit to its own last day, and not a day more', () => {
    const device = { ...bought, extendedUntil: '2027-03-10' };
    expect(checkWarranty(device, [], ru, '2027-03-10')).toMatchObject({ status: 'extended', end: '2026-03-10', extendedUntil: '2027-03-10', daysLeft: 0 });
    expect(checkWarranty(device, [], ru, '2027-03-11')).toMatchObject({ status: 'expired', daysLeft: -1 });
  });

  it('an extended warranty that ends on the manufacturer warranty\'s last day adds nothing', () => {
    const answer = checkWarranty({ ...bought, extendedUntil: '2026-03-10' }, [], ru, '2026-03-01');
    expect(answer.extendedUntil).toBeUndefined();
    expect(answer).toMatchObject({ status: 'under_warranty', end: '2026-03-10' });
  });

  it('an extended warranty that ends before the manufacturer warranty adds nothing', () => {
    const answer = checkWarranty({ ...bought, extendedUntil: '2026-01-01' }, [], ru, '2026-02-01');
    expect(answer.extendedUntil).toBeUndefined();
    expect(answer).toMatchObject({ status: 'under_warranty', end: '2026-03-10', daysLeft: 37 });
  });

  it('a voided warranty is void even on a day it would otherwise cover, and names who voided it', () => {
    const voided = { at: '2026-01-05T10:00:00Z', by: 'M1', reason: 'liquid_damage' };
    const answer = checkWarranty({ ...bought, voided }, [], ru, '2026-01-10');
    expect(answer).toMatchObject({ status: 'void', voided, end: '2026-03-10', suggestedBasis: 'paid' });
    expect(checkWarranty({ warrantyMonths: 12, voided }, [], ru, '2026-01-10')).toMatchObject({ status: 'void', suggestedBasis: 'paid' });
  });
});

describe('what a repair adds to the warranty (Russia: the days out of use, Art. 20 p.3)', () => {
  it('a repair demanded on the warranty\'s last day extends it by the days out of use', () => {
    const answer = checkWarranty(bought, [order('R-1', '2026-03-10', '2026-03-20')], ru, '2026-03-20');
    expect(answer.steps).toEqual([
      { kind: 'start', from: 'purchase', date: '2025-03-10' },
      { kind: 'months', months: 12, minimum: false },
      { kind: 'repair_days', days: 10, order: 'R-1', ongoing: false },
    ]);
    expect(answer).toMatchObject({ status: 'under_warranty', end: '2026-03-20', daysLeft: 0 });
  });

  it('a repair demanded the day after the warranty ended extends nothing', () => {
    const answer = checkWarranty(bought, [order('R-1', '2026-03-11', '2026-03-20')], ru, '2026-03-25');
    expect(answer.steps.filter((s) => s.kind === 'repair_days')).toEqual([]);
    expect(answer).toMatchObject({ status: 'expired', end: '2026-03-10' });
  });

  it('a repair the customer refused adds no days', () => {
    const refused = order('R-1', '2025-06-01', '2025-06-20', { outcome: 'refused' });
    const answer = checkWarranty(bought, [refused], ru, '2026-03-20');
    expect(answer.end).toBe('2026-03-10');
    expect(answer.status).toBe('expired');
    expect(answer.steps.map((s) => s.kind)).toEqual(['start', 'months']);
  });

  it('a paid, goodwill or repeat repair does not extend the manufacturer warranty; a statutory claim does', () => {
    for (const warrantyBasis of ['paid', 'goodwill', 'repeat_repair'] as const) {
      expect(checkWarranty(bought, [order('R-1', '2025-06-01', '2025-06-20', { warrantyBasis })], ru, '2026-03-20').end, warrantyBasis).toBe('2026-03-10');
    }
    expect(checkWarranty(bought, [order('R-1', '2025-06-01', '2025-06-20', { warrantyBasis: 'statutory' })], ru, '2026-03-20').end).toBe('2026-03-29');
  });

  it('a repair finished on the day it was demanded adds no days and no step', () => {
    const answer = checkWarranty(bought, [order('R-1', '2025-06-01', '2025-06-01')], ru, '2026-03-10');
    expect(answer.end).toBe('2026-03-10');
    expect(answer.steps).toHaveLength(2);
  });

  it('a repair still open counts the days up to today and says so', () => {
    const answer = checkWarranty(bought, [order('R-1', '2026-03-01', undefined)], ru, '2026-03-12');
    expect(answer.steps.at(-1)).toEqual({ kind: 'repair_days', days: 11, order: 'R-1', ongoing: true });
    expect(answer).toMatchObject({ status: 'under_warranty', end: '2026-03-21', daysLeft: 9 });
    expect(basisText(answer.steps, answer.end, documentTexts('en'), dmy)).toBe('purchase 10.03.2025 + 12 months + 11 days in repair (order R-1, so far) = 21.03.2026');
    expect(basisText(answer.steps, answer.end, documentTexts('ru'), dmy)).toBe('покупка 10.03.2025 + 12 месяцев + 11 дней в ремонте (заказ R-1, пока) = 21.03.2026');
    expect(basisText(answer.steps, answer.end, documentTexts('he'), dmy)).toBe('רכישה 10.03.2025 + 12 חודשים + 11 ימים בתיקון (הזמנה R-1, עד כה) = 21.03.2026');
  });

  it('a repair demanded after an earlier extension but before the extended end extends again, given in any order', () => {
    // 10.03.2026 + 10 days (R-1) = 20.03.2026; R-2 demanded on 15.03.2026, inside the extended warranty: + 5 days.
    const answer = checkWarranty(bought, [order('R-2', '2026-03-15', '2026-03-20'), order('R-1', '2026-02-01', '2026-02-11')], ru, '2026-03-21');
    expect(answer.steps.filter((s) => s.kind === 'repair_days').map((s) => s.kind === 'repair_days' && s.order)).toEqual(['R-1', 'R-2']);
    expect(answer.end).toBe('2026-03-25');
    expect(answer.repeatRepairs).toBe(1);
  });

  it('a profile without an extension adds nothing for time in repair', () => {
    const answer = checkWarranty(bought, [order('R-1', '2025-06-01', '2025-06-20')], uk, '2026-03-10');
    expect(answer.end).toBe('2026-03-10');
    expect(answer.steps.map((s) => s.kind)).toEqual(['start', 'months']);
  });

  it('days in repair are written in every language, "so far" only while the repair is open', () => {
    const answer = checkWarranty(bought, [order('R-1', '2025-06-01', '2025-06-04')], ru, '2026-03-10');
    expect(basisText(answer.steps, answer.end, documentTexts('he'), dmy)).toBe('רכישה 10.03.2025 + 12 חודשים + 3 ימים בתיקון (הזמנה R-1) = 13.03.2026');
    expect(basisText(answer.steps, answer.end, documentTexts('ru'), dmy)).toBe('покупка 10.03.2025 + 12 месяцев + 3 дня в ремонте (заказ R-1) = 13.03.2026');
  });

  it('one day in repair is written "1 day" in English', () => {
    const answer = checkWarranty(bought, [order('R-1', '2025-06-01', '2025-06-02')], ru, '2026-03-10');
    expect(basisText(answer.steps, answer.end, documentTexts('en'), dmy)).toBe('purchase 10.03.2025 + 12 months + 1 day in repair (order R-1) = 11.03.2026');
  });
});

describe('which start a warranty runs from', () => {
  it('after two replacements the warranty runs from the hand-over of the last one', () => {
    const orders = [
      order('R-2', '2025-09-01', '2025-09-10', { outcome: 'replaced' }),
      order('R-1', '2025-05-01', '2025-05-05', { outcome: 'replaced' }),
    ];
    const answer = checkWarranty(bought, orders, ru, '2026-06-01');
    expect(answer.start).toBe('2025-09-10');
    expect(answer.end).toBe('2026-09-10');
    expect(answer.steps[0]).toEqual({ kind: 'start', from: 'replacement', date: '2025-09-10', order: 'R-2' });
    expect(basisText(answer.steps, answer.end, documentTexts('ru'), dmy)).toBe('замена (заказ R-2) 10.09.2025 + 12 месяцев = 10.09.2026');
    expect(basisText(answer.steps, answer.end, documentTexts('he'), dmy)).toBe('החלפה (הזמנה R-2) 10.09.2025 + 12 חודשים = 10.09.2026');
  });

  it('a replacement not yet handed over does not restart the warranty', () => {
    const answer = checkWarranty(bought, [order('R-1', '2025-09-01', undefined, { outcome: 'replaced' })], ru, '2025-10-01');
    expect(answer.start).toBe('2025-03-10');
  });

  it('a repair before the replacement does not extend the new warranty; one demanded on the day of the new unit does', () => {
    const orders = [
      order('R-1', '2025-05-01', '2025-05-21'),
      order('R-2', '2025-09-01', '2025-09-10', { outcome: 'replaced' }),
      order('R-3', '2025-09-10', '2025-09-13'),
    ];
    const answer = checkWarranty(bought, orders, ru, '2026-06-01');
    // 10.09.2025 + 12 months = 10.09.2026; R-2 itself (the replacement) runs from 01.09 to 10.09, before the new start.
    expect(answer.steps.filter((s) => s.kind === 'repair_days')).toEqual([{ kind: 'repair_days', days: 3, order: 'R-3', ongoing: false }]);
    expect(answer.end).toBe('2026-09-13');
  });

  it('where the profile does not restart the warranty on replacement, it runs from the purchase', () => {
    const keep = effectiveProfile('ru', { replacementRestartsWarranty: false });
    const answer = checkWarranty(bought, [order('R-1', '2025-09-01', '2025-09-10', { outcome: 'replaced' })], keep, '2026-01-01');
    expect(answer.start).toBe('2025-03-10');
    expect(answer.steps[0]).toEqual({ kind: 'start', from: 'purchase', date: '2025-03-10' });
  });

  it('a unit that needs installation runs from the installation date, and says so', () => {
    const answer = checkWarranty({ ...bought, installationDate: '2025-03-20' }, [], ru, '2026-03-15');
    expect(answer).toMatchObject({ start: '2025-03-20', end: '2026-03-20', status: 'under_warranty' });
    expect(basisText(answer.steps, answer.end, documentTexts('en'), dmy)).toBe('installation 20.03.2025 + 12 months = 20.03.2026');
    expect(basisText(answer.steps, answer.end, documentTexts('ru'), dmy)).toBe('установка 20.03.2025 + 12 месяцев = 20.03.2026');
  });

  it('a warranty longer than the statutory minimum is the unit\'s own, not marked as the minimum', () => {
    const answer = checkWarranty({ purchaseDate: '2026-01-05', warrantyMonths: 24 }, [], il, '2026-06-01');
    expect(answer.end).toBe('2028-01-05');
    expect(answer.steps[1]).toEqual({ kind: 'months', months: 24, minimum: false });
    expect(basisText(answer.steps, answer.end, documentTexts('en'), dmy)).toBe('purchase 05.01.2026 + 24 months = 05.01.2028');
    expect(basisText(answer.steps, answer.end, documentTexts('ru'), dmy)).toBe('покупка 05.01.2026 + 24 месяца = 05.01.2028');
  });

  it('a warranty as long as the statutory minimum is not marked as the minimum; a shorter one is raised to it', () => {
    expect(checkWarranty({ purchaseDate: '2026-01-05', warrantyMonths: 12 }, [], il, '2026-06-01').steps[1]).toEqual({ kind: 'months', months: 12, minimum: false });
    const raised = checkWarranty({ purchaseDate: '2026-01-05' }, [], il, '2026-06-01');
    expect(raised.steps[1]).toEqual({ kind: 'months', months: 12, minimum: true });
    expect(basisText(raised.steps, raised.end, documentTexts('en'), dmy)).toBe('purchase 05.01.2026 + 12 months (statutory minimum) = 05.01.2027');
    expect(basisText(raised.steps, raised.end, documentTexts('ru'), dmy)).toBe('покупка 05.01.2026 + 12 месяцев (минимум по закону) = 05.01.2027');
  });

  it('one month is written "1 month"; a basis without an end has no "="', () => {
    const answer = checkWarranty({ purchaseDate: '2026-01-05', warrantyMonths: 1 }, [], ru, '2026-01-10');
    expect(basisText(answer.steps, answer.end, documentTexts('en'), dmy)).toBe('purchase 05.01.2026 + 1 month = 05.02.2026');
    expect(basisText(answer.steps, undefined, documentTexts('en'), dmy)).toBe('purchase 05.01.2026 + 1 month');
  });

  it('without any start date the answer is unknown, and a running repair warranty still suggests a repeat repair', () => {
    const earlier = order('R-1', '2026-01-10', '2026-01-20', { warrantyBasis: 'paid', lines: [{ description: 'Pump', warrantyDays: 90 }] });
    const answer = checkWarranty({ warrantyMonths: 12 }, [earlier], ru, '2026-02-01');
    expect(answer).toMatchObject({ status: 'unknown', suggestedBasis: 'repeat_repair', repeatRepairs: 0, windows: [] });
    expect(answer.start).toBeUndefined();
    expect(answer.steps).toEqual([]);
  });
});

describe('the EU extension after a repair (+12 months once, Directive 2024/1799)', () => {
  it('is granted for a repair demanded on the warranty\'s last day, once it is handed back repaired', () => {
    const answer = checkWarranty({ purchaseDate: '2026-08-01', warrantyMonths: 24 }, [order('R-1', '2028-08-01', '2028-08-05')], eu, '2028-09-01');
    expect(answer.steps.at(-1)).toEqual({ kind: 'repair_months', months: 12, order: 'R-1' });
    expect(answer).toMatchObject({ end: '2029-08-01', status: 'under_warranty' });
    expect(basisText(answer.steps, answer.end, documentTexts('en'), dmy)).toBe('purchase 01.08.2026 + 24 months + 12 months after repair (order R-1) = 01.08.2029');
    expect(basisText(answer.steps, answer.end, documentTexts('ru'), dmy)).toBe('покупка 01.08.2026 + 24 месяца + 12 месяцев после ремонта (заказ R-1) = 01.08.2029');
    expect(basisText(answer.steps, answer.end, documentTexts('he'), dmy)).toBe('רכישה 01.08.2026 + 24 חודשים + 12 חודשים לאחר תיקון (הזמנה R-1) = 01.08.2029');
  });

  it('is not granted for a repair demanded after expiry', () => {
    const answer = checkWarranty({ purchaseDate: '2026-08-01', warrantyMonths: 24 }, [order('R-1', '2028-08-02', '2028-08-05')], eu, '2028-09-01');
    expect(answer.steps.some((s) => s.kind === 'repair_months')).toBe(false);
    expect(answer).toMatchObject({ end: '2028-08-01', status: 'expired' });
  });

  it('is not granted while the repair is open, nor for a unit replaced or refunded instead of repaired', () => {
    const device = { purchaseDate: '2026-08-01', warrantyMonths: 24 };
    expect(checkWarranty(device, [order('R-1', '2027-01-10', undefined)], eu, '2027-02-01').end).toBe('2028-08-01');
    expect(checkWarranty(device, [order('R-1', '2027-01-10', '2027-01-20', { outcome: 'refunded' })], eu, '2027-02-01').end).toBe('2028-08-01');
    expect(checkWarranty(device, [order('R-1', '2027-01-10', '2027-01-20', { outcome: 'refused' })], eu, '2027-02-01').end).toBe('2028-08-01');
    expect(checkWarranty(device, [order('R-1', '2027-01-10', '2027-01-20', { warrantyBasis: 'paid' })], eu, '2027-02-01').end).toBe('2028-08-01');
  });

  it('applies to goods delivered on 31 July 2026 itself, and to any date where the profile sets no start', () => {
    const repaired = [order('R-1', '2027-01-10', '2027-01-20')];
    expect(checkWarranty({ purchaseDate: '2026-07-31', warrantyMonths: 24 }, repaired, eu, '2027-02-01').end).toBe('2029-07-31');
    const always = effectiveProfile('eu', { repairExtensionFrom: null });
    expect(checkWarranty({ purchaseDate: '2025-01-10', warrantyMonths: 24 }, [order('R-1', '2025-06-10', '2025-06-20')], always, '2025-07-01').end).toBe('2028-01-10');
  });
});

describe('claim windows after the warranty', () => {
  it('Russia: the 2-year window after a short warranty closes after its last day', () => {
    const device = { purchaseDate: '2024-06-10', warrantyMonths: 12 };
    const onLastDay = checkWarranty(device, [], ru, '2026-06-10');
    expect(onLastDay.windows[0]).toEqual({ rule: 'claimWindowAfterWarrantyMonths', until: '2026-06-10', open: true });
    expect(onLastDay.suggestedBasis).toBe('statutory');
    expect(checkWarranty(device, [], ru, '2026-06-11').windows[0]).toEqual({ rule: 'claimWindowAfterWarrantyMonths', until: '2026-06-10', open: false });
  });

  it('Russia: a warranty of 2 years or more leaves no 2-year window, only the significant-defect one', () => {
    const answer = checkWarranty({ purchaseDate: '2024-06-10', warrantyMonths: 24 }, [], ru, '2026-07-01');
    expect(answer.windows).toEqual([{ rule: 'significantDefectYears', until: '2034-06-10', open: true }]);
  });

  it('Russia: the significant-defect window runs for the unit\'s service life where one is set', () => {
    const answer = checkWarranty({ purchaseDate: '2024-06-10', warrantyMonths: 24, serviceLifeMonths: 84 }, [], ru, '2026-07-01');
    expect(answer.windows).toEqual([{ rule: 'significantDefectYears', until: '2031-06-10', open: true }]);
  });

  it('an expired warranty with only the presumption or the right to reject still open suggests paid work', () => {
    // 1 month of warranty, UK: the 6-month presumption is open, but it is no claim window for a free repair.
    const answer = checkWarranty({ purchaseDate: '2026-01-10', warrantyMonths: 1 }, [], uk, '2026-03-01');
    expect(answer.status).toBe('expired');
    expect(answer.windows).toEqual([
      { rule: 'presumptionMonths', until: '2026-07-10', open: true },
      { rule: 'shortTermRejectDays', until: '2026-02-09', open: false },
    ]);
    expect(answer.suggestedBasis).toBe('paid');
  });

  it('an expired warranty with one claim window still open suggests a statutory claim, though another has closed', () => {
    // 12 months from 10.06.2022: the 2-year window closed on 10.06.2024, the 10-year one for significant defects is open.
    const answer = checkWarranty({ purchaseDate: '2022-06-10', warrantyMonths: 12 }, [], ru, '2026-03-01');
    expect(answer.windows.map((w) => [w.rule, w.open])).toEqual([
      ['claimWindowAfterWarrantyMonths', false],
      ['significantDefectYears', true],
    ]);
    expect(answer.suggestedBasis).toBe('statutory');
  });

  it('within the 30-day right to reject, after a warranty of no months, the suggestion is still paid work (UK)', () => {
    const answer = checkWarranty({ purchaseDate: '2026-01-10', warrantyMonths: 0 }, [], uk, '2026-01-20');
    expect(answer.status).toBe('expired');
    expect(answer.windows.find((w) => w.rule === 'shortTermRejectDays')).toEqual({ rule: 'shortTermRejectDays', until: '2026-02-09', open: true });
    expect(answer.suggestedBasis).toBe('paid');
  });

  it('an expired warranty with every window closed suggests paid work', () => {
    const answer = checkWarranty({ purchaseDate: '2010-01-10', warrantyMonths: 12 }, [], ru, '2026-03-01');
    expect(answer.windows.every((w) => !w.open)).toBe(true);
    expect(answer.suggestedBasis).toBe('paid');
  });

  it('a unit without a warranty has no "after the warranty" window but the no-warranty one', () => {
    const answer = checkWarranty({ purchaseDate: '2025-01-10', warrantyMonths: 0 }, [], ru, '2025-02-01');
    expect(answer.windows.map((w) => w.rule)).toEqual(['claimWindowNoWarrantyMonths', 'significantDefectYears']);
    expect(answer.status).toBe('expired');
    expect(answer.suggestedBasis).toBe('statutory');
  });
});

describe('the workshop\'s own warranty on work and parts', () => {
  const handedBack = { handedBackOn: '2026-01-20', warrantyBasis: 'manufacturer' as const };

  it('a work line is under warranty for its own days from the hand-back, to its last day', () => {
    const earlier = order('R-1', '2026-01-10', '2026-01-20', { warrantyBasis: 'paid', lines: [{ description: 'Labour', warrantyDays: 30 }] });
    expect(checkWarranty({ purchaseDate: '2010-01-01', warrantyMonths: 12 }, [earlier], ru, '2026-02-19').repairWarranties).toEqual([
      { order: 'R-1', description: 'Labour', until: '2026-02-19' },
    ]);
    expect(checkWarranty({ purchaseDate: '2010-01-01', warrantyMonths: 12 }, [earlier], ru, '2026-02-20').repairWarranties).toEqual([]);
  });

  it('a line without warranty days and not a part has no warranty of its own', () => {
    expect(lineWarrantyEnd({ description: 'Cleaning', warrantyDays: 0 }, handedBack, { warrantyMonths: 12 }, ru)).toBeUndefined();
  });

  it('a part replaced in a warranty repair gets the longer of its own days and the unit\'s warranty period', () => {
    expect(lineWarrantyEnd({ description: 'Pump', warrantyDays: 90, part: true }, handedBack, { warrantyMonths: 12 }, ru)).toBe('2027-01-20');
    expect(lineWarrantyEnd({ description: 'Pump', warrantyDays: 730, part: true }, handedBack, { warrantyMonths: 12 }, ru)).toBe('2028-01-20');
    expect(lineWarrantyEnd({ description: 'Pump', warrantyDays: 0, part: true }, handedBack, { warrantyMonths: 12 }, ru)).toBe('2027-01-20');
  });

  it('a part replaced in a paid repair, or where the profile says nothing, keeps its own days', () => {
    expect(lineWarrantyEnd({ description: 'Pump', warrantyDays: 90, part: true }, { ...handedBack, warrantyBasis: 'paid' }, { warrantyMonths: 12 }, ru)).toBe('2026-04-20');
    expect(lineWarrantyEnd({ description: 'Pump', warrantyDays: 90, part: true }, handedBack, { warrantyMonths: 12 }, eu)).toBe('2026-04-20');
    expect(lineWarrantyEnd({ description: 'Pump', warrantyDays: 90, part: true }, handedBack, {}, ru)).toBe('2026-04-20');
    expect(lineWarrantyEnd({ description: 'Pump', warrantyDays: 90 }, handedBack, { warrantyMonths: 12 }, ru)).toBe('2026-04-20');
  });

  it('a line of a repair not handed back has no warranty yet', () => {
    expect(lineWarrantyEnd({ description: 'Pump', warrantyDays: 90, part: true }, { warrantyBasis: 'manufacturer' }, { warrantyMonths: 12 }, ru)).toBeUndefined();
    const open = order('R-1', '2026-01-10', undefined, { lines: [{ description: 'Pump', warrantyDays: 90 }] });
    expect(checkWarranty({ purchaseDate: '2010-01-01', warrantyMonths: 12 }, [open], ru, '2026-02-01').repairWarranties).toEqual([]);
  });
});
