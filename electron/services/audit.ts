import type { Handlers } from '../ipc/handlers.js';
import { type ServiceContext, requireActor } from './context.js';

export function auditHandlers(ctx: ServiceContext): Pick<Handlers, 'audit.list' | 'audit.verify'> {
  return {
    'audit.list': async ({ actorId, collection, id, limit, offset }) => {
      requireActor(ctx, actorId, ['manager']);
      return ctx.store.audit.entries({ collection, id, limit, offset });
    },
    'audit.verify': async ({ actorId }) => {
      requireActor(ctx, actorId, ['manager']);
      return ctx.store.audit.verify();
    },
  };
}
