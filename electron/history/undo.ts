import { DomainError } from '../../shared/platform/result.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { z } from 'zod';
import type { HistoryImportSummary, HistoryUndoBlocker, HistoryUndoResult } from '../../shared/history/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { withNote } from '../platform/store/audit.js';
import { batchOf } from '../platform/store/collection.js';
import { COLLECTIONS } from '../platform/store/store.js';
import { recordDigest } from './digest.js';

type Blocker = z.infer<typeof HistoryUndoBlocker>;
type Marked = { id: string; imported?: { batch: string; digest?: string; at: string } };

/** At most this many blockers are sent back: the rest are counted. */
const LISTED = 200;

/** The words a record is known by on the list of what blocks an undo: an order's number, a customer's name, a unit. */
function labelOf(record: Record<string, unknown>): string {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return text('number') || text('name') || [text('brand'), text('model'), text('serial') || text('imei')].filter(Boolean).join(' ') || text('id');
}

/** The records an import created, by collection. */
function recordsOf(ctx: ServiceContext, batch: string) {
  const { store } = ctx;
  const mine = <T extends Marked>(items: readonly T[]) => items.filter((item) => item.imported?.batch === batch);
  return { orders: mine<RepairOrder>(store.orders.all()), customers: mine<Customer>(store.customers.all()), devices: mine<Device>(store.devices.all()) };
}

/** Whether a record is still as the import wrote it (an order of an import before digests: not saved again since). */
function untouched(record: Marked & { updatedAt?: string }): boolean {
  if (record.imported?.digest) return recordDigest(record) === record.imported.digest;
  return record.updatedAt === record.imported?.at;
}

/** The first of `ids` a value names, looking through every string in it (nested objects and lists included). */
function named(value: unknown, ids: ReadonlySet<string>): string | undefined {
  if (typeof value === 'string') return ids.has(value) ? value : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const inner of Array.isArray(value) ? value : Object.values(value)) {
    const found = named(inner, ids);
    if (found) return found;
  }
  return undefined;
}

/**
 * What keeps an import from being undone: the point is in a network (its records went to the hub and the other
 * points); a record of the import changed since (a correction, a status, a merge); a record outside the import
 * names one of it (a new order of an imported customer, a document, a payment, a claim, a loan, …: every collection
 * is looked through, so that a collection added later is covered too).
 */
async function blockersOf(ctx: ServiceContext, found: ReturnType<typeof recordsOf>): Promise<Blocker[]> {
  const { store } = ctx;
  const blockers: Blocker[] = [];
  if (store.settings.get('settings')?.site) blockers.push({ reason: 'network' });
  const ids = new Map<string, { collection: string; record: Record<string, unknown> }>();
  for (const [collection, records] of Object.entries(found)) {
    for (const record of records as Array<Marked & { updatedAt?: string }>) {
      ids.set(record.id, { collection, record: record as unknown as Record<string, unknown> });
      if (!untouched(record)) blockers.push({ reason: 'changed', collection, id: record.id, label: labelOf(record as unknown as Record<string, unknown>) });
    }
  }
  const idSet = new Set(ids.keys());
  for (const [key, spec] of Object.entries(COLLECTIONS)) {
    const collection = key === 'documents' ? await store.documents() : (store as unknown as Record<string, { all(): readonly Record<string, unknown>[] }>)[key];
    for (const record of collection.all()) {
      if (idSet.has(record.id as string)) continue;
      const target = named(record, idSet);
      if (!target) continue;
      const of = ids.get(target)!;
      blockers.push({ reason: 'referenced', collection: of.collection, id: target, label: labelOf(of.record), by: { collection: spec.name, id: record.id as string, label: labelOf(record) } });
    }
  }
  return blockers;
}

/**
 * The imports made so far, and their undoing (managers only, as the import). Design (docs/history-import.md): every
 * record an import creates carries its mark (batch, digest); an undo removes the import's orders, units and
 * customers in one change of the store (one journal line: a stop at any moment leaves all of them or none), only
 * when none of them changed since and no other record names one; else nothing changes and the answer says what
 * blocks it. Customers and units the import only found (merged by phone, serial or IMEI) were never changed by it and
 * stay as they are. The removal is in the audit log: each record's last version, the channel and the import's note.
 */
export function undoHandlers(ctx: ServiceContext): Pick<Handlers, 'history.imports' | 'history.undo'> {
  const { store } = ctx;
  return {
    'history.imports': async (_input, caller) => {
      requireRole(ctx, caller, 'history.import');
      const imports = new Map<string, z.infer<typeof HistoryImportSummary>>();
      const count = (mark: { batch: string; system: string; at: string; by: string } | undefined, kind: 'orders' | 'customers' | 'devices') => {
        if (!mark) return;
        let entry = imports.get(mark.batch);
        if (!entry) imports.set(mark.batch, (entry = { batch: mark.batch, system: mark.system, at: mark.at, by: mark.by, byName: store.staff.get(mark.by)?.name ?? '', orders: 0, customers: 0, devices: 0 }));
        entry[kind]++;
      };
      for (const order of store.orders.all()) count(order.imported, 'orders');
      for (const customer of store.customers.all()) count(customer.imported, 'customers');
      for (const device of store.devices.all()) count(device.imported, 'devices');
      return [...imports.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.batch < b.batch ? 1 : -1));
    },

    'history.undo': async ({ batch }, caller) =>
      store.exclusive(async (): Promise<z.infer<typeof HistoryUndoResult>> => {
        requireRole(ctx, caller, 'history.import');
        const found = recordsOf(ctx, batch);
        const any = found.orders[0] ?? found.devices[0] ?? found.customers[0];
        if (!any) throw new DomainError('not_found', 'No import of history has this number (or it was undone already).', { batch: 'not_found' });
        const counts = { orders: found.orders.length, customers: found.customers.length, devices: found.devices.length };
        const blockers = await blockersOf(ctx, found);
        if (blockers.length) return { undone: false, ...counts, blockers: blockers.slice(0, LISTED), blockedCount: blockers.length };
        const system = any.imported!.system;
        const ids = <T extends { id: string }>(records: readonly T[]) => records.map((record) => record.id);
        await withNote(`undo of the import ${batch} from ${system}`, () =>
          store.applyTogether([
            batchOf(store.orders, { removals: ids(found.orders) }),
            batchOf(store.devices, { removals: ids(found.devices) }),
            batchOf(store.customers, { removals: ids(found.customers) }),
          ]),
        );
        return { undone: true, ...counts, blockers: [], blockedCount: 0 };
      }),
  };
}
