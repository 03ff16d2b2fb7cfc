import type { Customer, CustomerFields } from '../../shared/customers/schemas.js';
import { textKey } from '../../shared/platform/search.js';
import { normalizePhone, phoneMatches, workshopCountry } from '../../shared/customers/phone.js';
import type { CountryCode } from 'libphonenumber-js';
import { currentSettings } from '../settings/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso } from '../platform/context.js';

/** The country of numbers written without +code at this workshop. */
export function phoneCountry(ctx: ServiceContext): CountryCode | undefined {
  return workshopCountry(currentSettings(ctx));
}

/** A customer answers a query by name, or by any way of writing one of their phones (local, international, last digits). */
export function customerMatches(customer: Customer, query: string, country?: CountryCode): boolean {
  const text = textKey(query);
  if (text && textKey(customer.name).includes(text)) return true;
  return customer.phones.some((phone) => phoneMatches(phone, query, country));
}

export function newCustomer(ctx: ServiceContext, fields: CustomerFields, actorId: string): Customer {
  return {
    ...fields,
    phones: fields.phones.map((p) => normalizePhone(p, phoneCountry(ctx))),
    id: ctx.newId(),
    createdAt: nowIso(ctx),
    createdBy: actorId,
  };
}

export function customerHandlers(ctx: ServiceContext): Pick<Handlers, 'customers.search'> {
  return {
    'customers.search': ({ query }) => {
      if (!query) return [];
      const country = phoneCountry(ctx);
      return ctx.store.customers
        .all()
        .filter((c) => customerMatches(c, query, country))
        .slice(0, 20);
    },
  };
}
