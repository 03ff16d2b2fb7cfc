import { DomainError } from '../../shared/platform/result.js';
import { CUSTOMER_FIELDS, type Customer, type CustomerFields } from '../../shared/customers/schemas.js';
import { correctionsOf } from '../../shared/platform/corrections.js';
import { textKey } from '../../shared/platform/search.js';
import { normalizePhone, phoneMatches, workshopCountry } from '../../shared/customers/phone.js';
import type { CountryCode } from 'libphonenumber-js';
import { currentSettings } from '../settings/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { customerProfile } from './profile.js';
import { mergeCustomers } from './merge.js';

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

/** A customer that exists and was not merged into another (a merged record is history, not a customer to change). */
export function liveCustomer(ctx: ServiceContext, id: string, field = 'id'): Customer {
  const customer = ctx.store.customers.get(id);
  if (!customer) throw new DomainError('not_found', 'No such customer.', { [field]: 'not_found' });
  if (customer.mergedInto) throw new DomainError('conflict', 'This customer was merged into another one.', { [field]: 'merged_customer' });
  return customer;
}

export function customerHandlers(ctx: ServiceContext): Pick<Handlers, 'customers.search' | 'customers.get' | 'customers.correct' | 'customers.merge'> {
  const { store } = ctx;
  return {
    'customers.search': ({ query }) => {
      if (!query) return [];
      const country = phoneCountry(ctx);
      return store.customers
        .all()
        .filter((c) => !c.mergedInto && customerMatches(c, query, country))
        .slice(0, 20);
    },

    'customers.get': ({ id }) => {
      const customer = store.customers.get(id);
      if (!customer) throw new DomainError('not_found', 'No such customer.', { id: 'not_found' });
      return customerProfile(ctx, customer);
    },

    /** Validated as at intake (phones normalised to E.164); only what changed is recorded, nothing when nothing did. */
    'customers.correct': ({ id, reason, ...fields }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'customers.correct');
        const customer = liveCustomer(ctx, id);
        const country = phoneCountry(ctx);
        const next: Customer = { ...customer };
        if (fields.name !== undefined) next.name = fields.name;
        if (fields.kind !== undefined) next.kind = fields.kind;
        if (fields.phones !== undefined) next.phones = [...new Set(fields.phones.map((p) => normalizePhone(p, country)))];
        if (fields.email !== undefined) next.email = fields.email || undefined;
        if (fields.address !== undefined) next.address = fields.address || undefined;
        if (fields.notifyConsent !== undefined) next.notifyConsent = fields.notifyConsent;
        if (fields.notifyChannel !== undefined) next.notifyChannel = fields.notifyChannel;
        if (fields.notifyLanguage !== undefined) next.notifyLanguage = fields.notifyLanguage;
        const corrections = correctionsOf(customer, next, CUSTOMER_FIELDS, { at: nowIso(ctx), by: caller.id, reason });
        if (corrections.length === 0) return customer;
        return store.customers.replace({ ...next, corrections: [...(customer.corrections ?? []), ...corrections] });
      }),

    'customers.merge': (input, caller) => mergeCustomers(ctx, caller, input),
  };
}
