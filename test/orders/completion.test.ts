import { describe, expect, it } from 'vitest';
import { conditionConclusion } from '../../shared/orders/condition.js';
import { customerCharge, extensionOfRepair, repairDates } from '../../shared/orders/completion.js';
import { orderTotals } from '../../shared/platform/money.js';
import { effectiveProfile } from '../../shared/rules/profiles.js';
import { checkWarranty } from '../../shared/warranty/warranty.js';

describe('the completion act rules', () => {
  // Fixtures are made inside the tests (here: when called), so that a mutant that breaks them fails a test.
  const totals = () => orderTotals([{ quantity: 1, unitPrice: 15000 }], [{ quantity: 2, unitPrice: 5000 }], 3000);

  it('charges nothing to the customer for warranty work and the rest, less the prepayment, for paid work', () => {
    expect(customerCharge('manufacturer', totals())).toEqual({ coveredByWarranty: 25000, charged: 0, due: 0 });
    expect(customerCharge('repeat_repair', totals()).charged).toBe(0);
    expect(customerCharge('paid', totals())).toEqual({ coveredByWarranty: 0, charged: 25000, due: 22000 });
  });

  it('finds the extension this repair brought in the warranty basis', () => {
    const ru = effectiveProfile('ru', {});
    const order = { number: 'R-1', receivedOn: '2026-03-01', handedBackOn: '2026-03-08', status: 'issued' as const, outcome: 'repaired' as const, warrantyBasis: 'manufacturer' as const, lines: [] };
    const answer = checkWarranty({ purchaseDate: '2025-12-01', warrantyMonths: 12 }, [order], ru, '2026-03-09');
    expect(extensionOfRepair(answer.steps, 'R-1')).toEqual({ kind: 'days', days: 7, ongoing: false });
    expect(extensionOfRepair(answer.steps, 'R-2')).toEqual({ kind: 'none' });
    const il = checkWarranty({ purchaseDate: '2025-12-01', warrantyMonths: 12 }, [order], effectiveProfile('il', {}), '2026-03-09');
    expect(extensionOfRepair(il.steps, 'R-1')).toEqual({ kind: 'none' });
  });

  it('dates completion at the last "ready" and falls back to the hand-back', () => {
    const timeline = [
      { at: '2026-03-05T10:00:00Z', to: 'ready' as const },
      { at: '2026-03-06T10:00:00Z', to: 'in_repair' as const },
      { at: '2026-03-07T10:00:00Z', to: 'ready' as const },
    ];
    expect(repairDates({ receivedAt: '2026-03-01T09:00:00Z', handedBackAt: '2026-03-08T09:00:00Z', timeline })).toEqual({
      demand: '2026-03-01T09:00:00Z',
      handOver: '2026-03-01T09:00:00Z',
      completion: '2026-03-07T10:00:00Z',
      return: '2026-03-08T09:00:00Z',
    });
    expect(repairDates({ receivedAt: '2026-03-01T09:00:00Z', timeline: [] }).completion).toBeUndefined();
  });
});

describe('the technical condition conclusion', () => {
  const ru = effectiveProfile('ru', {});
  const under = () => checkWarranty({ purchaseDate: '2025-12-01', warrantyMonths: 12 }, [], ru, '2026-03-09');
  const expired = () => checkWarranty({ purchaseDate: '2020-01-01', warrantyMonths: 12, serviceLifeMonths: 24 }, [], ru, '2026-03-09');
  const manufacturing = { defectConfirmed: true, cause: 'manufacturing' as const };

  it('is a warranty case only for a confirmed manufacturing defect while the warranty or a claim window runs', () => {
    expect(conditionConclusion(manufacturing, under())).toEqual({ warrantyCase: true, reason: 'under_warranty', until: '2026-12-01' });
    expect(conditionConclusion({ ...manufacturing, defectConfirmed: false }, under())).toMatchObject({ warrantyCase: false, reason: 'not_confirmed' });
    expect(conditionConclusion({ defectConfirmed: true, cause: 'external_damage' }, under())).toMatchObject({ warrantyCase: false, reason: 'cause_excluded' });
    expect(conditionConclusion(manufacturing, { ...under(), status: 'void' })).toMatchObject({ reason: 'void' });
    expect(conditionConclusion(manufacturing, expired())).toMatchObject({ warrantyCase: false, reason: 'expired', end: '2021-01-01' });
  });

  it('keeps a manufacturing defect a warranty case in a claim window the law leaves open after the warranty', () => {
    const late = checkWarranty({ purchaseDate: '2024-12-01', warrantyMonths: 12 }, [], ru, '2026-03-09');
    expect(conditionConclusion(manufacturing, late)).toMatchObject({ warrantyCase: true, reason: 'claim_window' });
  });
});
