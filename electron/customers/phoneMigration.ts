import type { Customer } from '../../shared/customers/schemas.js';
import { normalizePhone } from '../../shared/customers/phone.js';
import type { ServiceContext } from '../platform/context.js';
import { phoneCountry } from './customers.js';

/** The store's mark of this migration: once done on a data folder's files, start-up does not parse every phone again. */
export const PHONES_MIGRATION = 'phones-e164';

/**
 * Customers saved before phones were kept in E.164 get their numbers normalized once, at start-up, in one batched
 * durable write (a number that is not valid for the workshop's country stays as it was typed). Returns how many
 * customers changed; running it again changes nothing. Done once per data folder (the store remembers it: at
 * 100,000 customers parsing every phone costs about 0.6 s of each start); a restore or an import looks again.
 */
export async function normalizeStoredPhones(ctx: ServiceContext): Promise<number> {
  if (ctx.store.migrated(PHONES_MIGRATION)) return 0;
  const country = phoneCountry(ctx);
  const changed: Customer[] = [];
  for (const customer of ctx.store.customers.all()) {
    const phones = customer.phones.map((phone) => normalizePhone(phone, country));
    if (phones.some((phone, i) => phone !== customer.phones[i])) changed.push({ ...customer, phones });
  }
  if (changed.length > 0) await ctx.store.customers.applyBatch([], changed);
  ctx.store.markMigrated(PHONES_MIGRATION);
  return changed.length;
}
