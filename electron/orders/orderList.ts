import { daysPastPromised } from '../../shared/orders/promise.js';
import type { OrderListFilter, OrderSort, RepairOrder } from '../../shared/orders/schemas.js';
import { isOpen, ORDER_STATUSES } from '../../shared/orders/status.js';
import { addDays, localDate } from '../../shared/rules/index.js';
import type { ServiceContext } from '../platform/context.js';
import { orderDeadlines, workshopProfile } from '../rules/index.js';

/** The most pressing of an order's legal deadlines: one passed, else one due soon, else none. */
export function legalState(deadlines: ReadonlyArray<{ state: 'overdue' | 'due_soon' | 'on_time' }>): 'overdue' | 'due_soon' | undefined {
  const states = deadlines.map((d) => d.state);
  return states.includes('overdue') ? 'overdue' : states.includes('due_soon') ? 'due_soon' : undefined;
}

/**
 * Whether an order is one of those a dashboard tile counts, on a day. The dashboard counts with these same
 * predicates, so that a tile's number is the length of the list it opens.
 */
export function orderFilter(ctx: ServiceContext, filter: OrderListFilter, today: string): (order: RepairOrder) => boolean {
  switch (filter) {
    case 'open':
      return (order) => isOpen(order.status);
    case 'received_today': {
      // The date an instant is written with is within two days of its date in any time zone: most orders are told
      // apart by comparing that text, before the time-zone conversion (localDate) of the few near today.
      const [from, to] = [addDays(today, -2), addDays(today, 2)];
      return (order) => {
        const written = order.receivedAt.slice(0, 10);
        return written >= from && written <= to && localDate(order.receivedAt) === today;
      };
    }
    case 'overdue':
      // Most orders have no promised date, or one still ahead: told apart before the rule is asked.
      return (order) => {
        const promisedDate = order.intake.promisedDate;
        return promisedDate !== undefined && promisedDate < today && daysPastPromised({ status: order.status, promisedDate }, today) !== undefined;
      };
    case 'legal_overdue':
    case 'legal_due_soon': {
      const profile = workshopProfile(ctx);
      const wanted = filter === 'legal_overdue' ? 'overdue' : 'due_soon';
      return (order) => legalState(orderDeadlines(ctx, order, profile, today)) === wanted;
    }
  }
}

const STATUS_RANK = new Map<string, number>(ORDER_STATUSES.map((status, i) => [status, i]));
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Orders in the list's order. `orders` come oldest first (intake order, which is id order). The column decides,
 * in the direction asked; orders without a value in it (no promised date, no technician) come last either way;
 * ties are newest first, so that every page continues where the one before ended.
 */
export function sortOrders(ctx: ServiceContext, orders: readonly RepairOrder[], sort: OrderSort): RepairOrder[] {
  const newestFirst = orders.toReversed();
  if (sort.by === 'received') return sort.direction === 'desc' ? newestFirst : [...orders];
  const keyOf = sortKey(ctx, newestFirst, sort.by);
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Decorate once: the key of each order is computed once, not once per comparison.
  const keyed = newestFirst.map((order, position) => ({ order, key: keyOf(order), position }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.position - b.position : a.key === undefined ? 1 : -1;
    return a.key < b.key ? -sign : a.key > b.key ? sign : a.position - b.position;
  });
  return keyed.map((entry) => entry.order);
}

/** A comparable key of an order in a column (undefined: no value). */
function sortKey(ctx: ServiceContext, orders: readonly RepairOrder[], by: Exclude<OrderSort['by'], 'received'>): (order: RepairOrder) => string | number | undefined {
  switch (by) {
    case 'promised':
      return (order) => order.intake.promisedDate || undefined;
    case 'status':
      return (order) => STATUS_RANK.get(order.status);
    case 'technician': {
      // The technician's name as the screens show it, compared as people read names: each name ranked once.
      const names = new Map<string, string>();
      for (const order of orders) {
        if (order.technicianId && !names.has(order.technicianId)) names.set(order.technicianId, ctx.store.staff.get(order.technicianId)?.name ?? '');
      }
      const ranked = [...new Set(names.values())].sort(collator.compare);
      const rank = new Map(ranked.map((name, i) => [name, i]));
      return (order) => (order.technicianId ? rank.get(names.get(order.technicianId)!) : undefined);
    }
  }
}
