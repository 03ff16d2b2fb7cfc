// Spare parts at scale: `tsx build/bench/parts.ts N` writes N synthetic orders, 200 catalogue parts, about N stock
// moves (receipts, reservations and consumptions of issued repairs), 2,000 open orders needing catalogue parts and
// 5,000 counter sales, then times the parts channels (best of three, after a cold start). Prints one JSON line.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monotonicFactory } from 'ulidx';
import { startBackend } from '../../electron/backend.js';
import { localClient } from '../localClient.js';
import type { ChannelInput, ChannelName } from '../../shared/channels.js';
import type { RepairOrder } from '../../shared/orders/schemas.js';
import type { Part, StockMove } from '../../shared/parts/schemas.js';
import type { Sale } from '../../shared/parts/sale.js';
import { BENCH_PIN, generate } from './dataset.js';

const size = Number(process.argv[2] ?? 100_000);
const dir = await mkdtemp(join(tmpdir(), 'parts-bench-'));
try {
  const now = Date.parse('2026-11-27T09:00:00Z');
  const dataset = await generate(dir, size, now);
  const ulid = monotonicFactory();
  const at = new Date(now - 86_400_000).toISOString();
  const by = dataset.managerId;
  {
    const backend = await startBackend(dir, { version: 'bench', desktop: false, now: () => new Date(now) });
    const { store } = backend;
    const parts: Part[] = Array.from({ length: 200 }, (_, i) => ({
      id: ulid(),
      sku: `P-${String(i).padStart(4, '0')}`,
      name: `${['Display', 'Battery', 'Connector', 'Pump', 'Motor'][i % 5]} module ${i}`,
      compatibleModels: ['Galaxy S23', 'iPhone 14'],
      unit: 'pcs',
      cost: 1000 + i,
      price: 2000 + i,
      warrantyDays: 90,
      minStock: i % 3,
      allowNegative: false,
      active: true,
      createdAt: at,
      updatedAt: at,
      updatedBy: by,
    }));
    await store.parts.applyBatch(parts, []);
    const moves: StockMove[] = [];
    const move = (partId: string, kind: StockMove['kind'], quantity: number, orderId?: string) =>
      moves.push({ id: ulid(), partId, kind, quantity, at, by, unitCost: 1000, orderId });
    const orders = store.orders.all();
    const open = orders.filter((o) => ['diagnosing', 'in_repair', 'awaiting_parts'].includes(o.status)).slice(0, 2000);
    const issued = orders.filter((o) => o.status === 'issued').slice(0, Math.floor(size / 3));
    issued.forEach((o, i) => {
      const partId = parts[i % parts.length].id;
      if (i % 2 === 0) move(partId, 'receipt', 2);
      move(partId, 'reservation', 1, o.id);
      move(partId, 'consumption', 1, o.id);
    });
    const withParts: RepairOrder[] = [...issued, ...open].map((o, i) => ({
      ...o,
      partLines: [{ id: ulid(), name: 'Part', partId: parts[i % parts.length].id, quantity: 1, unitPrice: 2000, warrantyDays: 90 }],
    }));
    await store.orders.applyBatch([], withParts);
    await store.stockMoves.applyBatch(moves, []);
    const sales: Sale[] = Array.from({ length: 5000 }, (_, i) => ({
      id: ulid(),
      number: `S-2026-${String(i + 1).padStart(5, '0')}`,
      at,
      by,
      lines: [{ partId: parts[0].id, sku: parts[0].sku, name: parts[0].name, unit: 'pcs', quantity: 1, unitPrice: 2000, warrantyDays: 90 }],
      total: 2000,
    }));
    await store.sales.applyBatch(sales, []);
    await backend.close();
  }
  // One start that is not timed: it serves the orders the synthetic data left waiting with stock free (a catch-up
  // that real data never needs), so that the timed start below is an ordinary one.
  await (await startBackend(dir, { version: 'bench', desktop: false, now: () => new Date(now) })).close();
  const opening = performance.now();
  const backend = await startBackend(dir, { version: 'bench', desktop: false, now: () => new Date(now) });
  const coldStartMs = performance.now() - opening;
  const manager = await localClient(backend).as(dataset.managerId, BENCH_PIN);
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const started = performance.now();
    const result = await manager.send(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return performance.now() - started;
  };
  const best = async (run: () => Promise<number>) => Math.min(await run(), await run(), await run());
  const ms = (n: number) => Math.round(n * 10) / 10;
  const { store } = backend;
  const part = store.parts.all()[0];
  const plain = store.orders.all().find((o) => o.status === 'received' && !o.partLines.some((l) => l.partId))!;
  const figures = {
    orders: size,
    moves: store.stockMoves.size,
    coldStartMs: ms(coldStartMs),
    listMs: ms(await best(() => call('parts.list', { query: 'display' }))),
    ledgerMs: ms(await best(() => call('parts.ledger', { partId: part.id }))),
    receiveMs: ms(await best(() => call('parts.receive', { partId: part.id, quantity: 1 }))),
    waitingMs: ms(await best(() => call('parts.waiting', {}))),
    warrantyMs: ms(await best(() => call('parts.costs.warranty', { from: '2025-11-27', to: '2026-11-27' }))),
    orderSaveMs: ms(await best(() => call('orders.diagnose', { id: plain.id, notes: `Checked ${Math.random()}` }))),
    saleMs: ms(await best(() => call('parts.sales.create', { lines: [{ partId: part.id, quantity: 1 }] }))),
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  };
  console.log(JSON.stringify(figures));
  await backend.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
