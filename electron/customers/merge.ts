import { DomainError } from '../../shared/platform/result.js';
import type { Customer } from '../../shared/customers/schemas.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { normalizePhone } from '../../shared/customers/phone.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { liveCustomer, phoneCountry } from './customers.js';

/** At most this many phones a customer keeps (the schema's limit): the kept customer's own come first. */
const MAX_PHONES = 5;

/**
 * Two records of one customer become one (a manager's act). Everything of the merged customer moves to the kept
 * one: orders, units, loans, claims, and counter sales made under one of its phones (sales name a customer by name
 * and phone only). The kept customer takes the merged one's phones, and its e-mail and address where it has none.
 * The merged record stays, marked `mergedInto`, so that history and the audit log still resolve it; it is found no
 * more. Each collection is written in a batch of its own, references first and the mark last, and each step takes
 * only what still names the merged customer: a merge stopped half-way (a full disk, a crash between two batches) is
 * finished by merging the two again, and a finished merge asked for again answers with the kept customer and writes
 * nothing (test/customers/customers.test.ts stops it at each collection).
 */
export function mergeCustomers(ctx: ServiceContext, caller: Caller, { keepId, mergeId, reason }: ChannelParsedInput<'customers.merge'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'customers.merge');
    if (keepId === mergeId) throw new DomainError('validation', 'The same customer was given twice.', { mergeId: 'same_customer' });
    const kept = liveCustomer(ctx, keepId, 'keepId');
    if (store.customers.get(mergeId)?.mergedInto === kept.id) return kept;
    const merged = liveCustomer(ctx, mergeId, 'mergeId');
    const at = nowIso(ctx);
    const country = phoneCountry(ctx);

    const orders = store.orders.byKey('customer', (o) => [o.customerId], merged.id).map((o) => ({ ...o, customerId: kept.id, updatedAt: at, updatedBy: caller.id }));
    if (orders.length) await store.orders.applyBatch([], orders);
    const devices = store.devices.all().filter((d) => d.ownerId === merged.id).map((d) => ({ ...d, ownerId: kept.id, updatedAt: at, updatedBy: caller.id }));
    if (devices.length) await store.devices.applyBatch([], devices);
    const loans = store.loans.all().filter((l) => l.customerId === merged.id).map((l) => ({ ...l, customerId: kept.id }));
    if (loans.length) await store.loans.applyBatch([], loans);
    const claims = store.claims.all().filter((c) => c.customerId === merged.id).map((c) => ({ ...c, customerId: kept.id, updatedAt: at, updatedBy: caller.id }));
    if (claims.length) await store.claims.applyBatch([], claims);
    const mergedPhones = new Set(merged.phones);
    const sales = store.sales
      .all()
      .filter((s) => s.customerPhone && mergedPhones.has(normalizePhone(s.customerPhone, country)))
      .map((s) => ({ ...s, customerName: kept.name }));
    if (sales.length) await store.sales.applyBatch([], sales);

    const phones = [...new Set([...kept.phones, ...merged.phones])].slice(0, MAX_PHONES);
    const keptNow: Customer = {
      ...kept,
      phones,
      email: kept.email || merged.email || undefined,
      address: kept.address || merged.address || undefined,
      merges: [...(kept.merges ?? []), { at, by: caller.id, customerId: merged.id, name: merged.name, phones: merged.phones, ...(reason ? { reason } : {}) }],
    };
    await store.customers.applyBatch([], [keptNow, { ...merged, mergedInto: kept.id }]);
    return keptNow;
  });
}
