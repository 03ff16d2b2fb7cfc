import { DomainError } from '../../shared/result.js';
import { type ColumnMapping, readRegistryRow, type RegistryRow, suggestMapping } from '../../shared/rules/registry.js';
import { phoneKey, serialKey } from '../../shared/rules/search.js';
import type { Customer } from '../../shared/schemas/customer.js';
import type { Device } from '../../shared/schemas/device.js';
import type { Handlers } from '../ipc/handlers.js';
import { type ServiceContext, nowIso, requireActor } from './context.js';
import { readRegistryTable } from '../workers/registry.js';
import type { RegistryTable } from './registryFile.js';
import { today } from './rules.js';
import { findModel, isUnknownModel } from './models.js';

/** The buyer of units a registry lists without one: a single record, so that such units can still be checked. */
const UNKNOWN_BUYER = 'Sales registry (buyer unknown)';

function deviceKey(device: Device): string[] {
  const keys: string[] = [];
  if (device.imei) keys.push(`imei:${device.imei}`);
  if (device.serial) keys.push(`sn:${device.brand.toLowerCase()}:${serialKey(device.serial)}`);
  return keys;
}

/** Rows with the same unit (IMEI, or brand + serial) are merged: later rows fill in what earlier ones left out. */
function mergeDuplicates(rows: RegistryRow[]): { units: RegistryRow[]; merged: number } {
  const byKey = new Map<string, RegistryRow>();
  let merged = 0;
  for (const row of rows) {
    const first = row.key ? byKey.get(row.key) : undefined;
    if (!first) {
      if (row.key) byKey.set(row.key, row);
      continue;
    }
    merged++;
    for (const [field, value] of Object.entries(row.values)) {
      const values = first.values as Record<string, unknown>;
      if (values[field] === undefined) values[field] = value;
    }
  }
  return { units: [...byKey.values()], merged };
}

function analyse(ctx: ServiceContext, table: RegistryTable, mapping?: ColumnMapping) {
  const columns = mapping ?? suggestMapping(table.headers);
  for (const [field, index] of Object.entries(columns)) {
    if (index !== undefined && (index < 0 || index >= table.headers.length)) {
      throw new DomainError('validation', `Column ${index + 1} does not exist.`, { [`mapping.${field}`]: 'invalid_choice' });
    }
  }
  const on = today(ctx);
  // Line numbers as a spreadsheet shows them: the header is line 1.
  const rows = table.rows.map((cells, i) => {
    const row = readRegistryRow(cells, columns, i + 2, on);
    const { brand, model } = row.values;
    if (brand && model && !row.errors.model && isUnknownModel(ctx, brand, model)) row.errors.model = 'unknown_model';
    return row;
  });
  const valid = rows.filter((r) => Object.keys(r.errors).length === 0);
  const { units, merged } = mergeDuplicates(valid);
  const existing = new Map<string, Device>();
  for (const device of ctx.store.devices.all()) for (const key of deviceKey(device)) existing.set(key, device);
  return { table, columns, rows, valid, units, merged, existing };
}

function withFacts(device: Device, row: RegistryRow): Device {
  const v = row.values;
  return {
    ...device,
    category: v.category ?? device.category,
    purchaseDate: v.purchaseDate ?? device.purchaseDate,
    warrantyMonths: v.warrantyMonthsNumber ?? device.warrantyMonths,
    seller: v.seller ?? device.seller,
    purchaseDocument: v.purchaseDocument ?? device.purchaseDocument,
    serial: device.serial ?? v.serial,
    imei: device.imei ?? (row.errors.imei ? undefined : v.imei),
    fromRegistry: true,
  };
}

const sameFacts = (a: Device, b: Device) =>
  a.category === b.category &&
  a.purchaseDate === b.purchaseDate &&
  a.warrantyMonths === b.warrantyMonths &&
  a.seller === b.seller &&
  a.purchaseDocument === b.purchaseDocument &&
  a.serial === b.serial &&
  a.imei === b.imei &&
  a.fromRegistry === b.fromRegistry;

export function registryHandlers(ctx: ServiceContext): Pick<Handlers, 'registry.preview' | 'registry.import'> {
  const { store } = ctx;
  return {
    'registry.preview': async ({ fileName, contentBase64, mapping }) => {
      const { table, columns, rows, valid, units, merged, existing } = analyse(ctx, await readRegistryTable(fileName, contentBase64), mapping);
      const known = units.filter((u) => u.key && existing.has(u.key)).length;
      return {
        headers: table.headers,
        mapping: columns,
        sample: rows.slice(0, 50),
        invalid: rows.filter((r) => Object.keys(r.errors).length > 0).slice(0, 500),
        counts: { rows: rows.length, valid: valid.length, invalid: rows.length - valid.length, merged, new: units.length - known, known },
      };
    },

    /**
     * Import the valid rows: new units are added, known ones updated; importing the same file again changes nothing.
     * The file is read (in a worker) before the store's lock is taken, so that writes do not wait for the parsing.
     */
    'registry.import': async ({ actorId, fileName, contentBase64, mapping }) => {
      requireActor(ctx, actorId);
      const table = await readRegistryTable(fileName, contentBase64);
      return store.exclusive(async () => {
        requireActor(ctx, actorId);
        const { rows, valid, units, merged, existing } = analyse(ctx, table, mapping);
        const at = nowIso(ctx);
        const customersByPhone = new Map(store.customers.all().flatMap((c) => c.phones.map((p) => [phoneKey(p), c] as const)));
        const newCustomers: Customer[] = [];
        let unknownBuyer = store.customers.all().find((c) => c.name === UNKNOWN_BUYER);

        const ownerOf = (row: RegistryRow): Customer => {
          const phone = row.values.customerPhone;
          if (phone && phoneKey(phone).length >= 5) {
            const found = customersByPhone.get(phoneKey(phone));
            if (found) return found;
            const customer: Customer = {
              id: ctx.newId(),
              kind: 'person',
              name: row.values.customerName ?? phone,
              phones: [phone],
              email: row.values.customerEmail,
              createdAt: at,
              createdBy: actorId,
            };
            customersByPhone.set(phoneKey(phone), customer);
            newCustomers.push(customer);
            return customer;
          }
          if (!unknownBuyer) {
            unknownBuyer = { id: ctx.newId(), kind: 'company', name: UNKNOWN_BUYER, phones: ['-'], createdAt: at, createdBy: actorId };
            newCustomers.push(unknownBuyer);
          }
          return unknownBuyer;
        };

        const inserts: Device[] = [];
        const replacements: Device[] = [];
        let unchanged = 0;
        for (const unit of units) {
          const known = unit.key ? existing.get(unit.key) : undefined;
          if (known) {
            const updated = withFacts(known, unit);
            if (sameFacts(known, updated)) unchanged++;
            else replacements.push({ ...updated, updatedAt: at, updatedBy: actorId });
            continue;
          }
          const v = unit.values;
          const catalogue = findModel(ctx, v.brand!, v.model!);
          inserts.push({
            id: ctx.newId(),
            ownerId: ownerOf(unit).id,
            category: v.category ?? catalogue?.category ?? '',
            brand: v.brand!,
            model: v.model!,
            serial: v.serial,
            imei: v.imei,
            purchaseDate: v.purchaseDate,
            warrantyMonths: v.warrantyMonthsNumber ?? catalogue?.warrantyMonths,
            serviceLifeMonths: catalogue?.serviceLifeMonths,
            seller: v.seller,
            purchaseDocument: v.purchaseDocument,
            fromRegistry: true,
            createdAt: at,
            createdBy: actorId,
          });
        }
        // Owners first, then the units that name them.
        await store.customers.applyBatch(newCustomers, []);
        await store.devices.applyBatch(inserts, replacements);
        return {
          rows: rows.length,
          created: inserts.length,
          updated: replacements.length,
          unchanged,
          merged,
          invalid: rows.length - valid.length,
        };
      });
    },
  };
}
