// Analytics at scale: `tsx build/bench/analytics.ts N` writes N synthetic orders (ten years) to a temporary data
// folder and times the analytics channels on a month, a year and the whole history. Prints one JSON line.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend } from '../../electron/backend.js';
import { localClient } from '../localClient.js';
import type { ChannelInput, ChannelName } from '../../shared/channels.js';
import { BENCH_PIN, generate } from './dataset.js';

const size = Number(process.argv[2] ?? 10_000);
const dir = await mkdtemp(join(tmpdir(), 'analytics-bench-'));
try {
  const now = Date.parse('2026-11-27T09:00:00Z');
  const dataset = await generate(dir, size, now);
  const backend = await startBackend(dir, { version: 'bench', desktop: false, now: () => new Date(now) });
  const manager = await localClient(backend).as(dataset.managerId, BENCH_PIN);
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const started = performance.now();
    const result = await manager.send(channel, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return performance.now() - started;
  };
  const best = async (run: () => Promise<number>) => Math.min(await run(), await run(), await run());
  const ms = (n: number) => Math.round(n);
  const figures = {
    orders: size,
    monthMs: ms(await best(() => call('analytics.report', { from: '2026-10-27', to: '2026-11-27', bucket: 'week' }))),
    yearMs: ms(await best(() => call('analytics.report', { from: '2025-11-27', to: '2026-11-27', bucket: 'month' }))),
    tenYearsMs: ms(await best(() => call('analytics.report', { from: '2016-11-27', to: '2026-11-27', bucket: 'month' }))),
    alertsMs: ms(await best(() => call('analytics.alerts', {}))),
    xlsxYearMs: ms(await best(() => call('analytics.export', { from: '2025-11-27', to: '2026-11-27', format: 'xlsx' }))),
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  };
  console.log(JSON.stringify(figures));
  await backend.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
