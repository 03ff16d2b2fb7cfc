import { DomainError } from '../../shared/platform/result.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { getOrder, orderView } from './orderViews.js';

export function satisfactionHandlers(ctx: ServiceContext): Pick<Handlers, 'orders.rateSatisfaction'> {
  return {
    'orders.rateSatisfaction': ({ id, score, comment }, caller) =>
      ctx.store.exclusive(async () => {
        requireRole(ctx, caller);
        const order = getOrder(ctx, id);
        if (order.status !== 'issued') throw new DomainError('conflict', 'Satisfaction is asked after hand-back.', { id: 'not_handed_back' });
        const at = nowIso(ctx);
        const saved = await ctx.store.orders.replace({ ...order, satisfaction: { score, comment: comment || undefined, at, by: caller.id }, updatedAt: at, updatedBy: caller.id });
        return orderView(ctx, saved);
      }),
  };
}
