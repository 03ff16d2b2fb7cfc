import { DomainError } from '../../shared/platform/result.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';

/** Add an operation to the price list, or change one (managers). */
export function saveLabour(ctx: ServiceContext, caller: Caller, { id, ...fields }: ChannelParsedInput<'parts.labour.save'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'parts.labour');
    const key = (text: string) => text.trim().toLowerCase();
    const twin = store.labour.all().find((o) => (fields.code && o.code && key(o.code) === key(fields.code)) || key(o.name) === key(fields.name));
    if (twin && twin.id !== id) {
      const field = fields.code && twin.code && key(twin.code) === key(fields.code) ? 'code' : 'name';
      throw new DomainError('conflict', `${twin.code ?? twin.name} is in the price list already.`, { [field]: 'duplicate' });
    }
    const record = { ...fields, code: fields.code || undefined, updatedAt: nowIso(ctx), updatedBy: caller.id };
    if (id) {
      const existing = store.labour.get(id);
      if (!existing) throw new DomainError('not_found', 'No such operation.', { id: 'not_found' });
      return store.labour.replace({ ...existing, ...record });
    }
    return store.labour.insert({ ...record, id: ctx.newId() });
  });
}

/** The workshop's price list of labour operations: work lines are picked from it. */
export function labourHandlers(ctx: ServiceContext): Pick<Handlers, 'parts.labour.list' | 'parts.labour.save'> {
  const { store } = ctx;
  return {
    'parts.labour.list': ({ includeInactive }) =>
      store.labour
        .all()
        .filter((o) => includeInactive || o.active)
        .toSorted((a, b) => (a.code ?? a.name).localeCompare(b.code ?? b.name)),

    'parts.labour.save': (input, caller) => saveLabour(ctx, caller, input),
  };
}
