import { DomainError } from '../../shared/platform/result.js';
import type { Counterparty } from '../../shared/parts/counterparty.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';

export function getCounterparty(ctx: ServiceContext, id: string, field: string): Counterparty {
  const counterparty = ctx.store.counterparties.get(id);
  if (!counterparty) throw new DomainError('validation', 'No such counterparty.', { [field]: 'not_found' });
  return counterparty;
}

/** Add a supplier, manufacturer or other counterparty, or change one. */
export function saveCounterparty(ctx: ServiceContext, caller: Caller, { id, ...fields }: ChannelParsedInput<'parts.counterparties.save'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'parts.counterparties');
    const twin = store.counterparties.all().find((c) => c.name.toLowerCase() === fields.name.toLowerCase());
    if (twin && twin.id !== id) throw new DomainError('conflict', `${fields.name} is in the list already.`, { name: 'duplicate' });
    const at = nowIso(ctx);
    const optional = (text: string | undefined) => text || undefined;
    const record = {
      ...fields,
      contactPerson: optional(fields.contactPerson),
      phone: optional(fields.phone),
      email: optional(fields.email),
      address: optional(fields.address),
      legalName: optional(fields.legalName),
      taxId: optional(fields.taxId),
      bankDetails: optional(fields.bankDetails),
      notes: optional(fields.notes),
      kinds: [...new Set(fields.kinds)],
      updatedAt: at,
      updatedBy: caller.id,
    };
    if (id) {
      const existing = getCounterparty(ctx, id, 'id');
      return store.counterparties.replace({ ...existing, ...record });
    }
    return store.counterparties.insert({ ...record, id: ctx.newId(), createdAt: at });
  });
}

/** Suppliers, manufacturers, dealers, external service centres and labs: names unique, kinds at least one. */
export function counterpartyHandlers(ctx: ServiceContext): Pick<Handlers, 'parts.counterparties.list' | 'parts.counterparties.save'> {
  const { store } = ctx;
  return {
    'parts.counterparties.list': ({ kind, includeInactive }) =>
      store.counterparties
        .all()
        .filter((c) => (includeInactive || c.active) && (!kind || c.kinds.includes(kind)))
        .toSorted((a, b) => a.name.localeCompare(b.name)),

    'parts.counterparties.save': (input, caller) => saveCounterparty(ctx, caller, input),
  };
}
