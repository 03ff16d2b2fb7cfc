import type { Handlers } from '../platform/ipc/handlers.js';
import type { ServiceContext } from '../platform/context.js';

export function appHandlers(ctx: ServiceContext): Pick<Handlers, 'app.info'> {
  return {
    'app.info': () => ({
      version: ctx.version,
      dataDir: ctx.store.dataDir,
      empty: ctx.store.staff.size === 0,
      desktop: ctx.desktop,
      recovery: ctx.store.recovery,
    }),
  };
}
