import type { OrderListFilter, OrderSort, RepairOrder } from '../../shared/orders/schemas.js';
import { ORDER_STATUSES, type OrderStatus } from '../../shared/orders/index.js';
import type { ChannelOutput } from '../../shared/channels.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ServiceContext } from '../platform/context.js';
import { OrderSearchIndex } from './orderSearch.js';
import { OrderStatusLists } from './orderStatusLists.js';
import { orderDeadlines, today as todayOf, workshopProfile } from '../rules/index.js';
import { legalState, orderFilter, sortOrders } from './orderList.js';
import { listLoans } from '../loans/index.js';
import {
  countsByStatus,
  type OrderListRow,
  findOrderByCode,
  getOrder,
  listRow,
  newestFirst,
  orderView,
} from './orderViews.js';

export function orderQueryHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'orders.get' | 'orders.list' | 'orders.find' | 'orders.dashboard'> {
  const search = new OrderSearchIndex(ctx);
  const byStatus = new OrderStatusLists(ctx);
  // Build the search index right after start-up, before the first search needs it.
  setTimeout(() => search.matching(''), 0).unref?.();

  /**
   * The orders a search and a filter leave, in the order asked, with their counts per status. The last answer is
   * kept while nothing it depends on has changed (the collections' revisions, the day): the pages after the first,
   * fetched as the clerk scrolls, are read from it instead of being searched, filtered and sorted again.
   */
  let kept: { key: string; candidates: readonly RepairOrder[]; sorted?: readonly RepairOrder[]; counts: Record<string, number> } | undefined;
  function listed(query: string, filter: OrderListFilter | undefined, sort: OrderSort, today: string) {
    const { orders: collection, staff, customers, devices, settings, loans } = ctx.store;
    const key = JSON.stringify([collection.revision, staff.revision, customers.revision, devices.revision, settings.revision, loans.revision, query, filter, sort, today]);
    if (kept?.key === key) return kept;
    const orders = collection.all();
    // A search narrows the candidates first; they stay in intake order (by id, which is time-ordered).
    const found = query ? search.matching(query) : undefined;
    // Few matches are sorted; many (a query of a letter or two) are picked out of the whole list in its order.
    const matched = !found
      ? orders
      : found.size * 20 < orders.length
        ? [...found].map((id) => collection.get(id)!).sort((a, b) => (a.id < b.id ? -1 : 1))
        : orders.filter((o) => found.has(o.id));
    const candidates = filter ? matched.filter(orderFilter(ctx, filter, today)) : matched;
    const newestFirst = sort.by === 'received' && sort.direction === 'desc';
    kept = { key, candidates, sorted: newestFirst ? undefined : sortOrders(ctx, candidates, sort), counts: countsByStatus(candidates) };
    return kept;
  }

  return {
    'orders.get': ({ id }) => orderView(ctx, getOrder(ctx, id)),

    'orders.list': ({ query, status, filter, sort, offset, limit }) => {
      const today = todayOf(ctx);
      if (!query && !filter && sort.by === 'received' && sort.direction === 'desc') {
        // Every order, or those of a status, newest first: read from the lists kept per status.
        const orders = status ? byStatus.of(status) : ctx.store.orders.all();
        const rows = orders.slice(Math.max(0, orders.length - offset - limit), Math.max(0, orders.length - offset)).reverse().map((order) => listRow(ctx, order, today));
        return { rows, total: orders.length, countsByStatus: byStatus.counts() };
      }
      const { candidates, sorted, counts } = listed(query, filter, sort, today);
      // Newest first needs no sort: the candidates are read from their end.
      const at = sorted ? (i: number) => sorted[i] : (i: number) => candidates[candidates.length - 1 - i];
      const rows: OrderListRow[] = [];
      let total = 0;
      for (let i = 0; i < candidates.length; i++) {
        const order = at(i);
        if (status && order.status !== status) continue;
        if (total >= offset && rows.length < limit) rows.push(listRow(ctx, order, today));
        total++;
      }
      return { rows, total, countsByStatus: counts };
    },

    'orders.find': ({ code }) => {
      const order = findOrderByCode(ctx, code);
      return order ? { id: order.id } : null;
    },

    'orders.dashboard': ({ today: on }) => {
      const today = on ?? todayOf(ctx);
      const orders = newestFirst(ctx);
      // Each tile counts with the orders list's own filter (its number is the length of the list it opens), all of
      // them in one pass over the orders: at 100,000 orders each pass costs a read of every order from memory.
      const isOpenOrder = orderFilter(ctx, 'open', today);
      const isReceivedToday = orderFilter(ctx, 'received_today', today);
      const isOverdue = orderFilter(ctx, 'overdue', today);
      const legal = legalAttention(ctx, today);
      const row = (order: RepairOrder) => listRow(ctx, order, today);
      const counts = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>;
      const overdue: OrderListRow[] = [];
      const ready: OrderListRow[] = [];
      let open = 0;
      let receivedToday = 0;
      for (const order of orders) {
        counts[order.status]++;
        if (isOpenOrder(order)) open++;
        if (isReceivedToday(order)) receivedToday++;
        if (isOverdue(order)) overdue.push(row(order));
        if (order.status === 'ready') ready.push(row(order));
        legal.add(order);
      }
      return { countsByStatus: counts, open, receivedToday, overdue, ready, ...legal.result(), loansAttention: listLoans(ctx, { filter: 'attention' }) };
    },
  };
}

/**
 * Open orders whose legal deadline (repair or loaner) has passed, or falls within the next days (legalState, as the
 * list's legal filters), and each such deadline with its date and days left, most urgent first: told one order at
 * a time (`add`, in the dashboard's pass), then `result`.
 */
function legalAttention(ctx: ServiceContext, today: string) {
  const profile = workshopProfile(ctx);
  const legalOverdue: OrderListRow[] = [];
  const legalDueSoon: OrderListRow[] = [];
  const legalDeadlines: ChannelOutput<'orders.dashboard'>['legalDeadlines'] = [];
  return {
    add(order: RepairOrder): void {
      const deadlines = orderDeadlines(ctx, order, profile, today);
      const state = legalState(deadlines);
      if (!state) return;
      const row = listRow(ctx, order, today);
      (state === 'overdue' ? legalOverdue : legalDueSoon).push(row);
      for (const deadline of deadlines) if (deadline.state !== 'on_time') legalDeadlines.push({ ...row, deadline });
    },
    result() {
      legalDeadlines.sort((a, b) => a.deadline.daysLeft - b.deadline.daysLeft || (a.deadline.kind < b.deadline.kind ? -1 : a.deadline.kind > b.deadline.kind ? 1 : 0));
      return { legalOverdue, legalDueSoon, legalDeadlines };
    },
  };
}
