import type { RepairOrder } from '../../shared/orders/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ServiceContext } from '../platform/context.js';
import { OrderSearchIndex } from './orderSearch.js';
import { orderDeadlines, today as todayOf, workshopProfile } from '../rules/index.js';
import { localDate } from '../../shared/rules/index.js';
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
  // Build the search index right after start-up, before the first search needs it.
  setTimeout(() => search.matching(''), 0).unref?.();
  return {
    'orders.get': ({ id }) => orderView(ctx, getOrder(ctx, id)),

    'orders.list': ({ query, status, offset, limit }) => {
      const orders = ctx.store.orders.all();
      // Newest first: by id, which is time-ordered. A search narrows the candidates first.
      const found = query ? search.matching(query) : undefined;
      // Few matches are sorted; many (a query of a letter or two) are picked out of the whole list in its order.
      const candidates = !found
        ? orders
        : found.size * 20 < orders.length
          ? [...found].map((id) => ctx.store.orders.get(id)!).sort((a, b) => (a.id < b.id ? -1 : 1))
          : orders.filter((o) => found.has(o.id));
      const newestFirst = (i: number) => candidates[candidates.length - 1 - i];
      const counts = countsByStatus(candidates);
      const rows: OrderListRow[] = [];
      let total = 0;
      for (let i = 0; i < candidates.length; i++) {
        const order = newestFirst(i);
        if (status && order.status !== status) continue;
        if (total >= offset && rows.length < limit) rows.push(listRow(ctx, order));
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
      const waitingOnUs = (o: RepairOrder) => !['ready', 'issued', 'cancelled', 'unrepairable'].includes(o.status);
      return {
        countsByStatus: countsByStatus(orders),
        open: orders.filter((o) => o.status !== 'issued').length,
        receivedToday: orders.filter((o) => localDate(o.receivedAt) === today).length,
        overdue: orders
          .filter((o) => waitingOnUs(o) && o.intake.promisedDate !== undefined && o.intake.promisedDate < today)
          .map((o) => listRow(ctx, o)),
        ready: orders.filter((o) => o.status === 'ready').map((o) => listRow(ctx, o)),
        ...legalAttention(ctx, orders),
        loansAttention: listLoans(ctx, { filter: 'attention' }),
      };
    },
  };
}

/** Open orders whose legal deadline (repair or loaner) has passed, or falls within the next days. */
function legalAttention(ctx: ServiceContext, orders: readonly RepairOrder[]) {
  const profile = workshopProfile(ctx);
  const legalOverdue: OrderListRow[] = [];
  const legalDueSoon: OrderListRow[] = [];
  for (const order of orders) {
    const states = orderDeadlines(ctx, order, profile).map((d) => d.state);
    if (states.includes('overdue')) legalOverdue.push(listRow(ctx, order));
    else if (states.includes('due_soon')) legalDueSoon.push(listRow(ctx, order));
  }
  return { legalOverdue, legalDueSoon };
}
