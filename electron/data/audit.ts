import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { subjectLabel } from './auditSubjects.js';

export function auditHandlers(ctx: ServiceContext): Pick<Handlers, 'data.audit.list' | 'data.audit.verify'> {
  return {
    /** Each entry with the member's name and the words its record is known by, for the log to read as sentences. */
    'data.audit.list': async ({ collection, id, limit, offset }, caller) => {
      requireRole(ctx, caller, 'data.audit');
      const { rows, total } = await ctx.store.audit.entries({ collection, id, limit, offset });
      return {
        rows: rows.map((entry) => ({ ...entry, actor: entry.by ? ctx.store.staff.get(entry.by)?.name : undefined, subject: subjectLabel(ctx, entry) })),
        total,
      };
    },
    'data.audit.verify': async (_input, caller) => {
      requireRole(ctx, caller, 'data.audit');
      return ctx.store.audit.verify();
    },
  };
}
