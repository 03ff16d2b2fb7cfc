import type { ColumnMapping, RegistryRow } from '../../shared/registry/registry.js';
import { serialKey } from '../../shared/platform/search.js';
import { normalizePhone } from '../../shared/customers/index.js';
import type { CountryCode } from 'libphonenumber-js';
import { phoneCountry } from '../customers/index.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import type { ProductModel } from '../../shared/registry/productModel.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { analyseRegistry } from '../platform/workers/registry.js';
import { today } from '../rules/index.js';

/** The buyer of units a registry lists without one: a single record, so that such units can still be checked. */
const UNKNOWN_BUYER = 'Sales registry (buyer unknown)';

/** A unit's keys (IMEI, brand + serial): the store's index over devices that imports find units by. */
export function deviceKey(device: Device): string[] {
  const keys: string[] = [];
  if (device.imei) keys.push(`imei:${device.imei}`);
  if (device.serial) keys.push(`sn:${device.brand.toLowerCase()}:${serialKey(device.serial)}`);
  return keys;
}

/** A customer is found by each of their phones in its stored (E.164) form, however the registry wrote it. */
export const customerPhones = (country: CountryCode | undefined) => (customer: Customer) => customer.phones.map((p) => normalizePhone(p, country));
const modelKey = (brand: string, model: string) => `${brand.trim().toLocaleLowerCase()}\u0000${model.trim().toLocaleLowerCase()}`;

/** The device a registry row's key names, if there is one: through an index kept by the store, not a scan. */
export function knownDevice(ctx: ServiceContext, key: string | undefined): Device | undefined {
  return key ? ctx.store.devices.byKey('registry', deviceKey, key).at(-1) : undefined;
}

/** The file read and checked in the registry worker, with the catalogue and the date the rows are checked against. */
function analyse(ctx: ServiceContext, input: { fileName: string; contentBase64: string; mapping?: ColumnMapping }, keysOnly: boolean) {
  const catalogue = ctx.store.models.all().map(({ brand, model }) => ({ brand, model }));
  return analyseRegistry(input.fileName, input.contentBase64, { mapping: input.mapping, today: today(ctx), catalogue, keysOnly });
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
    'registry.preview': async (input) => {
      const { headers, columns, counts, sample, invalid, units } = await analyse(ctx, input, true);
      const known = units.filter((u) => knownDevice(ctx, u.key)).length;
      return { headers, mapping: columns, sample, invalid, counts: { ...counts, new: units.length - known, known } };
    },

    /**
     * Import the valid rows: new units are added, known ones updated; importing the same file again changes nothing.
     * The file is read and checked (in the worker) before the store's lock is taken, so that writes do not wait.
     */
    'registry.import': async (input, caller) => {
      requireRole(ctx, caller);
      const { counts, units } = await analyse(ctx, input, false);
      return store.exclusive(async () => {
        requireRole(ctx, caller);
        const at = nowIso(ctx);
        const country = phoneCountry(ctx);
        // Customers by phone through the store's index; those this import creates, here.
        const newByPhone = new Map<string, Customer>();
        const customerByPhone = (key: string) => newByPhone.get(key) ?? store.customers.byKey(`phone:${country ?? ''}`, customerPhones(country), key).at(-1);
        const catalogue = new Map<string, ProductModel>();
        for (const m of store.models.all()) if (!catalogue.has(modelKey(m.brand, m.model))) catalogue.set(modelKey(m.brand, m.model), m);
        const newCustomers: Customer[] = [];
        let unknownBuyer = store.customers.all().find((c) => c.name === UNKNOWN_BUYER);

        const ownerOf = (row: RegistryRow): Customer => {
          const phone = row.values.customerPhone;
          if (phone && phone.replace(/\D/g, '').length >= 5) {
            const stored = normalizePhone(phone, country);
            const found = customerByPhone(stored);
            if (found) return found;
            const customer: Customer = {
              id: ctx.newId(),
              kind: 'person',
              name: row.values.customerName ?? phone,
              phones: [stored],
              email: row.values.customerEmail,
              createdAt: at,
              createdBy: caller.id,
            };
            newByPhone.set(stored, customer);
            newCustomers.push(customer);
            return customer;
          }
          if (!unknownBuyer) {
            unknownBuyer = { id: ctx.newId(), kind: 'company', name: UNKNOWN_BUYER, phones: ['-'], createdAt: at, createdBy: caller.id };
            newCustomers.push(unknownBuyer);
          }
          return unknownBuyer;
        };

        const inserts: Device[] = [];
        const replacements: Device[] = [];
        let unchanged = 0;
        for (const unit of units) {
          const known = knownDevice(ctx, unit.key);
          if (known) {
            const updated = withFacts(known, unit);
            if (sameFacts(known, updated)) unchanged++;
            else replacements.push({ ...updated, updatedAt: at, updatedBy: caller.id });
            continue;
          }
          const v = unit.values;
          const model = catalogue.get(modelKey(v.brand!, v.model!));
          inserts.push({
            id: ctx.newId(),
            ownerId: ownerOf(unit).id,
            category: v.category ?? model?.category ?? '',
            brand: v.brand!,
            model: v.model!,
            serial: v.serial,
            imei: v.imei,
            purchaseDate: v.purchaseDate,
            warrantyMonths: v.warrantyMonthsNumber ?? model?.warrantyMonths,
            serviceLifeMonths: model?.serviceLifeMonths,
            seller: v.seller,
            purchaseDocument: v.purchaseDocument,
            fromRegistry: true,
            createdAt: at,
            createdBy: caller.id,
          });
        }
        // Owners first, then the units that name them.
        await store.customers.applyBatch(newCustomers, []);
        await store.devices.applyBatch(inserts, replacements);
        return { rows: counts.rows, created: inserts.length, updated: replacements.length, unchanged, merged: counts.merged, invalid: counts.invalid };
      });
    },
  };
}
