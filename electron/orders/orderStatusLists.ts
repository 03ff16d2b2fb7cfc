import { ORDER_STATUSES, type OrderStatus } from '../../shared/orders/index.js';
import type { RepairOrder } from '../../shared/orders/schemas.js';
import type { ServiceContext } from '../platform/context.js';

/**
 * The orders of each status, in intake order (by id), kept in step with the saves: the orders list with no search
 * and no filter (the clerk's everyday view, a status tab, a page far down) reads its page, its total and its counts
 * per status from here instead of reading all the orders again after every save. A status change moves one id from
 * one list to another; a rebuilt collection (a restore, an undone save) or an order added out of intake order (an
 * import) builds the lists again.
 */
export class OrderStatusLists {
  private lists = new Map<OrderStatus, RepairOrder[]>();
  private statusOf = new Map<string, OrderStatus>();
  private indexedOrders: readonly RepairOrder[] | undefined;
  private indexedCount = 0;
  private revision = -1;
  private lastId = '';

  constructor(private readonly ctx: ServiceContext) {}

  /** The orders of a status, oldest first. */
  of(status: OrderStatus): readonly RepairOrder[] {
    this.sync();
    return this.lists.get(status) ?? [];
  }

  /** How many orders there are of each status. */
  counts(): Record<OrderStatus, number> {
    this.sync();
    return Object.fromEntries(ORDER_STATUSES.map((status) => [status, this.lists.get(status)?.length ?? 0])) as Record<OrderStatus, number>;
  }

  private sync(): void {
    const collection = this.ctx.store.orders;
    if (collection.revision === this.revision) return;
    const orders = collection.all();
    const replaced = orders === this.indexedOrders ? collection.replacedSince(this.revision) : undefined;
    // The collection keeps its orders sorted by id: orders added after the last one seen come after it.
    const inOrder = this.indexedCount > 0 && orders[this.indexedCount - 1]?.id === this.lastId;
    if (!replaced || !inOrder) this.rebuild(orders);
    else {
      for (const id of new Set(replaced)) {
        const order = collection.get(id);
        const before = this.statusOf.get(id);
        if (!order || !before) continue;
        const list = this.lists.get(before)!;
        const at = positionOf(list, id);
        if (before === order.status) {
          if (at >= 0) list[at] = order;
          continue;
        }
        if (at >= 0) list.splice(at, 1);
        this.insert(order);
      }
      for (const order of orders.slice(this.indexedCount)) this.insert(order);
    }
    this.indexedOrders = orders;
    this.indexedCount = orders.length;
    this.revision = collection.revision;
  }

  private rebuild(orders: readonly RepairOrder[]): void {
    this.lists = new Map(ORDER_STATUSES.map((status) => [status, []]));
    this.statusOf.clear();
    for (const order of orders) {
      this.lists.get(order.status)!.push(order);
      this.statusOf.set(order.id, order.status);
    }
    this.lastId = orders.at(-1)?.id ?? '';
  }

  private insert(order: RepairOrder): void {
    const list = this.lists.get(order.status)!;
    const at = insertionPoint(list, order.id);
    list.splice(at, 0, order);
    this.statusOf.set(order.id, order.status);
    if (order.id > this.lastId) this.lastId = order.id;
  }
}

/** Where an id is in a list sorted by id, or -1. */
function positionOf(list: readonly RepairOrder[], id: string): number {
  const at = insertionPoint(list, id);
  return list[at]?.id === id ? at : -1;
}

/** The first position whose id is not below `id` (binary search). */
function insertionPoint(list: readonly RepairOrder[], id: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid].id < id) low = mid + 1;
    else high = mid;
  }
  return low;
}
