import { describe, expect, it } from 'vitest';
import { addQuantities, holdingsByOrder, isWholeUnit, moveEffect, NO_STOCK, orderPartStates, PART_UNITS, quantityProblem, StockTotals, stockLevels, type LedgerMove } from '../../shared/parts/stock.js';

/**
 * The stock ledger's arithmetic (DOMAIN.md, "Part": receipt, consumption on an order, return to supplier, write-off,
 * adjustment). Whether a move may take the shelf below zero is the backend's check before it appends a move
 * (electron/parts/stockLedger.ts); here is what each move does to the shelf and to what orders hold.
 */
const m = (kind: LedgerMove['kind'], quantity: number, orderId?: string, partId = 'P'): LedgerMove => ({ partId, kind, quantity, orderId });

describe('what each move does', () => {
  it('a receipt puts parts on the shelf; a reservation sets them aside for an order without moving them', () => {
    expect(moveEffect(m('receipt', 2))).toEqual({ onHand: 2000, reserved: 0 });
    expect(moveEffect(m('reservation', 2, 'O1'))).toEqual({ onHand: 0, reserved: 2000 });
    expect(moveEffect(m('release', 2, 'O1'))).toEqual({ onHand: 0, reserved: -2000 });
  });

  it('an order consumes what it had reserved; a counter sale takes free stock', () => {
    expect(moveEffect(m('consumption', 1.5, 'O1'))).toEqual({ onHand: -1500, reserved: -1500 });
    expect(moveEffect(m('consumption', 1.5))).toEqual({ onHand: -1500, reserved: 0 });
  });

  it('a write-off and a return to the supplier take parts off the shelf; an adjustment moves it by its sign', () => {
    expect(moveEffect(m('write_off', 3))).toEqual({ onHand: -3000, reserved: 0 });
    expect(moveEffect(m('return_to_supplier', 3))).toEqual({ onHand: -3000, reserved: 0 });
    expect(moveEffect(m('adjustment', -2))).toEqual({ onHand: -2000, reserved: 0 });
    expect(moveEffect(m('adjustment', 2))).toEqual({ onHand: 2000, reserved: 0 });
  });

  it('a write-off of everything on the shelf leaves it at zero, the next one would take it below zero', () => {
    const moves = [m('receipt', 5), m('write_off', 5)];
    expect(stockLevels(moves).get('P')).toEqual({ onHand: 0, reserved: 0, available: 0 });
    expect(stockLevels([...moves, m('write_off', 1)]).get('P')!.onHand).toBe(-1);
  });
});

describe('stock levels', () => {
  it('available is on hand less what orders have reserved', () => {
    const levels = stockLevels([m('receipt', 10), m('reservation', 3, 'O1'), m('reservation', 2, 'O2'), m('consumption', 1, 'O1'), m('receipt', 1, undefined, 'Q')]);
    expect(levels.get('P')).toEqual({ onHand: 9, reserved: 4, available: 5 });
    expect(levels.get('Q')).toEqual({ onHand: 1, reserved: 0, available: 1 });
    expect(levels.size).toBe(2);
  });

  it('a part no move names has no stock', () => {
    expect(new StockTotals([m('receipt', 1)]).level('other')).toEqual(NO_STOCK);
    expect(NO_STOCK).toEqual({ onHand: 0, reserved: 0, available: 0 });
  });

  it('0.1 m and 0.2 m make exactly 0.3 m', () => {
    expect(addQuantities(0.1, 0.2)).toBe(0.3);
    expect(addQuantities(1, -0.9)).toBe(0.1);
    expect(addQuantities()).toBe(0);
    expect(stockLevels([m('receipt', 0.1), m('receipt', 0.2)]).get('P')!.onHand).toBe(0.3);
  });
});

describe('what orders hold', () => {
  const moves = [m('receipt', 10), m('reservation', 3, 'O1'), m('release', 1, 'O1'), m('consumption', 1, 'O1'), m('reservation', 2, 'O2'), m('consumption', 2, 'O2'), m('write_off', 1, 'O3')];

  it('an order holds what it reserved less what it released or used, and has used what it consumed', () => {
    expect(orderPartStates(moves, 'O1')).toEqual(new Map([['P', { reserved: 1, consumed: 1 }]]));
    expect(orderPartStates(moves, 'O2')).toEqual(new Map([['P', { reserved: 0, consumed: 2 }]]));
  });

  it('a write-off or receipt on an order is no holding of it, and an order without moves holds nothing', () => {
    expect(orderPartStates(moves, 'O3')).toEqual(new Map());
    expect([...holdingsByOrder(moves).keys()]).toEqual(['O1', 'O2']);
    expect(new StockTotals(moves).holdings('O3')).toEqual(new Map());
  });

  it('only orders still holding a reservation are waiting on the shelf', () => {
    const totals = new StockTotals(moves);
    expect(totals.holdingOrderIds()).toEqual(['O1']);
    expect(totals.holdings('O1')).toEqual(new Map([['P', { reserved: 1, consumed: 1 }]]));
    totals.add(m('release', 1, 'O1'));
    expect(totals.holdingOrderIds()).toEqual([]);
    // An order that used up one part and still holds another is still waiting.
    totals.add(m('reservation', 1, 'O2', 'Q'));
    expect(totals.holdingOrderIds()).toEqual(['O2']);
  });
});

describe('units', () => {
  it('pieces and sets are whole units; lengths, volumes and weights are measured', () => {
    expect(PART_UNITS.filter(isWholeUnit)).toEqual(['pcs', 'set']);
    expect(quantityProblem('g', 0.0015)).toBe('too_precise');
    expect(quantityProblem('l', 2.125)).toBeUndefined();
    expect(quantityProblem('m', 0.3)).toBeUndefined();
    expect(quantityProblem('pcs', 3)).toBeUndefined();
  });
});
