import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireActor } from '../platform/context.js';

export function auditHandlers(ctx: ServiceContext): Pick<Handlers, 'data.audit.list' | 'data.audit.verify'> {
  return {
    'data.audit.list': async ({ actorId, collection, id, limit, offset }) => {
      requireActor(ctx, actorId, ['manager']);
      return ctx.store.audit.entries({ collection, id, limit, offset });
    },
    'data.audit.verify': async ({ actorId }) => {
      requireActor(ctx, actorId, ['manager']);
      return ctx.store.audit.verify();
    },
  };
}
