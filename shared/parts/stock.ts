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

export const MOVE_KINDS = ['receipt', 'reservation', 'consumption', 'release', 'return_to_supplier', 'write_off', 'adjustment', 'transfer'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export interface LedgerMove {
  partId: string;
  kind: MoveKind;
  /** Positive for every kind but an adjustment, whose sign says up or down. */
  quantity: number;
  /** The order a reservation, release or consumption belongs to. A consumption without one is a counter sale. */
  orderId?: string;
  /**
   * The stock location the move happens at (a van); absent, the workshop's own store. Reservations are the
   * workshop's only: orders are repaired there. A transfer leaves this location for `toLocationId`.
   */
  locationId?: string;
  /** Where a transfer takes the parts (absent: back to the workshop). */
  toLocationId?: string;
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
    case 'transfer':
      // From one location to another: the part's stock in all is the same.
      return { onHand: 0, reserved: 0 };
  }
}

/** What one move does to the on-hand stock of each location it touches other than the workshop, in thousandths. */
function locationEffects(move: LedgerMove): Array<[string, number]> {
  const q = milli(move.quantity);
  if (move.kind === 'transfer') {
    const effects: Array<[string, number]> = [];
    if (move.locationId) effects.push([move.locationId, -q]);
    if (move.toLocationId) effects.push([move.toLocationId, q]);
    return effects;
  }
  return move.locationId ? [[move.locationId, moveEffect(move).onHand]] : [];
}

export interface StockLevel {
  /** Everywhere: the workshop's store and every van. */
  onHand: number;
  reserved: number;
  /** What the workshop's store holds beyond the reservations: what an order or a sale can take. */
  available: number;
}

/** On hand (everywhere), reserved and available (in the workshop) of every part named in the moves: one pass over the ledger. */
export function stockLevels(moves: Iterable<LedgerMove>): Map<string, StockLevel> {
  return new StockTotals(moves).levels();
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
  private readonly parts = new Map<string, { onHand: number; reserved: number; away: number }>();
  private readonly orders = new Map<string, Map<string, { reserved: number; consumed: number }>>();
  /** On hand per location other than the workshop (location id → part id → thousandths). */
  private readonly located = new Map<string, Map<string, number>>();

  constructor(moves: Iterable<LedgerMove> = []) {
    for (const move of moves) this.add(move);
  }

  add(move: LedgerMove): void {
    const effect = moveEffect(move);
    let sum = this.parts.get(move.partId);
    if (!sum) this.parts.set(move.partId, (sum = { onHand: 0, reserved: 0, away: 0 }));
    sum.onHand += effect.onHand;
    sum.reserved += effect.reserved;
    for (const [locationId, change] of locationEffects(move)) {
      sum.away += change;
      let parts = this.located.get(locationId);
      if (!parts) this.located.set(locationId, (parts = new Map()));
      parts.set(move.partId, (parts.get(move.partId) ?? 0) + change);
    }
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
    return sum ? { onHand: fromMilli(sum.onHand), reserved: fromMilli(sum.reserved), available: fromMilli(sum.onHand - sum.away - sum.reserved) } : NO_STOCK;
  }

  /** On hand of a part at a location (a van); without one, in the workshop's own store. */
  onHandAt(partId: string, locationId?: string): number {
    if (!locationId) {
      const sum = this.parts.get(partId);
      return sum ? fromMilli(sum.onHand - sum.away) : 0;
    }
    return fromMilli(this.located.get(locationId)?.get(partId) ?? 0);
  }

  /** Every part a location (a van) holds or held, with its on-hand now. */
  atLocation(locationId: string): Map<string, number> {
    return new Map([...(this.located.get(locationId) ?? [])].map(([partId, q]) => [partId, fromMilli(q)]));
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
