/**
 * The stock ledger's arithmetic. Stock is never stored: on hand and reserved are the sums of the moves. Quantities
 * are summed in thousandths as integers, so that 0.1 m + 0.2 m is exactly 0.3 m however many moves there are.
 */

export const PART_UNITS = ['pcs', 'set', 'm', 'l', 'ml', 'kg', 'g'] as const;
export type PartUnit = (typeof PART_UNITS)[number];

/** Pieces and sets are counted whole; lengths, volumes and weights are measured, to three decimals at most. */
const WHOLE_UNITS: readonly PartUnit[] = ['pcs', 'set'];
export const QUANTITY_DECIMALS = 3;

export function isWholeUnit(unit: PartUnit): boolean {
  return WHOLE_UNITS.includes(unit);
}

/** Why a quantity does not fit its unit ("whole_units", "too_precise"), or undefined when it does. */
export function quantityProblem(unit: PartUnit, quantity: number): 'whole_units' | 'too_precise' | undefined {
  if (isWholeUnit(unit)) return Number.isInteger(quantity) ? undefined : 'whole_units';
  const milli = quantity * 10 ** QUANTITY_DECIMALS;
  return Math.abs(milli - Math.round(milli)) < 1e-6 ? undefined : 'too_precise';
}

export const MOVE_KINDS = ['receipt', 'reservation', 'consumption', 'release', 'return_to_supplier', 'write_off', 'adjustment'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export interface LedgerMove {
  partId: string;
  kind: MoveKind;
  /** Positive for every kind but an adjustment, whose sign says up or down. */
  quantity: number;
  /** The order a reservation, release or consumption belongs to. A consumption without one is a counter sale. */
  orderId?: string;
}

const milli = (quantity: number) => Math.round(quantity * 10 ** QUANTITY_DECIMALS);
const fromMilli = (value: number) => value / 10 ** QUANTITY_DECIMALS;

/** What one move does to on-hand and reserved stock, in thousandths. */
export function moveEffect(move: LedgerMove): { onHand: number; reserved: number } {
  const q = milli(move.quantity);
  switch (move.kind) {
    case 'receipt':
      return { onHand: q, reserved: 0 };
    case 'reservation':
      return { onHand: 0, reserved: q };
    case 'release':
      return { onHand: 0, reserved: -q };
    case 'consumption':
      // An order consumes what it had reserved; a counter sale takes free stock.
      return { onHand: -q, reserved: move.orderId ? -q : 0 };
    case 'return_to_supplier':
    case 'write_off':
      return { onHand: -q, reserved: 0 };
    case 'adjustment':
      return { onHand: q, reserved: 0 };
  }
}

export interface StockLevel {
  onHand: number;
  reserved: number;
  available: number;
}

/** On hand, reserved and available of every part named in the moves: one pass over the ledger. */
export function stockLevels(moves: Iterable<LedgerMove>): Map<string, StockLevel> {
  const sums = new Map<string, { onHand: number; reserved: number }>();
  for (const move of moves) {
    const effect = moveEffect(move);
    const sum = sums.get(move.partId);
    if (sum) {
      sum.onHand += effect.onHand;
      sum.reserved += effect.reserved;
    } else sums.set(move.partId, { ...effect });
  }
  const levels = new Map<string, StockLevel>();
  for (const [partId, sum] of sums) {
    levels.set(partId, { onHand: fromMilli(sum.onHand), reserved: fromMilli(sum.reserved), available: fromMilli(sum.onHand - sum.reserved) });
  }
  return levels;
}

export const NO_STOCK: StockLevel = { onHand: 0, reserved: 0, available: 0 };

export interface OrderPartState {
  reserved: number;
  consumed: number;
}

/** What every order holds of each part (order id → part id → reserved now, consumed so far): one pass. */
export function holdingsByOrder(moves: Iterable<LedgerMove>, onlyOrderId?: string): Map<string, Map<string, OrderPartState>> {
  const sums = new Map<string, Map<string, { reserved: number; consumed: number }>>();
  for (const move of moves) {
    if (!move.orderId || (onlyOrderId && move.orderId !== onlyOrderId)) continue;
    if (move.kind !== 'reservation' && move.kind !== 'release' && move.kind !== 'consumption') continue;
    let parts = sums.get(move.orderId);
    if (!parts) sums.set(move.orderId, (parts = new Map()));
    const state = parts.get(move.partId) ?? { reserved: 0, consumed: 0 };
    const q = milli(move.quantity);
    if (move.kind === 'reservation') state.reserved += q;
    if (move.kind === 'release') state.reserved -= q;
    if (move.kind === 'consumption') {
      state.reserved -= q;
      state.consumed += q;
    }
    parts.set(move.partId, state);
  }
  const result = new Map<string, Map<string, OrderPartState>>();
  for (const [orderId, parts] of sums) {
    result.set(orderId, new Map([...parts].map(([partId, s]) => [partId, { reserved: fromMilli(s.reserved), consumed: fromMilli(s.consumed) }])));
  }
  return result;
}

/** What one order holds of each part. */
export function orderPartStates(moves: Iterable<LedgerMove>, orderId: string): Map<string, OrderPartState> {
  return holdingsByOrder(moves, orderId).get(orderId) ?? new Map();
}

/** Exact quantity arithmetic for the services: a + b − c without binary fractions creeping in. */
export function addQuantities(...quantities: number[]): number {
  return fromMilli(quantities.reduce((sum, q) => sum + milli(q), 0));
}

/**
 * Running totals of a ledger: on hand and reserved per part, reserved and consumed per order and part, in
 * thousandths. Kept in memory by the stock ledger and updated on each append, so that a question about stock does
 * not read every move; it always equals what stockLevels / holdingsByOrder sum from the same moves.
 */
export class StockTotals {
  private readonly parts = new Map<string, { onHand: number; reserved: number }>();
  private readonly orders = new Map<string, Map<string, { reserved: number; consumed: number }>>();

  constructor(moves: Iterable<LedgerMove> = []) {
    for (const move of moves) this.add(move);
  }

  add(move: LedgerMove): void {
    const effect = moveEffect(move);
    const sum = this.parts.get(move.partId);
    if (sum) {
      sum.onHand += effect.onHand;
      sum.reserved += effect.reserved;
    } else this.parts.set(move.partId, { ...effect });
    if (!move.orderId || (move.kind !== 'reservation' && move.kind !== 'release' && move.kind !== 'consumption')) return;
    let parts = this.orders.get(move.orderId);
    if (!parts) this.orders.set(move.orderId, (parts = new Map()));
    const state = parts.get(move.partId) ?? { reserved: 0, consumed: 0 };
    const q = milli(move.quantity);
    state.reserved += move.kind === 'reservation' ? q : -q;
    if (move.kind === 'consumption') state.consumed += q;
    parts.set(move.partId, state);
  }

  level(partId: string): StockLevel {
    const sum = this.parts.get(partId);
    return sum ? { onHand: fromMilli(sum.onHand), reserved: fromMilli(sum.reserved), available: fromMilli(sum.onHand - sum.reserved) } : NO_STOCK;
  }

  levels(): Map<string, StockLevel> {
    return new Map([...this.parts.keys()].map((partId) => [partId, this.level(partId)]));
  }

  /** What one order holds of each part. */
  holdings(orderId: string): Map<string, OrderPartState> {
    const parts = this.orders.get(orderId);
    return new Map([...(parts ?? [])].map(([partId, s]) => [partId, { reserved: fromMilli(s.reserved), consumed: fromMilli(s.consumed) }]));
  }

  /** Ids of the orders holding a reservation now. */
  holdingOrderIds(): string[] {
    return [...this.orders].filter(([, parts]) => [...parts.values()].some((s) => s.reserved > 0)).map(([orderId]) => orderId);
  }
}
