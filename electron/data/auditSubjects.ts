import { localDate } from '../../shared/rules/index.js';
import type { ServiceContext } from '../platform/context.js';

type Fields = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const joined = (...parts: unknown[]) => parts.map(text).filter(Boolean).join(' ');

/**
 * How a person knows each kind of record: an order, a claim or a document by its number, a customer or a member by
 * name, a unit by brand, model and serial. Read from the record as the entry holds it (after the change, or before
 * it when nothing came after), so that an entry still names a record that has since changed.
 */
const LABELS: Record<string, (record: Fields, ctx: ServiceContext) => string> = {
  staff: (r) => text(r.name),
  customers: (r) => text(r.name),
  devices: (r) => joined(r.brand, r.model, r.serial ?? r.imei),
  orders: (r) => text(r.number),
  documents: (r) => text(r.number),
  settings: () => '',
  models: (r) => joined(r.brand, r.model),
  loaners: (r) => joined(r.inventoryNumber, r.model),
  loans: (r) => text(r.number),
  counterparties: (r) => text(r.name),
  parts: (r) => joined(r.sku, r.name),
  'stock-moves': (r, ctx) => {
    const part = ctx.store.parts.get(text(r.partId));
    return part ? joined(part.sku, part.name) : '';
  },
  requisitions: (r) => text(r.number),
  labour: (r) => joined(r.code, r.name),
  sales: (r) => text(r.number),
  claims: (r) => text(r.number),
  defectCodes: (r) => text(r.code),
  counterpartyClaims: (r) => text(r.number),
  examinations: (r) => text(r.number),
  shipments: (r) => text(r.number),
  payments: (r, ctx) => ctx.store.orders.get(text(r.orderId))?.number ?? ctx.store.sales.get(text(r.saleId))?.number ?? '',
  cashDays: (r) => text(r.date),
  cashMovements: (r, ctx) => text(ctx.store.cashDays.get(text(r.dayId))?.date),
  stockLocations: (r) => text(r.name),
  visits: (r) => text(r.number),
  contracts: (r) => text(r.number),
  backups: (r) => (text(r.restored) ? localDate(text(r.restored)) : ''),
  audit: (r) => text(r.file),
};

/** The words an audit entry's record is known by; empty when the record has none (the workshop settings). */
export function subjectLabel(ctx: ServiceContext, entry: { collection: string; before?: unknown; after: unknown }): string {
  const record = (entry.after ?? entry.before) as Fields | null | undefined;
  if (!record || typeof record !== 'object') return '';
  return LABELS[entry.collection]?.(record, ctx) ?? '';
}
