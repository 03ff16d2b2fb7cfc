// Synthetic data of a busy workshop, written straight into a data folder in the store's own file layout.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monotonicFactory } from 'ulidx';
import { derivePinHash } from '../../electron/session/index.js';
import { shardOf } from '../../electron/platform/store/collection.js';
import { COLLECTIONS } from '../../electron/platform/store/store.js';
import { imeiCheckDigit } from '../../shared/devices/imei.js';
import { ORDER_STATUSES } from '../../shared/orders/status.js';

/** Every staff member of the synthetic workshop signs in with this PIN. */
export const BENCH_PIN = '1234';

const DAY = 86_400_000;
const FIRST = ['Ivan', 'Olga', 'Dana', 'Yossi', 'Emily', 'Daniel', 'Michal', 'Sergey', 'Anna', 'Tom', 'Noa', 'Pavel'];
const LAST = ['Petrov', 'Smirnova', 'Cohen', 'Levi', 'Clarke', 'Moreau', 'Avraham', 'Ivanov', 'Becker', 'Peretz'];
const MODELS = [
  ['Smartphone', 'Samsung', 'Galaxy S23'],
  ['Smartphone', 'Apple', 'iPhone 14'],
  ['Washing machine', 'Bosch', 'WAN28281'],
  ['Laptop', 'Lenovo', 'ThinkPad T14'],
  ['Vacuum cleaner', 'Dyson', 'V15 Detect'],
  ['Coffee machine', "De'Longhi", 'Magnifica S'],
];

/** A deterministic pseudo-random sequence, so that every run measures the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function writeCollection(dataDir: string, spec: { name: string; version: number; shards?: number }, items: { id: string }[]) {
  const shards = spec.shards ?? 1;
  const buckets: { id: string }[][] = Array.from({ length: shards }, () => []);
  for (const item of items) buckets[shardOf(item.id, shards)].push(item);
  if (shards > 1) await mkdir(join(dataDir, spec.name), { recursive: true });
  await Promise.all(
    buckets.map((bucket, shard) =>
      writeFile(
        shards === 1 ? join(dataDir, `${spec.name}.json`) : join(dataDir, spec.name, `${String(shard).padStart(2, '0')}.json`),
        JSON.stringify({ schemaVersion: spec.version, items: bucket }),
      ),
    ),
  );
}

export interface Dataset {
  orders: number;
  serials: string[];
  phones: string[];
  names: string[];
  numbers: string[];
  managerId: string;
  /** Everything, as one object: the naive baseline keeps it in a single lowdb file. */
  everything: Record<string, unknown[]>;
}

/** `orders` orders over ten years, with customers, devices, timelines, work and part lines, loans and documents. */
export async function generate(dataDir: string, orders: number, now = Date.now()): Promise<Dataset> {
  const rand = random(orders);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  await mkdir(dataDir, { recursive: true });
  const start = now - 3650 * DAY;
  const ulid = monotonicFactory(rand);
  const at = (ms: number) => new Date(ms).toISOString();
  const pinHash = await derivePinHash(BENCH_PIN);
  const staff = [
    { id: ulid(start), name: 'Sarah Cohen', role: 'manager', active: true, createdAt: at(start), pinHash },
    { id: ulid(start), name: 'Alexei Smirnov', role: 'technician', active: true, createdAt: at(start), pinHash },
    { id: ulid(start), name: 'Noa Peretz', role: 'clerk', active: true, createdAt: at(start), pinHash },
  ];
  const [manager, technician, clerk] = staff;
  const customers: Record<string, unknown>[] = [];
  const devices: Record<string, unknown>[] = [];
  const orderItems: Record<string, unknown>[] = [];
  const documents: Record<string, unknown>[] = [];
  const dataset: Dataset = { orders, serials: [], phones: [], names: [], numbers: [], managerId: manager.id, everything: {} };
  const perYear = new Map<number, number>();

  for (let i = 0; i < orders; i++) {
    const received = start + Math.floor((i / orders) * 3640 * DAY) + Math.floor(rand() * 3_600_000);
    const returning = i > 10 && rand() < 0.2;
    let customer = returning ? customers[Math.floor(rand() * customers.length)] : undefined;
    if (!customer) {
      const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
      // Stored in E.164, as the application keeps phones (shared/customers/phone.ts).
      const phone = `+79${String(10_000_000 + i).padStart(9, '0')}`;
      customer = { id: ulid(received), kind: 'person', name, phones: [phone], createdAt: at(received), createdBy: clerk.id };
      customers.push(customer);
      if (i % Math.max(1, Math.floor(orders / 200)) === 0) {
        dataset.phones.push(phone.slice(-7));
        dataset.names.push(name);
      }
    }
    const [category, brand, model] = pick(MODELS);
    const body = `35${String(100_000_000_000 + i).padStart(12, '0')}`;
    const device = {
      id: ulid(received),
      ownerId: customer.id,
      category,
      brand,
      model,
      serial: `SN${String(i).padStart(8, '0')}`,
      imei: category === 'Smartphone' ? body + imeiCheckDigit(body) : undefined,
      purchaseDate: new Date(received - Math.floor(rand() * 700) * DAY).toISOString().slice(0, 10),
      warrantyMonths: 12,
      createdAt: at(received),
      createdBy: clerk.id,
    };
    devices.push(device);
    const year = new Date(received).getUTCFullYear();
    const sequence = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, sequence);
    const number = `R-${year}-${String(sequence).padStart(5, '0')}`;
    const old = received < now - 60 * DAY;
    const status = old ? 'issued' : pick(ORDER_STATUSES.filter((s) => s !== 'issued'));
    const steps = old ? ['diagnosing', 'in_repair', 'ready', 'issued'] : [];
    const timeline = [{ at: at(received), by: clerk.id, from: null, to: 'received' }];
    let previous = 'received';
    steps.forEach((to, n) => {
      timeline.push({ at: at(received + (n + 1) * 2 * DAY), by: technician.id, from: previous as never, to });
      previous = to;
    });
    const id = ulid(received);
    orderItems.push({
      id,
      number,
      customerId: customer.id,
      deviceId: device.id,
      receivedAt: at(received),
      receivedBy: clerk.id,
      intake: {
        statedDefect: 'Does not switch on after a fall; screen flickers',
        appearance: 'Scratches on the back',
        accessories: ['Charger'],
        demand: 'repair',
        warrantyBasis: rand() < 0.5 ? 'manufacturer' : 'paid',
        estimate: 12000,
        promisedDate: new Date(received + 7 * DAY).toISOString().slice(0, 10),
        loanerDemanded: false,
      },
      status,
      technicianId: technician.id,
      diagnosis: { notes: 'Display connector damaged', technicianId: technician.id, at: at(received + DAY) },
      workLines: [{ id: ulid(received), description: 'Replace display connector', quantity: 1, unitPrice: 8000, warrantyDays: 90 }],
      partLines: [{ id: ulid(received), name: 'Display connector', sku: 'DC-01', quantity: 1, unitPrice: 2500, warrantyDays: 180 }],
      timeline,
      outcome: old ? 'repaired' : undefined,
      handedBackAt: old ? at(received + 8 * DAY) : undefined,
      updatedAt: at(received + 8 * DAY),
      updatedBy: clerk.id,
    });
    documents.push({
      id: ulid(received),
      kind: 'intake_act',
      number: number.replace('R-', 'IA-'),
      orderId: id,
      language: 'en',
      issuedAt: at(received),
      issuedBy: clerk.id,
      file: `documents/${year}/${number}-en.pdf`,
      sha256: '0'.repeat(64),
      bytes: 30_000,
    });
    if (i % Math.max(1, Math.floor(orders / 200)) === 0) {
      dataset.serials.push(device.serial);
      dataset.numbers.push(number);
    }
  }
  const settings = [
    {
      id: 'settings',
      workshop: { name: 'FixPoint Service Centre', address: '12 Herzl St., Tel Aviv' },
      currency: 'EUR',
      uiLanguage: 'en',
      documentLanguage: 'en',
      paperSize: 'A4',
      intakeTerms: {},
      ruleProfile: 'ru',
      ruleOverrides: {},
      holidays: [],
    },
  ];
  const everything = { staff, customers, devices, orders: orderItems, documents, settings, models: [], loaners: [], loans: [] };
  dataset.everything = everything;
  await Promise.all(
    (Object.keys(everything) as Array<keyof typeof everything>).map((name) => writeCollection(dataDir, COLLECTIONS[name], everything[name] as { id: string }[])),
  );
  return dataset;
}
