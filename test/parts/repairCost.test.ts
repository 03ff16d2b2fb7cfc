import { describe, expect, it } from 'vitest';
import { addCosts, NO_COST, repairCost, WARRANTY_BASES } from '../../shared/parts/repairCost.js';

/** What a repair costs the workshop (the base of the warranty cost per model and of the manufacturer's statement). */
describe('the cost of a repair', () => {
  it('is the catalogue parts at what they cost when used, plus the work at the workshop\'s prices', () => {
    const cost = repairCost(
      [{ quantity: 1.5, unitPrice: 2000 }, { quantity: 1, unitPrice: 500 }],
      [{ quantity: 1, unitPrice: 9000, partId: 'P1' }, { quantity: 2, unitPrice: 300 }],
      [{ quantity: 1, unitCost: 6000 }, { quantity: 0.5, unitCost: 1001 }],
    );
    expect(cost).toEqual({ partsAtCost: 6501, unknownCostParts: 1, labour: 3500, total: 10_001 });
  });

  it('counts a part typed by hand as of unknown cost, never at its sale price, and leaves it out of the total', () => {
    const cost = repairCost([], [{ quantity: 3, unitPrice: 10_000 }, { quantity: 1, unitPrice: 50 }], []);
    expect(cost).toEqual({ partsAtCost: 0, unknownCostParts: 2, labour: 0, total: 0 });
  });

  it('adds up field by field, from nothing', () => {
    const a = { partsAtCost: 100, unknownCostParts: 1, labour: 50, total: 150 };
    const b = { partsAtCost: 7, unknownCostParts: 2, labour: 3, total: 10 };
    expect(addCosts(a, b)).toEqual({ partsAtCost: 107, unknownCostParts: 3, labour: 53, total: 160 });
    expect(addCosts(NO_COST, a)).toEqual(a);
    expect(NO_COST).toEqual({ partsAtCost: 0, unknownCostParts: 0, labour: 0, total: 0 });
  });

  it('warranty work is every repair the customer does not pay for', () => {
    expect(WARRANTY_BASES).toEqual(['manufacturer', 'statutory', 'repeat_repair', 'goodwill']);
  });
});
