// One size of the scale benchmark. `generate DIR N` writes the data set and measures the naive baseline;
// `measure DIR` (a process of its own, so that its peak memory is the backend's) measures the store.
// Each prints one JSON line.
import { open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { startBackend } from '../../electron/backend.js';
// Through the PDF worker, as the application renders (electron/platform/workers/pdf.ts): the fonts and pdfkit load
// in the worker's heap, never the main thread's.
import { renderIntakeAct } from '../../electron/platform/workers/pdf.js';
import { localClient } from '../localClient.js';
import type { ChannelInput, ChannelName } from '../../shared/channels.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import { isOpen } from '../../shared/orders/index.js';
import type { CashDayView } from '../../shared/payments/index.js';
import { BENCH_PIN, type Dataset, generate } from './dataset.js';

const [phase, dir, sizeText] = process.argv.slice(2);
let peakRss = 0;
/** The peak of the phase under way, and each finished phase's: what the peak of the whole run is made of. */
let phasePeak = 0;
const phasePeaks: Record<string, number> = {};
const sample = () => {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  phasePeak = Math.max(phasePeak, rss);
};
const sampler = setInterval(sample, 5);
function endPhase(name: string): void {
  sample();
  phasePeaks[name] = Math.max(phasePeaks[name] ?? 0, Math.round(phasePeak / 1024 / 1024));
  phasePeak = process.memoryUsage().rss;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(times: number, run: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run(i);
    durations.push(performance.now() - started);
  }
  sample();
  return { p50: percentile(durations, 50), p95: percentile(durations, 95) };
}

/**
 * The floor primitives, on the disk of the data folder: one 1 KB line appended and fsynced (what a journaled save
 * needs at least), and one file the size of the largest orders shard written, fsynced and renamed over another
 * (what a save that rewrites its shard needs at least).
 */
async function floors(dataDir: string, times: number): Promise<{ append: number[]; shard: number[] }> {
  const folder = join(dataDir, '..', 'floor');
  await rm(folder, { recursive: true, force: true });
  await import('node:fs/promises').then(({ mkdir }) => mkdir(folder, { recursive: true }));
  const line = Buffer.from(`${JSON.stringify({ seq: 1, record: 'x'.repeat(1000) })}\n`);
  const log = await open(join(folder, 'append.jsonl'), 'a');
  const append: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await log.write(line);
    await log.sync();
    append.push(performance.now() - started);
  }
  await log.close();
  const shards = await readdir(join(dataDir, 'orders'));
  const sizes = await Promise.all(shards.map(async (name) => (await stat(join(dataDir, 'orders', name))).size));
  const bytes = Buffer.alloc(Math.max(...sizes), 'x');
  const shard: number[] = [];
  for (let i = 0; i < Math.ceil(times / 3); i++) {
    const started = performance.now();
    const temp = await open(join(folder, 'shard.json.tmp'), 'w');
    await temp.write(bytes);
    await temp.sync();
    await temp.close();
    await rename(join(folder, 'shard.json.tmp'), join(folder, 'shard.json'));
    shard.push(performance.now() - started);
  }
  await rm(folder, { recursive: true, force: true });
  return { append, shard };
}

async function generatePhase(): Promise<void> {
  const size = Number(sizeText);
  const dataset = await generate(join(dir, 'data'), size);
  // The first start on files the application did not write validates every record once (then only changed files
  // are) and runs the one-time migrations; timed apart, since a workshop pays it once, after an upgrade. The cold
  // load measured later is the start of every day.
  const firstStarted = performance.now();
  await (await startBackend(join(dir, 'data'), { version: 'bench', desktop: false })).close();
  const firstStartMs = performance.now() - firstStarted;
  // The naive baseline: the same records in one lowdb file (lowdb's own JSONFile), rewritten on every save.
  const baseline = new Low(new JSONFile<Record<string, unknown[]>>(join(dir, 'everything.json')), dataset.everything);
  await baseline.write();
  const orders = dataset.everything.orders as Array<{ diagnosis?: unknown }>;
  const save = await timed(size >= 100_000 ? 10 : 30, async (i) => {
    orders[i].diagnosis = { notes: `Bench ${i}` };
    await baseline.write();
  });
  await rm(join(dir, 'everything.json'));
  const { everything: _everything, ...queries } = dataset;
  await writeFile(join(dir, 'queries.json'), JSON.stringify(queries));
  console.log(JSON.stringify({ size, baselineSaveP95Ms: save.p95, firstStartMs }));
}

async function measurePhase(): Promise<void> {
  const dataset = JSON.parse(await readFile(join(dir, 'queries.json'), 'utf8')) as Omit<Dataset, 'everything'>;
  const today = new Date().toISOString().slice(0, 10);

  // Cold load: open (and lock) the data folder, read every file, build the indexes.
  const loadStarted = performance.now();
  const backend = await startBackend(join(dir, 'data'), { version: 'bench', desktop: false });
  const coldLoadMs = performance.now() - loadStarted;
  endPhase('load');

  const manager = await localClient(backend).as(dataset.managerId, BENCH_PIN);

  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const result = await manager.send(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };

  // The floors are timed in two halves, before and after the saves, so that they see the same disk as the saves.
  const floorBefore = await floors(join(dir, 'data'), 50);
  endPhase('floors');
  const customers = backend.store.customers.all();
  // A returning customer's unit that is not in for repair already (an open order would be announced instead).
  const inForRepair = new Set(backend.store.orders.all().filter((o) => isOpen(o.status)).map((o) => o.deviceId));
  const devices = backend.store.devices.all().filter((d) => !inForRepair.has(d.id));
  const create = await timed(100, (i) =>
    call('orders.create', {
      customer: { id: customers[(i * 7919) % customers.length].id },
      device: { id: devices[(i * 104729) % devices.length].id },
      intake: { statedDefect: 'Bench: does not start', warrantyBasis: 'paid' },
    }),
  );
  const recent = backend.store.orders.all().slice(-100);
  const update = await timed(100, (i) => call('orders.diagnose', { id: recent[i].id, notes: `Bench diagnosis ${i}` }));

  endPhase('saves');
  const floorAfter = await floors(join(dir, 'data'), 50);
  const appendFloor = [...floorBefore.append, ...floorAfter.append];
  const shardFloor = [...floorBefore.shard, ...floorAfter.shard];
  const appendFloorP95Ms = percentile(appendFloor, 95);
  endPhase('floors');

  const queries = [...dataset.serials.slice(0, 25), ...dataset.phones.slice(0, 25), ...dataset.names.slice(0, 25), ...dataset.numbers.slice(0, 25)];
  const search = await timed(queries.length, (i) => call('orders.list', { query: queries[i], limit: 50 }));
  const list = await timed(50, (i) =>
    call('orders.list', { status: i % 2 ? 'issued' : 'in_repair', offset: (i * 50) % Math.max(1, Math.floor(dataset.orders / 2)), limit: 50 }),
  );
  endPhase('search and list');

  const view: OrderView = await call('orders.get', { id: recent[0].id });
  const data = { documentNumber: 'IA-2026-99999', issuedAt: new Date(), view, workshop: { name: 'FixPoint Service Centre' }, currency: 'EUR' as const, staffNames: {} };
  const firstStarted = performance.now();
  await renderIntakeAct(data, 'he', { paperSize: 'A4' });
  const pdfFirstMs = performance.now() - firstStarted;
  const pdfWarm = await timed(20, (i) => renderIntakeAct(data, (['en', 'ru', 'he'] as const)[i % 3], { paperSize: 'A4' }));

  endPhase('pdf');
  const analytics = await timed(5, () => call('orders.dashboard', { today }));
  endPhase('analytics');

  // Money at the counter (#15): a payment taken on an order with its lines and its receipt printed on the 80 mm
  // roll, timed together as the clerk waits for both; then the day filled to 500 payments and its Z report at close.
  await call('payments.openDay', { float: 10_000 });
  const paying = recent.slice(0, 50);
  for (const order of paying) await call('orders.setLines', { id: order.id, workLines: [{ description: 'Bench repair', quantity: 1, unitPrice: 12_000 }], partLines: [] });
  const payment = await timed(paying.length, async (i) => {
    await call('payments.record', { orderId: paying[i].id, amount: 12_000, method: i % 2 ? 'card' : 'cash' });
    await call('payments.invoice', { orderId: paying[i].id, paper: 'roll80' });
  });
  for (let i = paying.length; i < 500; i++) await call('payments.record', { orderId: paying[i % paying.length].id, amount: 100, method: 'cash' });
  const { totals }: CashDayView = await call('payments.cashDay', {});
  await call('payments.closeDay', { counted: totals.expected });
  const zStarted = performance.now();
  await call('payments.zReport', { paper: 'A4' });
  const zReportMs = performance.now() - zStarted;
  endPhase('payments');
  await backend.close();
  clearInterval(sampler);
  console.log(
    JSON.stringify({
      size: dataset.orders,
      coldLoadMs,
      createP50Ms: create.p50,
      createP95Ms: create.p95,
      updateP50Ms: update.p50,
      updateP95Ms: update.p95,
      saveP95Ms: Math.max(create.p95, update.p95),
      appendFloorP50Ms: percentile(appendFloor, 50),
      appendFloorP95Ms,
      shardFloorP50Ms: percentile(shardFloor, 50),
      shardFloorP95Ms: percentile(shardFloor, 95),
      createToFloor: create.p95 / appendFloorP95Ms,
      updateToFloor: update.p95 / appendFloorP95Ms,
      searchP50Ms: search.p50,
      searchP95Ms: search.p95,
      listP50Ms: list.p50,
      listP95Ms: list.p95,
      pdfFirstMs,
      pdfWarmP95Ms: pdfWarm.p95,
      analyticsMs: analytics.p50,
      paymentReceiptP50Ms: payment.p50,
      paymentReceiptP95Ms: payment.p95,
      zReportMs,
      peakRssMb: peakRss / 1024 / 1024,
      peakRssByPhaseMb: phasePeaks,
    }),
  );
}

await (phase === 'generate' ? generatePhase() : measurePhase());
clearInterval(sampler);
