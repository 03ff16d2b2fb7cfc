import { describe, expect, it } from 'vitest';
import { conditionConclusion } from '../../shared/orders/condition.js';
import { customerCharge, extensionOfRepair, repairDates } from '../../shared/orders/completion.js';
import { effectiveProfile } from '../../shared/rules/profiles.js';
import { checkWarranty, type WarrantyAnswer } from '../../shared/warranty/warranty.js';
import { COUNTERPARTY_CLAIM_MOVES, OPEN_COUNTERPARTY_CLAIM } from '../../shared/claims/counterpartyFlow.js';
import { imeiCheckDigit, imeiProblem, isValidImei } from '../../shared/devices/imei.js';
import { holtFit, holtForecast } from '../../shared/analytics/forecast.js';

const ru = effectiveProfile('ru');
const totals = { work: 15_000, parts: 10_000, total: 25_000, prepayment: 3_000, due: 22_000 };

describe('who pays for a repair', () => {
  it('goodwill and statutory work cost the customer nothing; paid work costs the total less the prepayment', () => {
    expect(customerCharge('goodwill', totals)).toEqual({ coveredByWarranty: 25_000, charged: 0, due: 0 });
    expect(customerCharge('statutory', totals)).toEqual({ coveredByWarranty: 25_000, charged: 0, due: 0 });
    expect(customerCharge('paid', { ...totals, prepayment: 30_000 })).toEqual({ coveredByWarranty: 0, charged: 25_000, due: 0 });
  });
});

describe('the extension a repair brought', () => {
  it('is the months step of that order under the EU rule, and nothing for another order', () => {
    const steps = [
      { kind: 'start', from: 'purchase', date: '2026-08-01' },
      { kind: 'repair_months', months: 12, order: 'R-2' },
    ] as const;
    expect(extensionOfRepair(steps, 'R-2')).toEqual({ kind: 'months', months: 12 });
    expect(extensionOfRepair(steps, 'R-1')).toEqual({ kind: 'none' });
    expect(extensionOfRepair([{ kind: 'repair_days', days: 4, order: 'R-3', ongoing: true }], 'R-1')).toEqual({ kind: 'none' });
    expect(extensionOfRepair([{ kind: 'repair_days', days: 4, order: 'R-3', ongoing: true }], 'R-3')).toEqual({ kind: 'days', days: 4, ongoing: true });
  });
});

describe('the dates of a completion act (Art. 20)', () => {
  it('completes an unrepairable unit when it was found unrepairable, and a unit not yet back has no return date', () => {
    const dates = repairDates({
      receivedAt: '2026-03-01T09:00:00Z',
      timeline: [
        { at: '2026-03-02T10:00:00Z', to: 'diagnosing' },
        { at: '2026-03-04T10:00:00Z', to: 'unrepairable' },
        { at: '2026-03-05T10:00:00Z', to: 'issued' },
      ],
    });
    expect(dates).toEqual({ demand: '2026-03-01T09:00:00Z', handOver: '2026-03-01T09:00:00Z', completion: '2026-03-04T10:00:00Z', return: undefined });
  });
});

describe('the technical condition conclusion', () => {
  const manufacturing = { defectConfirmed: true, cause: 'manufacturing' as const };
  const under = () => checkWarranty({ purchaseDate: '2025-12-01', warrantyMonths: 12 }, [], ru, '2026-03-09');

  it('"no fault found" is no confirmed defect, even when ticked as confirmed', () => {
    expect(conditionConclusion({ defectConfirmed: true, cause: 'no_fault_found' }, under())).toEqual({ warrantyCase: false, reason: 'not_confirmed' });
  });

  it('under an extended warranty the case runs until the extended warranty ends', () => {
    const extended = checkWarranty({ purchaseDate: '2024-01-15', warrantyMonths: 12, extendedUntil: '2026-01-15' }, [], ru, '2025-06-01');
    expect(conditionConclusion(manufacturing, extended)).toEqual({ warrantyCase: true, reason: 'under_warranty', until: '2026-01-15' });
  });

  it('in the significant-defect window the case runs until the window closes, and names the window', () => {
    const old = checkWarranty({ purchaseDate: '2020-01-01', warrantyMonths: 24 }, [], ru, '2026-03-09');
    expect(conditionConclusion(manufacturing, old)).toEqual({ warrantyCase: true, reason: 'claim_window', until: '2030-01-01', rule: 'significantDefectYears' });
  });

  it('a window that is only a rule of proof (the presumption) keeps no warranty case open', () => {
    const uk = checkWarranty({ purchaseDate: '2026-01-10', warrantyMonths: 1 }, [], effectiveProfile('uk'), '2026-03-01');
    expect(conditionConclusion(manufacturing, uk)).toEqual({ warrantyCase: false, reason: 'expired', end: '2026-02-10' });
  });

  it('a unit with no known start is no warranty case, and says why', () => {
    const unknown = checkWarranty({ warrantyMonths: 12 }, [], ru, '2026-03-09');
    expect(conditionConclusion(manufacturing, unknown)).toEqual({ warrantyCase: false, reason: 'unknown_start' });
    const noEnd: WarrantyAnswer = { ...under(), status: 'expired', end: undefined, windows: [] };
    expect(conditionConclusion(manufacturing, noEnd)).toEqual({ warrantyCase: false, reason: 'unknown_start' });
  });
});

describe('claims against counterparties', () => {
  it('a draft is sent or withdrawn; an answer or money follows a sent claim; money settles an accepted one; closed claims stay closed', () => {
    expect(COUNTERPARTY_CLAIM_MOVES).toEqual({
      draft: ['sent', 'withdrawn'],
      sent: ['accepted', 'partly_accepted', 'rejected', 'settled', 'withdrawn'],
      accepted: ['settled', 'withdrawn'],
      partly_accepted: ['settled', 'withdrawn'],
      rejected: [],
      settled: [],
      withdrawn: [],
    });
  });

  it('a claim is open while it waits for an answer or for money', () => {
    expect(OPEN_COUNTERPARTY_CLAIM).toEqual(['draft', 'sent', 'accepted', 'partly_accepted']);
    for (const status of OPEN_COUNTERPARTY_CLAIM) expect(COUNTERPARTY_CLAIM_MOVES[status], status).toContain('withdrawn');
  });
});

describe('IMEI', () => {
  it('doubles every second digit, less 9 above 9 (Luhn)', () => {
    // 35391711987654 + check digit: the digit that makes the Luhn sum a multiple of 10.
    expect(imeiCheckDigit('35391711987654')).toBe('6');
    expect(isValidImei('353917119876546')).toBe(true);
    expect(isValidImei('353917119876541')).toBe(false);
    expect(imeiCheckDigit('00000000000000')).toBe('0');
    expect(isValidImei('000000000000000')).toBe(true);
    expect(imeiCheckDigit('99999999999999')).toBe('4');
    expect(imeiCheckDigit('12345678901234')).toBe('7');
    expect(imeiCheckDigit('10000000000000')).toBe('9');
  });

  it('refuses what is not 15 digits before checking the digit, and a body that is not 14 digits', () => {
    expect(imeiProblem(' 490154203237518')).toBe('imei_length');
    expect(imeiProblem('490154203237518')).toBeNull();
    expect(isValidImei('4901542032375180')).toBe(false);
    expect(() => imeiCheckDigit('123')).toThrow('Not a 14-digit IMEI body: 123');
  });
});

describe("Holt's forecast", () => {
  it('starts with the first value and the first step, and weighs by the default 0.3 and 0.1', () => {
    expect(holtFit([10, 20])).toEqual({ level: 0.3 * 20 + 0.7 * 20, trend: 0.1 * 10 + 0.9 * 10 });
    const fit = holtFit([10, 20, 20])!;
    // level 0.3·20 + 0.7·(20 + 10) = 27, trend 0.1·(27 − 20) + 0.9·10 = 9.7.
    expect(fit.level).toBeCloseTo(27, 10);
    expect(fit.trend).toBeCloseTo(9.7, 10);
    expect(holtForecast([10, 20, 20], 2)).toEqual([36.7, 46.4]);
    expect(holtForecast([10, 20, 20], 0)).toEqual([]);
  });
});
