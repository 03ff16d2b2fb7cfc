import { DomainError, type FieldErrors } from '../../shared/platform/result.js';
import { addQuantities, quantityProblem } from '../../shared/parts/stock.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { MoveTrigger, StockMove } from '../../shared/parts/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type Caller, type ServiceContext, requireRole } from '../platform/context.js';
import { may } from '../../shared/staff/index.js';
import { getOrder } from '../orders/index.js';
import { getPart, heldBy, lacking, ledgerTotals, levelOf, newMove, partsPhase, requiredParts, waitingOrders } from './stockLedger.js';

/** Part lines that name a catalogue part must name a real one, in a quantity its unit allows; work lines a real operation. */
function checkLines(ctx: ServiceContext, order: RepairOrder): void {
  const fields: FieldErrors = {};
  order.partLines.forEach((line, i) => {
    if (!line.partId) return;
    const part = ctx.store.parts.get(line.partId);
    if (!part) fields[`partLines.${i}.partId`] = 'not_found';
    else {
      const problem = quantityProblem(part.unit, line.quantity);
      if (problem) fields[`partLines.${i}.quantity`] = problem;
    }
  });
  order.workLines.forEach((line, i) => {
    if (line.operationId && !ctx.store.labour.get(line.operationId)) fields[`workLines.${i}.operationId`] = 'not_found';
  });
  if (Object.keys(fields).length) throw new DomainError('validation', 'Some lines do not fit the catalogue or the price list.', fields);
}

/**
 * A catalogue part on an order below its catalogue price is a discount: a manager's decision. Lines the order
 * already had at that price (a manager's discount, saved again with the other lines) stay, up to the quantity they
 * had; anything else below the price from another role is refused, by line.
 */
export function checkCataloguePrices(ctx: ServiceContext, caller: Caller, before: RepairOrder, lines: ReadonlyArray<{ partId?: string; unitPrice: number; quantity: number }>): void {
  if (may(requireRole(ctx, caller).role, 'orders.belowCataloguePrice')) return;
  const kept = new Map<string, number>();
  for (const line of before.partLines) {
    if (line.partId) kept.set(`${line.partId}:${line.unitPrice}`, addQuantities(kept.get(`${line.partId}:${line.unitPrice}`) ?? 0, line.quantity));
  }
  const fields: FieldErrors = {};
  lines.forEach((line, i) => {
    const part = line.partId ? ctx.store.parts.get(line.partId) : undefined;
    if (!part || line.unitPrice >= part.price) return;
    const key = `${part.id}:${line.unitPrice}`;
    const left = kept.get(key) ?? 0;
    if (left >= line.quantity) kept.set(key, addQuantities(left, -line.quantity));
    else fields[`partLines.${i}.unitPrice`] = 'below_catalogue_price';
  });
  if (Object.keys(fields).length) throw new DomainError('forbidden', 'Only a manager may price a catalogue part below its catalogue price.', fields);
}

/**
 * What an order's save does to stock (the caller holds the lock and writes the moves BEFORE the order, see
 * stockLedger.ts): from diagnosis on, its parts are reserved as far as free stock allows; completion ("ready")
 * consumes them and is refused while a part is missing; cancelling or "unrepairable" releases them. Every quantity
 * is what the order calls for minus what the ledger already holds for it, so a retry never moves anything twice.
 * Returns the order to save, the moves, and the parts it frees (for the orders waiting for them).
 */
export function planOrderParts(
  ctx: ServiceContext,
  before: RepairOrder,
  after: RepairOrder,
  actorId: string,
  at: string,
): { order: RepairOrder; moves: StockMove[]; freed: Set<string> } {
  const statusChanged = before.status !== after.status;
  const order = statusChanged ? { ...after, partsArrivedAt: undefined } : after;
  const none = { order, moves: [], freed: new Set<string>() };
  // An order that never named a catalogue part has nothing in the ledger: its save does not look there.
  if (!requiredParts(before).size && !requiredParts(after).size && !ledgerTotals(ctx).holdings(after.id).size) {
    if (after.workLines.some((l) => l.operationId)) checkLines(ctx, after);
    return none;
  }
  checkLines(ctx, after);
  const held = heldBy(ctx, after.id);
  const required = requiredParts(after);
  const planned: StockMove[] = [];
  const move = (partId: string, kind: StockMove['kind'], quantity: number, trigger: MoveTrigger) => {
    if (quantity > 0) planned.push(newMove(ctx, actorId, at, { partId, kind, quantity, orderId: after.id, trigger }));
  };
  after.partLines.forEach((line, i) => {
    if (line.partId && (required.get(line.partId) ?? 0) < (held.get(line.partId)?.consumed ?? 0)) {
      throw new DomainError('validation', 'More of this part has been used on the order already.', { [`partLines.${i}.quantity`]: 'below_consumed' });
    }
  });
  for (const [partId, state] of held) {
    if (!required.has(partId) && state.consumed > 0) {
      throw new DomainError('conflict', `${getPart(ctx, partId).sku} has been used on the order: its line cannot be removed.`, { partLines: 'below_consumed' });
    }
  }

  const partIds = new Set([...required.keys(), ...held.keys()]);
  if (statusChanged && (after.status === 'cancelled' || after.status === 'unrepairable')) {
    for (const partId of partIds) move(partId, 'release', held.get(partId)?.reserved ?? 0, after.status === 'cancelled' ? 'cancelled' : 'unrepairable');
  } else if (after.status === 'ready') {
    // Completion uses the parts up; a part added while the order is ready is used up as it is added.
    const missing: string[] = [];
    const fields: FieldErrors = {};
    for (const partId of partIds) {
      const state = held.get(partId) ?? { reserved: 0, consumed: 0 };
      const need = addQuantities(required.get(partId) ?? 0, -state.consumed);
      const extra = addQuantities(need, -state.reserved);
      const part = getPart(ctx, partId);
      if (extra > 0 && levelOf(ctx, partId).available < extra && !part.allowNegative) {
        missing.push(part.sku);
        // The refusal names each missing part's line, so the screen shows it by that part in any language.
        fields[`partLines.${after.partLines.findIndex((l) => l.partId === partId)}.quantity`] = 'parts_missing';
      }
      move(partId, 'reservation', extra, 'completion');
      move(partId, 'consumption', need, 'completion');
      move(partId, 'release', -extra, 'completion');
    }
    if (missing.length) {
      throw new DomainError('conflict', `Parts missing to complete the repair: ${missing.join(', ')}.`, fields);
    }
  } else if (partsPhase(after) === 'reserve') {
    for (const partId of partIds) {
      const state = held.get(partId);
      const target = addQuantities(required.get(partId) ?? 0, -(state?.consumed ?? 0));
      const diff = addQuantities(target, -(state?.reserved ?? 0));
      const available = Math.max(0, levelOf(ctx, partId).available);
      if (diff > 0) move(partId, 'reservation', Math.min(diff, available), before.status === after.status && partsPhase(before) === 'reserve' ? 'lines_changed' : 'diagnosis');
      else move(partId, 'release', -diff, 'lines_changed');
    }
  }
  const freed = new Set(planned.filter((m) => m.kind === 'release').map((m) => m.partId));
  return { order, moves: planned, freed };
}

type OrderPartChannels = 'parts.forOrder' | 'parts.arrived' | 'parts.waiting';

export function orderPartHandlers(ctx: ServiceContext): Pick<Handlers, OrderPartChannels> {
  const { store } = ctx;
  const deviceName = (order: RepairOrder) => {
    const device = store.devices.get(order.deviceId);
    return device ? `${device.brand} ${device.model}` : '';
  };
  return {
    'parts.forOrder': ({ orderId }) => {
      const order = getOrder(ctx, orderId);
      const held = heldBy(ctx, order.id);
      const required = requiredParts(order);
      const partIds = new Set([...required.keys(), ...held.keys()]);
      const rows = [...partIds].map((partId) => {
        const part = getPart(ctx, partId);
        const state = held.get(partId) ?? { reserved: 0, consumed: 0 };
        const needed = required.get(partId) ?? 0;
        return {
          partId,
          sku: part.sku,
          name: part.name,
          unit: part.unit,
          required: needed,
          reserved: state.reserved,
          consumed: state.consumed,
          shortage: partsPhase(order) === 'reserve' ? lacking(needed, state) : 0,
          available: levelOf(ctx, partId).available,
        };
      });
      return { rows, partsArrivedAt: order.partsArrivedAt };
    },

    'parts.arrived': ({ technicianId }) =>
      [...store.orders.all()]
        .filter((o) => o.partsArrivedAt && (!technicianId || o.technicianId === technicianId))
        .map((o) => ({ orderId: o.id, number: o.number, status: o.status, device: deviceName(o), technicianId: o.technicianId, partsArrivedAt: o.partsArrivedAt! })),

    'parts.waiting': () =>
      waitingOrders(ctx).map(({ order, lacking: short }) => ({
        orderId: order.id,
        number: order.number,
        status: order.status,
        device: deviceName(order),
        receivedAt: order.receivedAt,
        lacking: [...short].map(([partId, quantity]) => {
          const part = getPart(ctx, partId);
          return { partId, sku: part.sku, name: part.name, quantity };
        }),
      })),
  };
}
