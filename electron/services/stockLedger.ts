import { DomainError } from '../../shared/result.js';
import { addQuantities, holdingsByOrder, NO_STOCK, type OrderPartState, type StockLevel, stockLevels } from '../../shared/rules/stock.js';
import type { RepairOrder } from '../../shared/schemas/order.js';
import type { Part, StockMove } from '../../shared/schemas/part.js';
import type { ServiceContext } from './context.js';

/**
 * The stock ledger. Every movement of a part is one immutable move; on hand and reserved are always summed from
 * the moves, never stored. Callers hold the store's exclusive lock, so checks and writes cannot interleave.
 */

export function getPart(ctx: ServiceContext, id: string, field = 'partId'): Part {
  const part = ctx.store.parts.get(id);
  if (!part) throw new DomainError('not_found', 'No such part in the catalogue.', { [field]: 'not_found' });
  return part;
}

export function allLevels(ctx: ServiceContext): Map<string, StockLevel> {
  return stockLevels(ctx.store.stockMoves.all());
}

export function levelOf(ctx: ServiceContext, partId: string): StockLevel {
  return stockLevels(ctx.store.stockMoves.all().filter((m) => m.partId === partId)).get(partId) ?? NO_STOCK;
}

export type MoveFields = Omit<StockMove, 'id' | 'at' | 'by' | 'unitCost'> & { unitCost?: number };

export function newMove(ctx: ServiceContext, actorId: string, at: string, fields: MoveFields): StockMove {
  const part = getPart(ctx, fields.partId);
  return { ...fields, id: ctx.newId(), at, by: actorId, unitCost: fields.unitCost ?? part.cost };
}

/**
 * Write moves after checking what they leave behind: nothing reserved below zero, and (unless a manager allowed
 * the part to go negative) on hand never below zero and never less than what is reserved. A refused batch writes
 * nothing.
 */
export async function appendMoves(ctx: ServiceContext, moves: readonly StockMove[], field = 'quantity'): Promise<void> {
  if (!moves.length) return;
  const touched = new Set(moves.map((m) => m.partId));
  const levels = stockLevels([...ctx.store.stockMoves.all().filter((m) => touched.has(m.partId)), ...moves]);
  for (const partId of touched) {
    const part = getPart(ctx, partId);
    const level = levels.get(partId) ?? NO_STOCK;
    if (level.reserved < 0) throw new DomainError('conflict', `More of ${part.sku} released than was reserved.`, { [field]: 'not_reserved' });
    if (!part.allowNegative && (level.onHand < 0 || level.available < 0)) {
      const before = levelOf(ctx, partId);
      throw new DomainError('conflict', `Not enough ${part.sku} (${part.name}): ${before.available} ${part.unit} available.`, { [field]: 'not_enough_stock' });
    }
  }
  await ctx.store.stockMoves.applyBatch(moves, []);
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

/** Open orders that hold their parts and still lack some, oldest first, with what each lacks per part. */
export function waitingOrders(ctx: ServiceContext): Array<{ order: RepairOrder; lacking: Map<string, number> }> {
  const holdings = holdingsByOrder(ctx.store.stockMoves.all());
  const waiting: Array<{ order: RepairOrder; lacking: Map<string, number> }> = [];
  for (const order of ctx.store.orders.all()) {
    if (partsPhase(order) !== 'reserve' || !order.partLines.some((l) => l.partId)) continue;
    const held = holdings.get(order.id);
    const short = new Map<string, number>();
    for (const [partId, required] of requiredParts(order)) {
      const q = lacking(required, held?.get(partId));
      if (q > 0) short.set(partId, q);
    }
    if (short.size) waiting.push({ order, lacking: short });
  }
  return waiting.sort((a, b) => (a.order.receivedAt < b.order.receivedAt ? -1 : 1));
}

/**
 * Goods came in: reserve them for the orders waiting for them, oldest first. An order that now has everything is
 * flagged (partsArrivedAt) for its technician.
 */
export async function allocateToWaiting(ctx: ServiceContext, partIds: ReadonlySet<string>, actorId: string, at: string): Promise<void> {
  const levels = allLevels(ctx);
  const moves: StockMove[] = [];
  const flagged: RepairOrder[] = [];
  for (const { order, lacking: short } of waitingOrders(ctx)) {
    let stillShort = 0;
    for (const [partId, quantity] of short) {
      const level = levels.get(partId) ?? NO_STOCK;
      const take = partIds.has(partId) ? Math.min(quantity, Math.max(0, level.available)) : 0;
      if (take > 0) {
        moves.push(newMove(ctx, actorId, at, { partId, kind: 'reservation', quantity: take, orderId: order.id, trigger: 'goods_received' }));
        levels.set(partId, { ...level, reserved: addQuantities(level.reserved, take), available: addQuantities(level.available, -take) });
      }
      if (take < quantity) stillShort++;
    }
    if (!stillShort && moves.some((m) => m.orderId === order.id)) flagged.push({ ...order, partsArrivedAt: at, updatedAt: at, updatedBy: actorId });
  }
  await appendMoves(ctx, moves);
  await ctx.store.orders.applyBatch([], flagged);
}
