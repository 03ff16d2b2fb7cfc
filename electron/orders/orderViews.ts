import { DomainError } from '../../shared/platform/result.js';
import { isOpen, ORDER_STATUSES, type OrderStatus } from '../../shared/orders/status.js';
import type { OrderView, RepairOrder } from '../../shared/orders/schemas.js';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ServiceContext } from '../platform/context.js';
import { devicesByCode } from '../devices/index.js';
import { orderDeadlines, today as todayOf } from '../rules/index.js';
import { daysPastPromised } from '../../shared/orders/promise.js';

export type OrderListRow = ChannelOutput<'orders.list'>['rows'][number];

export function orderView(ctx: ServiceContext, order: RepairOrder): OrderView {
  const customer = ctx.store.customers.get(order.customerId);
  const device = ctx.store.devices.get(order.deviceId);
  if (!customer || !device) throw new DomainError('internal', `Order ${order.number} names a missing customer or device.`);
  return { order, customer, device, deadlines: orderDeadlines(ctx, order) };
}

export function getOrder(ctx: ServiceContext, id: string): RepairOrder {
  const order = ctx.store.orders.get(id);
  if (!order) throw new DomainError('not_found', 'No such order.', { id: 'not_found' });
  return order;
}

/** An order as the lists show it, on a day (today where the workshop is, unless another is given). */
export function listRow(ctx: ServiceContext, order: RepairOrder, today = todayOf(ctx)): OrderListRow {
  const customer = ctx.store.customers.get(order.customerId);
  const device = ctx.store.devices.get(order.deviceId);
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    receivedAt: order.receivedAt,
    promisedDate: order.intake.promisedDate,
    customerName: customer?.name ?? '',
    customerPhone: customer?.phones[0] ?? '',
    device: device ? `${device.brand} ${device.model}` : '',
    serial: device?.imei ?? device?.serial ?? '',
    technicianId: order.technicianId,
    daysPastPromised: daysPastPromised({ status: order.status, promisedDate: order.intake.promisedDate }, today),
  };
}

/** Newest first: orders are appended in intake order. */
export function newestFirst(ctx: ServiceContext): RepairOrder[] {
  return [...ctx.store.orders.all()].reverse();
}

export function countsByStatus(orders: readonly RepairOrder[]): Record<OrderStatus, number> {
  const counts = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>;
  for (const order of orders) counts[order.status]++;
  return counts;
}

/** The order a scanner or a clerk names by a code: its number, or the latest open order of the device. */
export function findOrderByCode(ctx: ServiceContext, code: string): RepairOrder | undefined {
  const number = code.trim().toUpperCase();
  const [byNumber] = ctx.store.orders.byKey('number', (o) => [o.number], number);
  if (byNumber) return byNumber;
  const candidates = devicesByCode(ctx, code)
    .flatMap((device) => ctx.store.orders.byKey('device', (o) => [o.deviceId], device.id))
    .sort((a, b) => (a.id < b.id ? 1 : -1));
  return candidates.find((o) => isOpen(o.status)) ?? candidates[0];
}
