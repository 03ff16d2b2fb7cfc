import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdingsByOrder, type LedgerMove, quantityProblem, StockTotals, stockLevels } from '../../shared/parts/stock.js';

describe('quantities and units', () => {
  it('counts pieces and sets whole, measures lengths, volumes and weights to three decimals', () => {
    expect(quantityProblem('pcs', 2)).toBeUndefined();
    expect(quantityProblem('pcs', 1.5)).toBe('whole_units');
    expect(quantityProblem('set', 0.5)).toBe('whole_units');
    expect(quantityProblem('m', 1.25)).toBeUndefined();
    expect(quantityProblem('ml', 0.001)).toBeUndefined();
    expect(quantityProblem('kg', 0.0005)).toBe('too_precise');
  });
});

describe('the stock ledger', () => {
  const move = fc.record({
    partId: fc.constantFrom('A', 'B'),
    kind: fc.constantFrom('receipt', 'reservation', 'consumption', 'release', 'return_to_supplier', 'write_off', 'adjustment' as const),
    quantity: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 1000),
    orderId: fc.option(fc.constantFrom('O1', 'O2'), { nil: undefined }),
  });

  it('stock is the sum of the moves whatever their order, with no binary fractions creeping in', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 200 }), (moves) => {
        const levels = stockLevels(moves as LedgerMove[]);
        const reversed = stockLevels([...moves].reverse() as LedgerMove[]);
        expect(reversed).toEqual(levels);
        for (const [partId, level] of levels) {
          const mine = moves.filter((m) => m.partId === partId);
          const sum = (pick: (m: (typeof moves)[number]) => number) => mine.reduce((s, m) => s + Math.round(pick(m) * 1000), 0) / 1000;
          const onHand = sum((m) => (m.kind === 'receipt' || m.kind === 'adjustment' ? m.quantity : m.kind === 'reservation' || m.kind === 'release' ? 0 : -m.quantity));
          const reserved = sum((m) =>
            m.kind === 'reservation' ? m.quantity : m.kind === 'release' || (m.kind === 'consumption' && m.orderId) ? -m.quantity : 0,
          );
          expect(level).toEqual({ onHand, reserved, available: Math.round((onHand - reserved) * 1000) / 1000 });
        }
      }),
    );
  });

  it("what orders hold adds up to the part's reserved stock", () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 200 }), (moves) => {
        const orderMoves = moves.filter((m) => m.orderId || (m.kind !== 'reservation' && m.kind !== 'release')) as LedgerMove[];
        const holdings = holdingsByOrder(orderMoves);
        for (const [partId, level] of stockLevels(orderMoves)) {
          let held = 0;
          for (const parts of holdings.values()) held += Math.round((parts.get(partId)?.reserved ?? 0) * 1000);
          expect(held / 1000).toBe(level.reserved);
        }
      }),
    );
  });

  it('running totals, fed one move at a time, equal the sums of the moves per part and per order', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 200 }), fc.nat(200), (moves, cut) => {
        const totals = new StockTotals(moves.slice(0, cut) as LedgerMove[]);
        for (const m of moves.slice(cut)) totals.add(m as LedgerMove);
        expect(totals.levels()).toEqual(stockLevels(moves as LedgerMove[]));
        for (const [orderId, parts] of holdingsByOrder(moves as LedgerMove[])) expect(totals.holdings(orderId)).toEqual(parts);
      }),
    );
  });

  it('sums 10,000 moves in a few milliseconds', () => {
    const moves: LedgerMove[] = Array.from({ length: 10_000 }, (_, i) => ({ partId: `P${i % 500}`, kind: i % 3 ? 'receipt' : 'reservation', quantity: 1 + (i % 7), orderId: `O${i}` }));
    const started = performance.now();
    const levels = stockLevels(moves);
    const took = performance.now() - started;
    expect(levels.size).toBe(500);
    // The bound is for the plain code: a mutation run (npm run mutate) instruments every expression, which costs
    // several times as much, and a mutant that loops for ever is caught by Stryker's own time-out.
    const instrumented = '__stryker__' in globalThis;
    expect(took).toBeLessThan(instrumented ? 2_000 : 200);
  });
});
