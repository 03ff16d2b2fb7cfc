// The SQLite peer of the scale benchmark: `node out/bench/sqlitePeer.mjs DIR` puts the same customers, devices and
// orders that `scale.mjs generate` wrote into DIR/data into one SQLite file (better-sqlite3, from
// build/bench/sqlite/, installed there by index.ts on first use), then measures what scale.mjs measures of the store:
// opening to a usable screen, a durable save (create and update, each with its audit row, in one transaction),
// the search of the same queries, and the process's peak memory. Prints one JSON line.
//
// What makes it a fair peer, not a straw man: WAL with synchronous=FULL (a commit is on disk when it returns, as
// our save is when acknowledged); an index per looked-up key (number, serial, IMEI, the phone's digits reversed for
// a search by its last digits) and FTS5's trigram index for names (a substring search, as ours); a search answers
// with each order's customer and device, parsed from JSON, as ours does.
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Row = Record<string, unknown> & { id: string };
interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface Database {
  pragma(text: string): unknown;
  exec(sql: string): void;
  prepare(sql: string): Statement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}

const [dir] = process.argv.slice(2);
const here = join(fileURLToPath(import.meta.url), '..', '..', '..', 'build', 'bench', 'sqlite', 'package.json');
const SQLite = createRequire(here)('better-sqlite3') as new (file: string) => Database;

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 5);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function timed(times: number, run: (i: number) => unknown): { p50: number; p95: number } {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run(i);
    durations.push(performance.now() - started);
  }
  sample();
  return { p50: percentile(durations, 50), p95: percentile(durations, 95) };
}

/** A collection's records as scale.mjs generate wrote them: one file, or a folder of shards. */
async function records(name: string): Promise<Row[]> {
  const data = join(dir, 'data');
  const files = (await readdir(data)).includes(name) ? (await readdir(join(data, name))).filter((f) => f.endsWith('.json')).map((f) => join(data, name, f)) : [join(data, `${name}.json`)];
  const out: Row[] = [];
  for (const file of files) out.push(...(JSON.parse(await readFile(file, 'utf8')) as { items: Row[] }).items);
  return out;
}

const digits = (text: string) => text.replace(/\D/g, '');
const reversed = (text: string) => [...text].reverse().join('');

function schema(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS customers (id TEXT PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS customer_phones (phone_rev TEXT NOT NULL, customer_id TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS customer_phones_rev ON customer_phones (phone_rev);
    CREATE VIRTUAL TABLE IF NOT EXISTS customer_names USING fts5 (name, customer_id UNINDEXED, tokenize = 'trigram');
    CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, serial TEXT, imei TEXT, json TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS devices_serial ON devices (serial);
    CREATE INDEX IF NOT EXISTS devices_imei ON devices (imei);
    CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, number TEXT NOT NULL, customer_id TEXT NOT NULL, device_id TEXT NOT NULL,
      status TEXT NOT NULL, received_at TEXT NOT NULL, json TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS orders_number ON orders (number);
    CREATE INDEX IF NOT EXISTS orders_customer ON orders (customer_id, received_at);
    CREATE INDEX IF NOT EXISTS orders_device ON orders (device_id, received_at);
    CREATE INDEX IF NOT EXISTS orders_status ON orders (status, received_at);
    CREATE INDEX IF NOT EXISTS orders_received ON orders (received_at);
    CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, json TEXT NOT NULL);
  `);
}

async function fill(file: string): Promise<number> {
  const db = new SQLite(file);
  schema(db);
  const started = performance.now();
  const [customers, devices, orders] = [await records('customers'), await records('devices'), await records('orders')];
  const customer = db.prepare('INSERT INTO customers (id, name, json) VALUES (?, ?, ?)');
  const phone = db.prepare('INSERT INTO customer_phones (phone_rev, customer_id) VALUES (?, ?)');
  const name = db.prepare('INSERT INTO customer_names (name, customer_id) VALUES (?, ?)');
  const device = db.prepare('INSERT INTO devices (id, serial, imei, json) VALUES (?, ?, ?, ?)');
  const order = db.prepare('INSERT INTO orders (id, number, customer_id, device_id, status, received_at, json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const c of customers) {
      customer.run(c.id, c.name, JSON.stringify(c));
      name.run(String(c.name).toLowerCase(), c.id);
      for (const p of (c.phones as string[]) ?? []) phone.run(reversed(digits(p)), c.id);
    }
    for (const d of devices) device.run(d.id, d.serial ?? null, d.imei ?? null, JSON.stringify(d));
    for (const o of orders) order.run(o.id, o.number, o.customerId, o.deviceId, o.status, o.receivedAt, JSON.stringify(o));
  })();
  db.close();
  return performance.now() - started;
}

const SELECT = `SELECT o.json AS o, c.json AS c, d.json AS d FROM orders o JOIN customers c ON c.id = o.customer_id JOIN devices d ON d.id = o.device_id`;

function searcher(db: Database) {
  const byNumber = db.prepare(`${SELECT} WHERE o.number = ? ORDER BY o.received_at DESC LIMIT 50`);
  const bySerial = db.prepare(`${SELECT} WHERE o.device_id IN (SELECT id FROM devices WHERE serial = @code OR imei = @code) ORDER BY o.received_at DESC LIMIT 50`);
  // The phone's last digits: a prefix of the reversed digits, as an index range.
  const byDigits = db.prepare(
    `${SELECT} WHERE o.customer_id IN (SELECT customer_id FROM customer_phones WHERE phone_rev >= @tail AND phone_rev < @tail || 'z')
       OR o.device_id IN (SELECT id FROM devices WHERE imei = @imei) ORDER BY o.received_at DESC LIMIT 50`,
  );
  const byName = db.prepare(`${SELECT} WHERE o.customer_id IN (SELECT customer_id FROM customer_names WHERE customer_names MATCH ?) ORDER BY o.received_at DESC LIMIT 50`);
  return (query: string) => {
    const q = query.trim();
    let rows: unknown[];
    if (/^[A-Z]+-\d{4}-\d+$/i.test(q)) rows = byNumber.all(q);
    else if (/^\d[\d\s()+-]*$/.test(q)) rows = byDigits.all({ tail: reversed(digits(q)), imei: digits(q) });
    else if (/\d/.test(q) && !/\s/.test(q)) rows = bySerial.all({ code: q });
    else rows = byName.all(`"${q.toLowerCase().replace(/"/g, '""')}"`);
    return (rows as Array<{ o: string; c: string; d: string }>).map((r) => ({ ...JSON.parse(r.o), customer: JSON.parse(r.c), device: JSON.parse(r.d) }));
  };
}

async function main(): Promise<void> {
  const file = join(dir, 'peer.sqlite');
  await rm(file, { force: true });
  const fillMs = await fill(file);
  const queries = JSON.parse(await readFile(join(dir, 'queries.json'), 'utf8')) as { serials: string[]; phones: string[]; names: string[]; numbers: string[] };

  // Open to a usable screen: the file opened and the first page of the orders list read.
  const openStarted = performance.now();
  const db = new SQLite(file);
  schema(db);
  const firstPage = db.prepare(`${SELECT} ORDER BY o.received_at DESC LIMIT 50`).all();
  const openMs = performance.now() - openStarted;
  if (firstPage.length === 0) throw new Error('the SQLite peer holds no orders');

  const audit = db.prepare('INSERT INTO audit (at, json) VALUES (?, ?)');
  const insert = db.prepare('INSERT INTO orders (id, number, customer_id, device_id, status, received_at, json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE orders SET json = ? WHERE id = ?');
  const one = db.prepare('SELECT json FROM orders WHERE id = ?');
  const template = JSON.parse((db.prepare('SELECT json FROM orders ORDER BY received_at DESC LIMIT 1').get() as { json: string }).json) as Row;
  const createTx = db.transaction((i: number) => {
    const at = new Date().toISOString();
    const order: Row = { ...template, id: `BENCH${String(i).padStart(21, '0')}`, number: `R-2099-${String(i).padStart(5, '0')}`, status: 'received', receivedAt: at };
    insert.run(order.id, order.number, order.customerId, order.deviceId, order.status, at, JSON.stringify(order));
    audit.run(at, JSON.stringify({ channel: 'orders.create', id: order.id }));
  });
  const create = timed(100, (i) => createTx(i));
  const recent = (db.prepare('SELECT id FROM orders ORDER BY received_at DESC LIMIT 100').all() as Array<{ id: string }>).map((r) => r.id);
  const updateTx = db.transaction((i: number) => {
    const at = new Date().toISOString();
    const order = JSON.parse((one.get(recent[i]) as { json: string }).json) as Row;
    update.run(JSON.stringify({ ...order, diagnosis: { notes: `Bench diagnosis ${i}`, at }, updatedAt: at }), recent[i]);
    audit.run(at, JSON.stringify({ channel: 'orders.diagnose', id: recent[i] }));
  });
  const updated = timed(100, (i) => updateTx(i));

  const find = searcher(db);
  const list = [...queries.serials.slice(0, 25), ...queries.phones.slice(0, 25), ...queries.names.slice(0, 25), ...queries.numbers.slice(0, 25)];
  const misses = list.filter((q) => find(q).length === 0);
  if (misses.length) throw new Error(`the SQLite peer found nothing for ${misses.length} queries, e.g. ${misses[0]}`);
  const search = timed(list.length, (i) => find(list[i]));
  db.close();
  clearInterval(sampler);
  sample();
  console.log(
    JSON.stringify({
      sqliteFillMs: fillMs,
      sqliteOpenMs: openMs,
      sqliteCreateP95Ms: create.p95,
      sqliteUpdateP95Ms: updated.p95,
      sqliteSaveP95Ms: Math.max(create.p95, updated.p95),
      sqliteSearchP95Ms: search.p95,
      sqlitePeakRssMb: peakRss / 1024 / 1024,
    }),
  );
}

await main();
