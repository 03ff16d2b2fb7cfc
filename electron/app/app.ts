import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';

export function appHandlers(ctx: ServiceContext): Pick<Handlers, 'app.info' | 'app.acknowledgeRecovery'> {
  return {
    'app.info': () => ({
      version: ctx.version,
      dataDir: ctx.store.dataDir,
      // First run only for a folder that was never set up: a folder whose staff file is gone is not empty.
      empty: !ctx.store.setUp && ctx.store.staff.size === 0,
      desktop: ctx.desktop,
      recovery: ctx.store.recovery,
    }),

    /** The repair notices stay on disk, shown to everyone, until a manager says they have been read. */
    'app.acknowledgeRecovery': async (_input, caller) => {
      const manager = requireRole(ctx, caller, 'data.recoveryNotices');
      return { acknowledged: await ctx.store.acknowledgeRecovery(manager.id) };
    },
  };
}
