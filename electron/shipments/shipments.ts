import { DomainError, type FieldReason } from '../../shared/platform/result.js';
import { canTransition } from '../../shared/orders/index.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { Shipment, ShipmentRow } from '../../shared/shipments/schemas.js';
import { renderWaybill } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { nowIso, requireRole, type ServiceContext } from '../platform/context.js';
import { issueGathered } from '../documents/index.js';
import { approvalHolds, orderView } from '../orders/index.js';
import { currentSettings } from '../settings/index.js';
import { letterheadProfile } from '../settings/index.js';

type Channels = 'shipments.create' | 'shipments.receive' | 'shipments.list' | 'shipments.waybill';

export function shipmentRow(ctx: ServiceContext, shipment: Shipment): ShipmentRow {
  const orders = shipment.items.map((item) => {
    const order = ctx.store.orders.get(item.orderId)!;
    const device = ctx.store.devices.get(order.deviceId);
    return {
      id: order.id,
      number: order.number,
      customerName: ctx.store.customers.get(order.customerId)?.name ?? '',
      device: device ? `${device.brand} ${device.model}` : '',
      serial: device?.serial ?? device?.imei ?? '',
      status: order.status,
    };
  });
  return { shipment, orders };
}

function getShipment(ctx: ServiceContext, id: string): Shipment {
  const shipment = ctx.store.shipments.get(id);
  if (!shipment) throw new DomainError('not_found', 'No such shipment.', { id: 'not_found' });
  return shipment;
}

/** Orders named by a batch input, each checked: an unknown or duplicate one is named by its place in the list. */
function ordersOf(ctx: ServiceContext, orderIds: string[], check: (order: RepairOrder) => FieldReason | undefined): RepairOrder[] {
  return orderIds.map((id, i) => {
    const order = ctx.store.orders.get(id);
    if (!order) throw new DomainError('not_found', 'No such order.', { [`orderIds.${i}`]: 'not_found' });
    if (orderIds.indexOf(id) !== i) throw new DomainError('validation', 'An order is listed twice.', { [`orderIds.${i}`]: 'duplicate' });
    const problem = check(order);
    if (problem) throw new DomainError('conflict', `Order ${order.number} cannot be part of this shipment (${problem}).`, { [`orderIds.${i}`]: problem });
    return order;
  });
}

/**
 * Shipments to an external service centre. Sending moves every order to "at external service" in one write, then
 * records the shipment; receiving moves the orders on in one write, then marks their devices back on the shipment.
 */
export function shipmentHandlers(ctx: ServiceContext): Pick<Handlers, Channels> {
  const { store } = ctx;

  const moveOrders = (orders: RepairOrder[], to: RepairOrder['status'], actorId: string, at: string, note: string) =>
    store.orders.applyBatch(
      [],
      orders.map((o) => ({ ...o, status: to, timeline: [...o.timeline, { at, by: actorId, from: o.status, to, note }], updatedAt: at, updatedBy: actorId })),
    );

  /**
   * The shipment is written after its orders have moved; should that write fail, the orders go back to the versions
   * they had, so that a retry finds everything as before (and were that to fail too, a retry still works: receiving
   * only marks orders that are no longer out).
   */
  const undoOnFailure = async <R>(before: RepairOrder[], write: () => Promise<R>): Promise<R> => {
    try {
      return await write();
    } catch (error) {
      await store.orders.applyBatch([], before).catch(() => undefined);
      throw error;
    }
  };

  return {
    'shipments.create': (input, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        // Sending advances the work: an order whose lines wait for the customer's approval stays (as orders.transition).
        const orders = ordersOf(ctx, input.orderIds, (o) =>
          !canTransition(o.status, 'at_external_service') ? 'not_allowed' : approvalHolds(ctx, o, 'at_external_service') ? 'approval_needed' : undefined,
        );
        const at = nowIso(ctx);
        const number = ctx.sequences.next('SH', new Date(at).getUTCFullYear(), () => store.shipments.all().map((s) => s.number));
        const shipment: Shipment = {
          id: ctx.newId(),
          number,
          serviceCentre: input.serviceCentre,
          address: input.address || undefined,
          note: input.note || undefined,
          status: 'sent',
          items: orders.map((o) => ({ orderId: o.id })),
          sentAt: at,
          sentBy: caller.id,
          updatedAt: at,
          updatedBy: caller.id,
        };
        await moveOrders(orders, 'at_external_service', caller.id, at, `${number} → ${input.serviceCentre}`);
        await undoOnFailure(orders, () => store.shipments.insert(shipment));
        ctx.sequences.commit(number);
        return shipmentRow(ctx, shipment);
      }),

    'shipments.receive': (input, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const shipment = getShipment(ctx, input.id);
        if (shipment.status === 'cancelled') throw new DomainError('conflict', 'This shipment was cancelled.', { id: 'cancelled' });
        const out = new Set(shipment.items.filter((i) => !i.receivedBackAt).map((i) => i.orderId));
        const orders = ordersOf(ctx, input.orderIds, (o) =>
          !shipment.items.some((i) => i.orderId === o.id) ? 'not_in_shipment' : !out.has(o.id) ? 'already_received' : undefined,
        );
        const at = nowIso(ctx);
        const received = new Set(orders.map((o) => o.id));
        const returnBatch = Math.max(0, ...shipment.items.map((i) => i.returnBatch ?? 0)) + 1;
        const items = shipment.items.map((i) =>
          received.has(i.orderId) ? { ...i, receivedBackAt: at, receivedBy: caller.id, returnNote: input.note || undefined, returnBatch } : i,
        );
        const status = items.every((i) => i.receivedBackAt) ? 'returned' : 'partly_returned';
        // Orders that someone moved on by hand meanwhile are only marked received.
        const stillOut = orders.filter((o) => o.status === 'at_external_service');
        await moveOrders(stillOut, input.to, caller.id, at, `${shipment.number} ← ${shipment.serviceCentre}${input.note ? ` · ${input.note}` : ''}`);
        const saved = await undoOnFailure(stillOut, () => store.shipments.replace({ ...shipment, items, status, updatedAt: at, updatedBy: caller.id }));
        return shipmentRow(ctx, saved);
      }),

    'shipments.list': ({ status }) =>
      store.shipments
        .all()
        .filter((s) => status === 'all' || s.status === 'sent' || s.status === 'partly_returned')
        .sort((a, b) => b.sentAt.localeCompare(a.sentAt))
        .map((s) => shipmentRow(ctx, s)),

    'shipments.waybill': ({ shipmentId, direction, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const shipment = getShipment(ctx, shipmentId);
        if (shipment.status === 'cancelled') throw new DomainError('conflict', 'This shipment was cancelled: it has no waybill.', { shipmentId: 'cancelled' });
        // Going out: every device. Coming back: the devices of the latest return (a shipment may come back in parts).
        const latest = Math.max(0, ...shipment.items.map((i) => i.returnBatch ?? 0));
        const items = direction === 'out' ? shipment.items : shipment.items.filter((i) => latest > 0 && i.returnBatch === latest);
        if (!items.length) throw new DomainError('conflict', 'No device of this shipment has come back yet.', { direction: 'nothing_received' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const orderIds = items.map((i) => i.orderId);
        const data = {
          workshop: letterheadProfile(ctx, settings),
          currency: settings.currency,
          shipment,
          views: orderIds.map((id) => orderView(ctx, store.orders.get(id)!)),
        };
        return {
          kind: direction === 'out' ? 'waybill_out' : 'waybill_back',
          actorId: caller.id,
          language: lang,
          shipmentId: shipment.id,
          orderIds,
          // Each return has its own waybill.
          fingerprint: direction === 'out' ? undefined : `return ${latest}`,
          render: (number, issuedAt) => renderWaybill({ documentNumber: number, issuedAt, ...data }, direction, lang, { paperSize: settings.paperSize }),
        };
      }),
  };
}
