import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';

export function auditHandlers(ctx: ServiceContext): Pick<Handlers, 'data.audit.list' | 'data.audit.verify'> {
  return {
    'data.audit.list': async ({ collection, id, limit, offset }, caller) => {
      requireRole(ctx, caller, 'data.audit');
      return ctx.store.audit.entries({ collection, id, limit, offset });
    },
    'data.audit.verify': async (_input, caller) => {
      requireRole(ctx, caller, 'data.audit');
      return ctx.store.audit.verify();
    },
  };
}
