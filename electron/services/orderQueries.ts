import type { RepairOrder } from '../../shared/schemas/order.js';
import type { Handlers } from '../ipc/handlers.js';
import type { ServiceContext } from './context.js';
import { orderDeadlines, workshopProfile } from './rules.js';
import { loanHandlers } from './loans.js';
import type { LoanView } from '../../shared/schemas/loan.js';
import {
  countsByStatus,
  type OrderListRow,
  findOrderByCode,
  getOrder,
  listRow,
  newestFirst,
  orderMatches,
  orderView,
} from './orderViews.js';

export function orderQueryHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'orders.get' | 'orders.list' | 'orders.find' | 'dashboard.summary'> {
  return {
    'orders.get': ({ id }) => orderView(ctx, getOrder(ctx, id)),

    'orders.list': ({ query, status, offset, limit }) => {
      const matching = newestFirst(ctx).filter((o) => orderMatches(ctx, o, query));
      const filtered = status ? matching.filter((o) => o.status === status) : matching;
      return {
        rows: filtered.slice(offset, offset + limit).map((o) => listRow(ctx, o)),
        total: filtered.length,
        countsByStatus: countsByStatus(matching),
      };
    },

    'orders.find': ({ code }) => {
      const order = findOrderByCode(ctx, code);
      return order ? { id: order.id } : null;
    },

    'dashboard.summary': ({ today }) => {
      const orders = newestFirst(ctx);
      const waitingOnUs = (o: RepairOrder) => !['ready', 'issued', 'cancelled', 'unrepairable'].includes(o.status);
      return {
        countsByStatus: countsByStatus(orders),
        open: orders.filter((o) => o.status !== 'issued').length,
        receivedToday: orders.filter((o) => o.receivedAt.slice(0, 10) === today).length,
        overdue: orders
          .filter((o) => waitingOnUs(o) && o.intake.promisedDate !== undefined && o.intake.promisedDate < today)
          .map((o) => listRow(ctx, o)),
        ready: orders.filter((o) => o.status === 'ready').map((o) => listRow(ctx, o)),
        ...legalAttention(ctx, orders),
        loansAttention: loanHandlers(ctx)['loans.list']({ filter: 'attention' }) as LoanView[],
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
