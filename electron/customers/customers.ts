import type { Customer, CustomerFields } from '../../shared/customers/schemas.js';
import { phoneKey, textKey } from '../../shared/platform/search.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso } from '../platform/context.js';

export function customerMatches(customer: Customer, query: string): boolean {
  const text = textKey(query);
  if (text && textKey(customer.name).includes(text)) return true;
  const digits = phoneKey(query);
  return digits.length >= 3 && customer.phones.some((phone) => phoneKey(phone).includes(digits));
}

export function newCustomer(ctx: ServiceContext, fields: CustomerFields, actorId: string): Customer {
  return {
    ...fields,
    phones: fields.phones.map((p) => p.trim()),
    id: ctx.newId(),
    createdAt: nowIso(ctx),
    createdBy: actorId,
  };
}

export function customerHandlers(ctx: ServiceContext): Pick<Handlers, 'customers.search'> {
  return {
    'customers.search': ({ query }) => {
      if (!query) return [];
      return ctx.store.customers
        .all()
        .filter((c) => customerMatches(c, query))
        .slice(0, 20);
    },
  };
}
