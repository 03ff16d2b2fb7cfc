import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, daysBetween } from '../../shared/rules/calendar.js';
import { legalDeadlines } from '../../shared/rules/deadlines.js';
import { effectiveProfile, PRESETS, PROFILE_IDS } from '../../shared/rules/profiles.js';
import { checkWarranty, type WarrantyOrder } from '../../shared/warranty/warranty.js';
import { basisText } from '../../shared/warranty/warrantyText.js';
import { documentTexts } from '../../electron/platform/pdf/texts.js';

const ru = effectiveProfile('ru');
const eu = effectiveProfile('eu');
const il = effectiveProfile('il');
const uk = effectiveProfile('uk');
const dmy = (iso: string) => iso.split('-').reverse().join('.');

function repair(number: string, receivedOn: string, handedBackOn: string | undefined, extra: Partial<WarrantyOrder> = {}): WarrantyOrder {
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

describe('calendar months (Russian Civil Code Arts. 191-192)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-03-10', 12, '2026-03-10'],
  ])('%s + %i months = %s', (start, months, end) => {
    expect(addMonths(start, months)).toBe(end);
  });
});

describe('working days', () => {
  const israel = { restDays: [6], holidays: ['2026-04-02', '2026-04-08'] };
  it('skips Shabbat and the holidays the workshop keeps', () => {
    // Wed 2026-04-01 + 3 working days: Thu 2 is a holiday, Fri 3 counts, Sat 4 is Shabbat, Sun 5, Mon 6.
    expect(addWorkingDays('2026-04-01', 3, israel)).toBe('2026-04-06');
  });
  it('skips weekends in a five-day week', () => {
    expect(addWorkingDays('2026-11-27', 1, { restDays: [0, 6], holidays: [] })).toBe('2026-11-30');
  });
});

describe('warranty check, Russian Federation', () => {
  it('names its basis: purchase + months + days in repair = end', () => {
    const answer = checkWarranty(
      { purchaseDate: '2025-03-10', warrantyMonths: 12 },
      [repair('R-2025-00042', '2025-06-01', '2025-06-20')],
      ru,
      '2026-03-20',
    );
    expect(answer.status).toBe('under_warranty');
    expect(answer.end).toBe('2026-03-29');
    expect(answer.daysLeft).toBe(9);
    expect(basisText(answer.steps, answer.end, documentTexts('en'), dmy)).toBe(
      'purchase 10.03.2025 + 12 months + 19 days in repair (order R-2025-00042) = 29.03.2026',
    );
    expect(basisText(answer.steps, answer.end, documentTexts('ru'), dmy)).toBe(
      'покупка 10.03.2025 + 12 месяцев + 19 дней в ремонте (заказ R-2025-00042) = 29.03.2026',
    );
  });

  it('adds every warranty repair, across a year end, but not paid ones or demands after the end', () => {
    const answer = checkWarranty(
      { purchaseDate: '2025-01-31', warrantyMonths: 12 },
      [
        repair('R-1', '2025-12-20', '2026-01-10'), // 21 days, crosses the year
        repair('R-2', '2026-02-01', '2026-02-06'), // 5 days
        repair('R-3', '2026-02-10', '2026-02-20', { warrantyBasis: 'paid' }),
        repair('R-4', '2026-05-01', '2026-05-10'), // after the extended end: no extension
      ],
      ru,
      '2026-03-10',
    );
    // 31.01.2025 + 12 months = 31.01.2026, + 21 = 21.02.2026, + 5 = 26.02.2026
    expect(answer.end).toBe('2026-02-26');
    expect(answer.status).toBe('expired');
    expect(answer.steps.filter((s) => s.kind === 'repair_days')).toHaveLength(2);
  });

  it('counts an open repair up to today', () => {
    const answer = checkWarranty({ purchaseDate: '2025-06-01', warrantyMonths: 12 }, [repair('R-9', '2026-05-20', undefined)], ru, '2026-06-05');
    expect(answer.end).toBe('2026-06-17');
    expect(answer.steps.at(-1)).toEqual({ kind: 'repair_days', days: 16, order: 'R-9', ongoing: true });
  });

  it('restarts the warranty when the unit was replaced', () => {
    const answer = checkWarranty(
      { purchaseDate: '2024-05-01', warrantyMonths: 12 },
      [repair('R-5', '2025-04-01', '2025-04-15', { outcome: 'replaced' })],
      ru,
      '2026-01-10',
    );
    expect(answer.start).toBe('2025-04-15');
    expect(answer.end).toBe('2026-04-15');
    expect(answer.status).toBe('under_warranty');
    expect(basisText(answer.steps, answer.end, documentTexts('en'), dmy)).toBe('replacement (order R-5) 15.04.2025 + 12 months = 15.04.2026');
  });

  it('is void when a manager voided it, and comes back when the void is undone', () => {
    const voided = { at: '2026-01-05T10:00:00Z', by: 'manager', reason: 'liquid_damage' };
    expect(checkWarranty({ purchaseDate: '2025-10-01', warrantyMonths: 12, voided }, [], ru, '2026-01-10')).toMatchObject({ status: 'void', suggestedBasis: 'paid' });
    expect(checkWarranty({ purchaseDate: '2025-10-01', warrantyMonths: 12 }, [], ru, '2026-01-10').status).toBe('under_warranty');
  });

  it('after a short warranty, says which claim windows the law still allows and until when', () => {
    const answer = checkWarranty({ purchaseDate: '2024-06-10', warrantyMonths: 12, serviceLifeMonths: 60 }, [], ru, '2025-09-01');
    expect(answer.status).toBe('expired');
    expect(answer.windows).toEqual([
      { rule: 'claimWindowAfterWarrantyMonths', until: '2026-06-10', open: true },
      { rule: 'significantDefectYears', until: '2029-06-10', open: true },
    ]);
    expect(answer.suggestedBasis).toBe('statutory');
  });

  it('without a warranty set, allows claims within 2 years, and 10 years for significant defects', () => {
    const answer = checkWarranty({ purchaseDate: '2024-06-10' }, [], ru, '2025-09-01');
    expect(answer.windows.map((w) => [w.rule, w.until])).toEqual([
      ['claimWindowNoWarrantyMonths', '2026-06-10'],
      ['significantDefectYears', '2034-06-10'],
    ]);
  });

  it('covers a unit under an extended warranty after the manufacturer warranty', () => {
    const answer = checkWarranty({ purchaseDate: '2024-01-15', warrantyMonths: 12, extendedUntil: '2026-01-15' }, [], ru, '2025-06-01');
    expect(answer).toMatchObject({ status: 'extended', end: '2025-01-15', extendedUntil: '2026-01-15', suggestedBasis: 'manufacturer' });
  });

  it('recognises a repeat repair while an earlier repair line is under the workshop warranty', () => {
    const earlier = repair('R-7', '2024-01-10', '2024-01-20', { warrantyBasis: 'paid', lines: [{ description: 'Replace pump', warrantyDays: 90 }] });
    const answer = checkWarranty({ purchaseDate: '2020-01-01', warrantyMonths: 12 }, [earlier], ru, '2024-03-01');
    expect(answer.repairWarranties).toEqual([{ order: 'R-7', description: 'Replace pump', until: '2024-04-19' }]);
    expect(answer.suggestedBasis).toBe('repeat_repair');
  });

  it('gives a part replaced in a warranty repair the unit\'s full warranty period (Art. 20 p.4), work its own days', () => {
    const order = repair('R-8', '2026-01-10', '2026-01-20', {
      lines: [
        { description: 'Labour', warrantyDays: 30 },
        { description: 'Pump', warrantyDays: 90, part: true },
      ],
    });
    const answer = checkWarranty({ purchaseDate: '2025-01-01', warrantyMonths: 12 }, [order], ru, '2026-03-01');
    expect(answer.repairWarranties).toEqual([{ order: 'R-8', description: 'Pump', until: '2027-01-20' }]);
    const elsewhere = checkWarranty({ purchaseDate: '2025-01-01', warrantyMonths: 12 }, [order], eu, '2026-03-01');
    expect(elsewhere.repairWarranties).toEqual([{ order: 'R-8', description: 'Pump', until: '2026-04-20' }]);
  });

  it('cannot say without a purchase date', () => {
    expect(checkWarranty({ warrantyMonths: 12 }, [], ru, '2026-01-01')).toMatchObject({ status: 'unknown', suggestedBasis: 'paid' });
  });
});

describe('warranty check, other profiles', () => {
  it('EU: +12 months once after a repair, for goods delivered from 31 July 2026', () => {
    const repairs = [repair('R-1', '2027-01-10', '2027-01-20'), repair('R-2', '2027-03-01', '2027-03-05')];
    const after = checkWarranty({ purchaseDate: '2026-08-01', warrantyMonths: 24 }, repairs, eu, '2027-06-01');
    expect(after.end).toBe('2029-08-01');
    expect(after.steps.filter((s) => s.kind === 'repair_months')).toHaveLength(1);
    const before = checkWarranty({ purchaseDate: '2026-07-30', warrantyMonths: 24 }, repairs, eu, '2027-06-01');
    expect(before.end).toBe('2028-07-30');
  });

  it('Israel: at least 1 year from delivery, from installation where there is one', () => {
    const answer = checkWarranty({ purchaseDate: '2026-01-05', installationDate: '2026-01-09', warrantyMonths: 6 }, [], il, '2026-06-01');
    expect(answer.end).toBe('2027-01-09');
    expect(basisText(answer.steps, answer.end, documentTexts('he'), dmy)).toBe('התקנה 09.01.2026 + 12 חודשים (מינימום לפי חוק) = 09.01.2027');
  });

  it('UK: the 30-day right to reject and the 6-month presumption', () => {
    const answer = checkWarranty({ purchaseDate: '2026-01-10', warrantyMonths: 12 }, [], uk, '2026-01-20');
    expect(answer.windows).toEqual([
      { rule: 'presumptionMonths', until: '2026-07-10', open: true },
      { rule: 'shortTermRejectDays', until: '2026-02-09', open: true },
    ]);
  });
});

describe('rule profiles', () => {
  it('give every rule of every preset a source, and mark the unconfirmed ones', () => {
    for (const id of PROFILE_IDS) {
      for (const [key, source] of Object.entries(PRESETS[id].sources)) {
        expect(source.source, `${id}.${key}`).not.toBe('');
      }
    }
    expect(PRESETS.il.sources.loanerDeadlineDays.confirmed).toBe(false);
    expect(PRESETS.ru.sources.loanerDeadlineDays).toMatchObject({ confirmed: true, source: expect.stringContaining('Art. 20 p.2') });
  });

  it('let the workshop override a value, saying so in its source', () => {
    const profile = effectiveProfile('ru', { repairDeadlineDays: 30 });
    expect(profile.values.repairDeadlineDays).toBe(30);
    expect(profile.overridden).toEqual(['repairDeadlineDays']);
    expect(profile.sources.repairDeadlineDays.source).toMatch(/^set by the workshop/);
    expect(PRESETS.ru.values.repairDeadlineDays).toBe(45);
  });
});

describe('legal deadlines on open orders', () => {
  it('Russia: the repair deadline runs 45 days from the demand, the loaner deadline 3 days', () => {
    const deadlines = legalDeadlines(
      { receivedOn: '2026-03-01', status: 'in_repair', warrantyBasis: 'manufacturer', loanerDemandedOn: '2026-03-01' },
      true,
      ru,
      [],
      '2026-03-03',
    );
    expect(deadlines).toEqual([
      { kind: 'repair', due: '2026-04-15', daysLeft: 43, state: 'on_time' },
      { kind: 'loaner', due: '2026-03-04', daysLeft: 1, state: 'due_soon' },
    ]);
  });

  it('Israel: 10 working days, Shabbat and holidays not counted', () => {
    const [deadline] = legalDeadlines({ receivedOn: '2026-04-01', status: 'received', warrantyBasis: 'manufacturer' }, true, il, ['2026-04-02'], '2026-04-20');
    // Apr 1 (Wed) + 10 working days, skipping Apr 2 (holiday) and Saturdays 4, 11: 3,5,6,7,8,9,10,12,13,14
    expect(deadline.due).toBe('2026-04-14');
    expect(deadline.state).toBe('overdue');
    expect(daysBetween('2026-04-20', deadline.due)).toBe(deadline.daysLeft);
  });

  it('Russia: a loaner term ending on a rest day or holiday ends on the next working day (Civil Code Art. 193)', () => {
    // Demanded on Thursday 5 March 2026: 3 days end on Sunday 8 March; Monday 9 March is the moved 8 March holiday.
    const order = { receivedOn: '2026-03-05', status: 'in_repair' as const, warrantyBasis: 'manufacturer' as const, loanerDemandedOn: '2026-03-05' };
    expect(legalDeadlines(order, true, ru, [], '2026-03-05').find((d) => d.kind === 'loaner')?.due).toBe('2026-03-09');
    expect(legalDeadlines(order, true, ru, ['2026-03-09'], '2026-03-05').find((d) => d.kind === 'loaner')?.due).toBe('2026-03-10');
    // 45 days from 5 March end on Sunday 19 April: the repair is due on Monday 20 April.
    expect(legalDeadlines(order, true, ru, [], '2026-03-05').find((d) => d.kind === 'repair')?.due).toBe('2026-04-20');
  });

  it('do not run on paid repairs, for companies, or once the order is ready', () => {
    expect(legalDeadlines({ receivedOn: '2026-03-01', status: 'in_repair', warrantyBasis: 'paid' }, true, ru, [], '2026-03-02')).toEqual([]);
    expect(legalDeadlines({ receivedOn: '2026-03-01', status: 'in_repair', warrantyBasis: 'manufacturer' }, false, ru, [], '2026-03-02')).toEqual([]);
    expect(legalDeadlines({ receivedOn: '2026-03-01', status: 'ready', warrantyBasis: 'manufacturer' }, true, ru, [], '2026-03-02')).toEqual([]);
  });
});
