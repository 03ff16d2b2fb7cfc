import type { Customer } from '../../shared/customers/schemas.js';
import { normalizePhone } from '../../shared/customers/phone.js';
import type { ServiceContext } from '../platform/context.js';
import { phoneCountry } from './customers.js';

/**
 * Customers saved before phones were kept in E.164 get their numbers normalized once, at start-up, in one batched
 * durable write (a number that is not valid for the workshop's country stays as it was typed). Returns how many
 * customers changed; running it again changes nothing.
 */
export async function normalizeStoredPhones(ctx: ServiceContext): Promise<number> {
  const country = phoneCountry(ctx);
  const changed: Customer[] = [];
  for (const customer of ctx.store.customers.all()) {
    const phones = customer.phones.map((phone) => normalizePhone(phone, country));
    if (phones.some((phone, i) => phone !== customer.phones[i])) changed.push({ ...customer, phones });
  }
  if (changed.length > 0) await ctx.store.customers.applyBatch([], changed);
  return changed.length;
}
