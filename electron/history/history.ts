import type { CountryCode } from 'libphonenumber-js';
import { normalizePhone } from '../../shared/customers/index.js';
import { DomainError } from '../../shared/platform/result.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import type { OrderStatus, RepairOrder } from '../../shared/orders/index.js';
import type { HistoryFileInput } from '../../shared/history/schemas.js';
import type { HistoryRow } from '../../shared/history/history.js';
import { historyDeviceKey } from '../../shared/history/history.js';
import { textKey } from '../../shared/platform/search.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { withNote } from '../platform/store/audit.js';
import { batchOf } from '../platform/store/collection.js';
import { analyseHistory } from '../platform/workers/registry.js';
import { customerPhones, knownDevice } from '../registry/index.js';
import { phoneCountry } from '../customers/index.js';
import { today } from '../rules/index.js';
import { recordDigest } from './digest.js';
import { undoHandlers } from './undo.js';
import type { HistoryAnalysis, HistoryOrder } from './historyAnalysis.js';

/** The number an imported order keeps: its old one, as the order lookups compare numbers (upper case). */
const orderNumber = (order: HistoryOrder) => order.values.orderNumber!.toUpperCase();
/** Imported dates are calendar days: noon UTC is the same day in every time zone a workshop is in. */
const noon = (date: string) => `${date}T12:00:00.000Z`;

const importedKey = (system: string, number: string) => `${textKey(system)}\u0000${number}`;
const importedKeys = (order: RepairOrder) => (order.imported ? [importedKey(order.imported.system, order.imported.number.toUpperCase())] : []);
const numberKeys = (order: RepairOrder) => [order.number];
const nameKeys = (customer: Customer) => [textKey(customer.name)];

/** What an import would do: the records it adds, and what it found in the store already. */
interface Plan {
  customers: Customer[];
  devices: Device[];
  orders: RepairOrder[];
  knownCustomers: number;
  knownDevices: number;
  knownOrders: number;
  /** Orders of the file whose number an order of this workshop (not this system's import) already has. */
  taken: HistoryRow[];
}

function plan(ctx: ServiceContext, analysis: HistoryAnalysis, input: HistoryFileInput, caller: Caller, batch: string): Plan {
  const { store } = ctx;
  const at = nowIso(ctx);
  const country: CountryCode | undefined = phoneCountry(ctx);
  const system = input.system.trim();
  const staffByName = new Map(store.staff.all().map((m) => [textKey(m.name), m]));
  const result: Plan = { customers: [], devices: [], orders: [], knownCustomers: 0, knownDevices: 0, knownOrders: 0, taken: [] };
  const newCustomers = new Map<string, Customer>();
  const newDevices = new Map<string, Device>();
  const seenCustomers = new Set<string>();
  const seenDevices = new Set<string>();

  const customerOf = (order: HistoryOrder): Customer => {
    const v = order.values;
    const phone = v.customerPhone && v.customerPhone.replace(/\D/g, '').length >= 5 ? normalizePhone(v.customerPhone, country) : undefined;
    const key = phone ? `phone:${phone}` : `name:${textKey(v.customerName ?? '')}`;
    const fresh = newCustomers.get(key);
    if (fresh) return fresh;
    const known = phone
      ? store.customers.byKey(`phone:${country ?? ''}`, customerPhones(country), phone).at(-1)
      : store.customers.byKey('history:name', nameKeys, textKey(v.customerName!)).find((c) => !c.mergedInto);
    if (known) {
      if (!seenCustomers.has(known.id)) result.knownCustomers++;
      seenCustomers.add(known.id);
      return known;
    }
    const customer: Customer = { id: ctx.newId(), kind: 'person', name: v.customerName ?? v.customerPhone!, phones: [phone ?? '-'], email: v.customerEmail, createdAt: at, createdBy: caller.id };
    customer.imported = { system, batch, at, by: caller.id, digest: recordDigest(customer) };
    newCustomers.set(key, customer);
    result.customers.push(customer);
    return customer;
  };

  const deviceOf = (order: HistoryOrder, owner: Customer): Device => {
    const v = order.values;
    const key = historyDeviceKey(v) ?? `owner:${owner.id}:${textKey(v.brand ?? '')}:${textKey(v.model!)}`;
    const fresh = newDevices.get(key);
    if (fresh) return fresh;
    const known = key.startsWith('owner:')
      ? store.devices.all().find((d) => d.ownerId === owner.id && !d.serial && !d.imei && textKey(d.brand) === textKey(v.brand ?? '') && textKey(d.model) === textKey(v.model!))
      : knownDevice(ctx, key);
    if (known) {
      if (!seenDevices.has(known.id)) result.knownDevices++;
      seenDevices.add(known.id);
      return known;
    }
    const device: Device = {
      id: ctx.newId(),
      ownerId: owner.id,
      category: v.category ?? '',
      brand: v.brand ?? '',
      model: v.model!,
      serial: v.serial,
      imei: v.imei,
      purchaseDate: v.purchaseDate,
      warrantyMonths: v.warrantyMonths,
      createdAt: at,
      createdBy: caller.id,
    };
    device.imported = { system, batch, at, by: caller.id, digest: recordDigest(device) };
    newDevices.set(key, device);
    result.devices.push(device);
    return device;
  };

  for (const order of analysis.orders) {
    const number = orderNumber(order);
    if (store.orders.byKey('history:imported', importedKeys, importedKey(system, number)).length) {
      result.knownOrders++;
      continue;
    }
    if (store.orders.byKey('history:number', numberKeys, number).length) {
      result.taken.push(...order.lines.map((line) => ({ line, values: order.values, errors: { orderNumber: 'number_taken' as const } })));
      continue;
    }
    const customer = customerOf(order);
    const device = deviceOf(order, customer);
    result.orders.push(repairOrder(ctx, order, { customer, device, caller, system, batch, at, staffByName }));
  }
  return result;
}

function repairOrder(
  ctx: ServiceContext,
  order: HistoryOrder,
  facts: { customer: Customer; device: Device; caller: Caller; system: string; batch: string; at: string; staffByName: Map<string, { id: string }> },
): RepairOrder {
  const v = order.values;
  const number = orderNumber(order);
  const status: OrderStatus = v.status ?? (v.handedBackAt ? 'issued' : v.completedAt ? 'ready' : 'received');
  const by = facts.caller.id;
  // The timeline carries no note: the order's own mark (imported) says where it came from, in the reader's language.
  const timeline: RepairOrder['timeline'] = [{ at: noon(v.receivedAt!), by, from: null, to: 'received' }];
  const step = (to: OrderStatus, date: string | undefined) => {
    if (!date || timeline.at(-1)!.to === to) return;
    timeline.push({ at: noon(date), by, from: timeline.at(-1)!.to, to });
  };
  if (status !== 'cancelled' && status !== 'unrepairable') step('ready', v.completedAt);
  else step(status, v.completedAt ?? v.receivedAt);
  step(status, status === 'issued' ? v.handedBackAt : (v.completedAt ?? v.receivedAt));
  const technician = v.technician ? facts.staffByName.get(textKey(v.technician)) : undefined;
  const imported: RepairOrder = {
    id: ctx.newId(),
    number,
    customerId: facts.customer.id,
    deviceId: facts.device.id,
    receivedAt: noon(v.receivedAt!),
    receivedBy: by,
    intake: { statedDefect: v.statedDefect ?? '', accessories: [], demand: 'repair', warrantyBasis: v.warrantyBasis ?? 'paid', loanerDemanded: false },
    status,
    technicianId: technician?.id,
    workLines: order.work.map((w) => ({ id: ctx.newId(), description: w.description, quantity: 1, unitPrice: w.price, warrantyDays: 90 })),
    partLines: order.parts.map((p) => ({ id: ctx.newId(), name: p.name, quantity: 1, unitPrice: p.price, warrantyDays: 90 })),
    timeline,
    outcome: v.outcome ?? (status === 'issued' ? 'repaired' : undefined),
    handedBackAt: status === 'issued' && v.handedBackAt ? noon(v.handedBackAt) : undefined,
    paidAmount: v.paid,
    imported: { system: facts.system, number: v.orderNumber!, batch: facts.batch, at: facts.at, by, technician: technician ? undefined : v.technician },
    updatedAt: facts.at,
    updatedBy: by,
  };
  imported.imported!.digest = recordDigest(imported);
  return imported;
}

function counts(analysis: HistoryAnalysis, p: Plan) {
  return {
    rows: analysis.rows,
    invalid: analysis.invalidCount + p.taken.length,
    orders: p.orders.length + p.knownOrders,
    newOrders: p.orders.length,
    knownOrders: p.knownOrders,
    newCustomers: p.customers.length,
    knownCustomers: p.knownCustomers,
    newDevices: p.devices.length,
    knownDevices: p.knownDevices,
  };
}

const analyse = (ctx: ServiceContext, input: HistoryFileInput) =>
  analyseHistory(input.fileName, input.contentBase64, { mapping: input.mapping, preset: input.preset as never, dateOrders: input.dateOrders, today: today(ctx) });

/** Imports of a workshop's history from other systems: managers only (they add years of orders at once). */
export function historyHandlers(ctx: ServiceContext): Pick<Handlers, 'history.preview' | 'history.import' | 'history.imports' | 'history.undo'> {
  const { store } = ctx;
  return {
    ...undoHandlers(ctx),
    'history.preview': async (input, caller) => {
      requireRole(ctx, caller, 'history.import');
      const analysis = await analyse(ctx, input);
      const p = plan(ctx, analysis, input, caller, '');
      const { headers, columns, questions, dateOrders, sample } = analysis;
      const invalid = [...analysis.invalid, ...p.taken].sort((a, b) => a.line - b.line).slice(0, 2000);
      return { headers, mapping: columns, questions, dateOrders, sample, invalid, counts: counts(analysis, p) };
    },

    /**
     * The file is read and checked in the worker before the store's lock is taken; then customers, devices and
     * orders are written as one change (one journal line: a stop leaves all of them or none).
     * Date columns still to be asked about refuse the import: dates are never guessed.
     */
    'history.import': async (input, caller) => {
      requireRole(ctx, caller, 'history.import');
      const started = Date.now();
      const analysis = await analyse(ctx, input);
      if (analysis.questions.length) {
        const fields = Object.fromEntries(analysis.questions.map((q) => [`dateOrders.${q.field}`, 'ambiguous_date' as const]));
        throw new DomainError('validation', 'Say whether the dates of these columns are written day first or month first.', fields);
      }
      return store.exclusive(async () => {
        requireRole(ctx, caller, 'history.import');
        const batch = ctx.newId();
        const p = plan(ctx, analysis, input, caller, batch);
        await withNote(`imported from ${input.system.trim()} (import ${batch})`, () =>
          store.applyTogether([batchOf(store.customers, { inserts: p.customers }), batchOf(store.devices, { inserts: p.devices }), batchOf(store.orders, { inserts: p.orders })]),
        );
        return { batch, counts: counts(analysis, p), ms: Date.now() - started };
      });
    },
  };
}
