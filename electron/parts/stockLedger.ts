import { DomainError } from '../../shared/platform/result.js';
import { addQuantities, NO_STOCK, type OrderPartState, type StockLevel, StockTotals } from '../../shared/parts/stock.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { Part, StockMove } from '../../shared/parts/schemas.js';
import type { Collection } from '../platform/store/collection.js';
import type { ServiceContext } from '../platform/context.js';

/**
 * The stock ledger. Every movement of a part is one immutable move; on hand and reserved are sums of the moves,
 * never stored. Callers hold the store's exclusive lock, so checks and writes cannot interleave.
 *
 * How stock stays right when a write fails (a full disk, a crash between two files):
 * - One batch of moves is written to ONE file (all its ids are drawn in the same shard), so a batch is on disk
 *   entirely or not at all.
 * - The ledger is the only record of stock facts. A requisition's received quantities and state are summed from
 *   the receipt moves naming it; a counter sale counts only once its moves are written (a sale record without
 *   moves is a failed sale, shown nowhere); an order's holdings are summed from the moves naming it, and what an
 *   order save moves is always "what its lines and status call for minus what the ledger already holds for it",
 *   so a retry after a failure never moves anything twice.
 * - An order's moves are written before the order: when the order write then fails, the ledger may be ahead of
 *   the order (a reservation released for a cancel that was not saved). At start-up reconcileStock() releases what
 *   an order holds beyond what its saved state calls for and gives free stock to waiting orders, so the ledger
 *   comes back in step with the orders as saved.
 * - What follows a committed change (flagging orders whose parts arrived, serving waiting orders, the catalogue
 *   cost after a receipt) is a follow-up: its failure is logged, not reported as a failure of the change the user
 *   asked for (which would invite a retry of something already done); start-up reconciliation redoes allocation.
 */

export function getPart(ctx: ServiceContext, id: string, field = 'partId'): Part {
  const part = ctx.store.parts.get(id);
  if (!part) throw new DomainError('not_found', 'No such part in the catalogue.', { [field]: 'not_found' });
  return part;
}

const totalsCache = new WeakMap<Collection<StockMove>, { revision: number; totals: StockTotals }>();

/** Running totals of the ledger, rebuilt only when the moves in memory changed other than by appendMoves (reload, undone write). */
export function ledgerTotals(ctx: ServiceContext): StockTotals {
  const moves = ctx.store.stockMoves;
  const cached = totalsCache.get(moves);
  if (cached?.revision === moves.revision) return cached.totals;
  const totals = new StockTotals(moves.all());
  totalsCache.set(moves, { revision: moves.revision, totals });
  return totals;
}

export function allLevels(ctx: ServiceContext): Map<string, StockLevel> {
  return ledgerTotals(ctx).levels();
}

export function levelOf(ctx: ServiceContext, partId: string): StockLevel {
  return ledgerTotals(ctx).level(partId);
}

export function heldBy(ctx: ServiceContext, orderId: string): Map<string, OrderPartState> {
  return ledgerTotals(ctx).holdings(orderId);
}

/** The moves of one part, of one order, of one requisition, of one sale or of one visit (indexes kept in step with the ledger). */
export function movesOf(ctx: ServiceContext, key: 'partId' | 'orderId' | 'requisitionId' | 'saleId' | 'visitId', id: string): readonly StockMove[] {
  return ctx.store.stockMoves.byKey(key, (m) => (m[key] ? [m[key]] : []), id);
}

export type MoveFields = Omit<StockMove, 'id' | 'at' | 'by' | 'unitCost'> & { unitCost?: number };

export function newMove(ctx: ServiceContext, actorId: string, at: string, fields: MoveFields): StockMove {
  const part = getPart(ctx, fields.partId);
  return { ...fields, id: ctx.newId(), at, by: actorId, unitCost: fields.unitCost ?? part.cost };
}

/**
 * The batch with ids drawn again where needed so that every move lands in the file of the first one (the shard is
 * read from an id's last two characters; consecutive ids walk through all 64), keeping the moves in their order.
 */
function inOneFile(ctx: ServiceContext, moves: readonly StockMove[]): StockMove[] {
  const collection = ctx.store.stockMoves;
  const shard = collection.shardOf(moves[0].id);
  let last = '';
  return moves.map((move) => {
    let id = move.id;
    for (let tries = 0; collection.shardOf(id) !== shard || id <= last; tries++) {
      if (tries > 100_000) throw new Error('No id found in the shard of the batch.');
      id = ctx.newId();
    }
    last = id;
    return id === move.id ? move : { ...move, id };
  });
}

/** Only an order's own completion may take a part a manager allowed below zero there: sales, write-offs and returns never. */
const orderUse = (m: StockMove) => Boolean(m.orderId) && (m.kind === 'consumption' || m.kind === 'reservation' || m.kind === 'release');

/**
 * Write moves after checking what they leave behind: nothing reserved below zero, and no part's on-hand or
 * available stock below zero AND lower than before the batch (a receipt that improves a negative stock is taken;
 * only an order's use of a part a manager allowed below zero may go there). A refused batch writes nothing; a
 * written batch is in one file.
 */
export async function appendMoves(ctx: ServiceContext, moves: readonly StockMove[], field: FieldOf = 'quantity'): Promise<StockMove[]> {
  if (!moves.length) return [];
  const totals = checkMoves(ctx, moves, field);
  const written = inOneFile(ctx, moves);
  const revision = ctx.store.stockMoves.revision;
  await ctx.store.stockMoves.applyBatch(written, [], { oneFile: true });
  // The totals follow the batch, unless a reader rebuilt them while it was being written (then they hold it).
  const cached = totalsCache.get(ctx.store.stockMoves);
  if (cached?.totals === totals && cached.revision === revision) {
    for (const move of written) totals.add(move);
    cached.revision = ctx.store.stockMoves.revision;
  }
  return written;
}

/** The input field a refusal names: one for all, or the line of each part (so the screen shows it by that part). */
type FieldOf = string | ((partId: string) => string);

/** The checks of appendMoves alone (for a change that writes another record before its moves). */
export function checkMoves(ctx: ServiceContext, moves: readonly StockMove[], fieldOf: FieldOf = 'quantity'): StockTotals {
  const totals = ledgerTotals(ctx);
  const batch = new StockTotals(moves);
  for (const partId of new Set(moves.map((m) => m.partId))) {
    const part = getPart(ctx, partId);
    const field = typeof fieldOf === 'string' ? fieldOf : fieldOf(partId);
    const before = totals.level(partId);
    const change = batch.level(partId);
    const after = { onHand: addQuantities(before.onHand, change.onHand), reserved: addQuantities(before.reserved, change.reserved), available: addQuantities(before.available, change.available) };
    if (after.reserved < 0) throw new DomainError('conflict', `More of ${part.sku} released than was reserved.`, { [field]: 'not_reserved' });
    const worse = (after.onHand < 0 && after.onHand < before.onHand) || (after.available < 0 && after.available < before.available);
    if (worse && !(part.allowNegative && moves.filter((m) => m.partId === partId).every(orderUse))) {
      throw new DomainError('conflict', `Not enough ${part.sku} (${part.name}): ${before.available} ${part.unit} available.`, { [field]: 'not_enough_stock' });
    }
  }
  // A van holds what was loaded into it: nothing leaves it that is not on board.
  const vans = new Set(moves.flatMap((m) => (m.locationId ? [`${m.partId} ${m.locationId}`] : [])));
  for (const key of vans) {
    const [partId, locationId] = key.split(' ');
    const after = addQuantities(totals.onHandAt(partId, locationId), batch.onHandAt(partId, locationId));
    if (after < 0) {
      const part = getPart(ctx, partId);
      const field = typeof fieldOf === 'string' ? fieldOf : fieldOf(partId);
      throw new DomainError('conflict', `Not enough ${part.sku} (${part.name}) in the van: ${totals.onHandAt(partId, locationId)} ${part.unit} on board.`, { [field]: 'not_enough_stock' });
    }
  }
  return totals;
}

/** Runs what follows a committed change; a storage failure is logged, not thrown (see the top of this file). */
export async function followUp(label: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'storage') throw error;
    console.error(`[stock] ${label} could not be saved: ${error.message}`);
  }
}

/** The quantity of each catalogue part an order's lines call for. */
export function requiredParts(order: RepairOrder): Map<string, number> {
  const required = new Map<string, number>();
  for (const line of order.partLines) {
    if (line.partId) required.set(line.partId, addQuantities(required.get(line.partId) ?? 0, line.quantity));
  }
  return required;
}

/**
 * Where an order is in the life of its parts: nothing is reserved before diagnosis; from diagnosis on its parts
 * are held; completion ("ready") consumed them; cancelling or "unrepairable" released them.
 */
export function partsPhase(order: RepairOrder): 'before' | 'reserve' | 'settled' {
  if (order.status === 'received' && !order.diagnosis) return 'before';
  if (['ready', 'issued', 'cancelled', 'unrepairable'].includes(order.status)) return 'settled';
  return 'reserve';
}

/** What an order still lacks of a part: needed beyond what it consumed and holds. */
export function lacking(required: number, state: OrderPartState | undefined): number {
  return Math.max(0, addQuantities(required, -(state?.consumed ?? 0), -(state?.reserved ?? 0)));
}

/** Orders with a line naming a catalogue part (an index kept in step with every order save). */
export function ordersWithParts(ctx: ServiceContext): readonly RepairOrder[] {
  return ctx.store.orders.byKey('catalogueParts', (o) => (o.partLines.some((l) => l.partId) ? ['yes'] : []), 'yes');
}

/** Open orders that hold their parts and still lack some, oldest first, with what each lacks per part. */
export function waitingOrders(ctx: ServiceContext): Array<{ order: RepairOrder; lacking: Map<string, number> }> {
  const totals = ledgerTotals(ctx);
  const waiting: Array<{ order: RepairOrder; lacking: Map<string, number> }> = [];
  for (const order of ordersWithParts(ctx)) {
    if (partsPhase(order) !== 'reserve') continue;
    const held = totals.holdings(order.id);
    const short = new Map<string, number>();
    for (const [partId, required] of requiredParts(order)) {
      const q = lacking(required, held.get(partId));
      if (q > 0) short.set(partId, q);
    }
    if (short.size) waiting.push({ order, lacking: short });
  }
  return waiting.sort((a, b) => a.order.receivedAt.localeCompare(b.order.receivedAt) || (a.order.id < b.order.id ? -1 : 1));
}

/**
 * Free stock of these parts (a receipt, a cancel, a smaller line) goes to the orders waiting for it, oldest first.
 * An order that now has everything is flagged (partsArrivedAt) for its technician. The reservations are one
 * batch; the flags follow it.
 */
export async function allocateToWaiting(ctx: ServiceContext, partIds: ReadonlySet<string>, actorId: string | undefined, at: string): Promise<void> {
  if (!partIds.size) return;
  const totals = ledgerTotals(ctx);
  const free = new Map([...partIds].map((partId) => [partId, Math.max(0, totals.level(partId).available)]));
  if (![...free.values()].some((q) => q > 0)) return;
  const moves: StockMove[] = [];
  const flagged: RepairOrder[] = [];
  for (const { order, lacking: short } of waitingOrders(ctx)) {
    let stillShort = 0;
    let got = false;
    for (const [partId, quantity] of short) {
      const take = Math.min(quantity, free.get(partId) ?? 0);
      if (take > 0) {
        moves.push(newMove(ctx, actorId ?? order.updatedBy, at, { partId, kind: 'reservation', quantity: take, orderId: order.id, trigger: 'goods_received' }));
        free.set(partId, addQuantities(free.get(partId)!, -take));
        got = true;
      }
      if (take < quantity) stillShort++;
    }
    if (!stillShort && got) flagged.push({ ...order, partsArrivedAt: at, updatedAt: at, updatedBy: actorId ?? order.updatedBy });
  }
  await appendMoves(ctx, moves);
  await followUp('The "parts arrived" flags', () => ctx.store.orders.applyBatch([], flagged));
}

/**
 * Brings the ledger back in step with the orders as saved (run at start-up, see the top of this file): an order
 * holding more than its state calls for releases the excess, then free stock goes to waiting orders.
 */
export async function reconcileStock(ctx: ServiceContext): Promise<void> {
  const totals = ledgerTotals(ctx);
  const at = ctx.now().toISOString();
  const moves: StockMove[] = [];
  for (const orderId of totals.holdingOrderIds()) {
    const order = ctx.store.orders.get(orderId);
    const required = order && partsPhase(order) === 'reserve' ? requiredParts(order) : new Map<string, number>();
    for (const [partId, state] of totals.holdings(orderId)) {
      const keep = Math.max(0, addQuantities(required.get(partId) ?? 0, -state.consumed));
      const excess = addQuantities(state.reserved, -keep);
      if (excess > 0 && ctx.store.parts.get(partId)) {
        const by = order?.updatedBy ?? movesOf(ctx, 'orderId', orderId)[0].by;
        moves.push(newMove(ctx, by, at, { partId, kind: 'release', quantity: excess, orderId, trigger: 'reconciled' }));
      }
    }
  }
  // One batch per order keeps each in one file, and an order's release never depends on another's.
  for (const orderId of new Set(moves.map((m) => m.orderId!))) await appendMoves(ctx, moves.filter((m) => m.orderId === orderId));
  const free = new Set([...totals.levels()].filter(([, level]) => level.available > 0).map(([partId]) => partId));
  await allocateToWaiting(ctx, free, undefined, at);
}

export { NO_STOCK };
