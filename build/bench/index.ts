// npm run bench [-- --sizes 1000,10000] [--load-seconds 45] [--load-only]: the scale benchmark at each size (each
// phase in its own Node process, built with esbuild, so that the figures are those of the code as it ships), the
// SQLite peer on the same records at each size (sqlitePeer.ts; better-sqlite3 installed into build/bench/sqlite/ on
// first use, --no-sqlite skips it), the load phase at the largest size (20 clients over HTTP against the built web host, load.ts; --load-seconds 0 skips
// it, --load-only runs nothing else), then the registry import. Prints a table, writes bench-results.json and
// prints its path last.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const flag = process.argv.indexOf('--sizes');
const sizes = (flag >= 0 ? process.argv[flag + 1] : '1000,10000,100000').split(',').map(Number);
const loadFlag = process.argv.indexOf('--load-seconds');
const loadSeconds = loadFlag >= 0 ? Number(process.argv[loadFlag + 1]) : 45;
const loadOnly = process.argv.includes('--load-only');
const withSqlite = !process.argv.includes('--no-sqlite') && !loadOnly && sqliteReady();

/** better-sqlite3 in a folder of its own (a native module the application does not need), installed on first use. */
function sqliteReady(): boolean {
  const folder = 'build/bench/sqlite';
  if (existsSync(join(folder, 'node_modules', 'better-sqlite3', 'package.json'))) return true;
  process.stderr.write('Installing better-sqlite3 into build/bench/sqlite for the SQLite peer (it builds a native module: minutes)…\n');
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', folder], { stdio: ['ignore', 'ignore', 'inherit'] });
    return true;
  } catch (error) {
    process.stderr.write(`The SQLite peer is left out: better-sqlite3 could not be installed (${(error as Error).message.split('\n')[0]}).\n`);
    return false;
  }
}

const TARGETS: Record<string, number> = {
  saveP95Ms: 25,
  toFloor: 3,
  searchP95Ms: 15,
  listP95Ms: 30,
  coldLoadMs: 2000,
  pdfWarmP95Ms: 150,
  analyticsMs: 500,
  paymentReceiptP95Ms: 300,
  zReportMs: 500,
  peakRssMb: 600,
  uiSearchP95Ms: 100,
  uiOpenOrderP95Ms: 200,
  uiLongestScrollFrameMs: 50,
  loadP95Ms: 100,
  loadP99Ms: 300,
};

await build({
  entryPoints: { scale: 'build/bench/scale.ts', registry: 'build/bench/registry.ts', ui: 'build/bench/ui.ts', load: 'build/bench/load.ts', sqlitePeer: 'build/bench/sqlitePeer.ts', outbox: 'build/bench/outbox.ts', pdfWorker: 'electron/platform/workers/pdfWorker.ts', registryWorker: 'electron/platform/workers/registryWorker.ts' },
  outdir: 'out/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const results: Record<string, Record<string, number>> = {};
const largest = Math.max(...sizes);
const browser = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
if (browser || loadSeconds > 0) execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'workshop-bench-'));
  const node = (...args: string[]) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', 'out/bench/scale.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1)!);
  const loadAtStart = loadavg()[0];
  process.stderr.write(`generating ${size} orders… `);
  const generated = node('generate', dir, String(size));
  let peer: Record<string, number> = {};
  if (withSqlite) {
    process.stderr.write('the SQLite peer… ');
    peer = JSON.parse(execFileSync(process.execPath, ['out/bench/sqlitePeer.mjs', dir], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1)!);
  }
  let measured: Record<string, number> = {};
  if (!loadOnly) {
    process.stderr.write('measuring…\n');
    measured = node('measure', dir);
  }
  let ui = {};
  let load = {};
  if (size === largest && loadSeconds > 0) {
    process.stderr.write(`load phase: 20 clients for ${loadSeconds} s…\n`);
    const line = execFileSync(process.execPath, ['out/bench/load.mjs', dir, '--seconds', String(loadSeconds)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    load = JSON.parse(line.trim().split('\n').at(-1)!);
    process.stderr.write(`${line.trim().split('\n').at(-1)}\n`);
  }
  if (size === largest && browser && !loadOnly) {
    process.stderr.write('driving the UI in Chromium…\n');
    ui = JSON.parse(execFileSync(process.execPath, ['out/bench/ui.mjs', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
  }
  rmSync(dir, { recursive: true, force: true });
  results[String(size)] = { loadAtStart, loadAtEnd: loadavg()[0], ...measured, ...peer, ...ui, ...load, baselineSaveP95Ms: generated.baselineSaveP95Ms, firstStartMs: generated.firstStartMs, baselineRatio: generated.baselineSaveP95Ms / measured.saveP95Ms };
}

const rows: Array<[string, string, (r: Record<string, number>) => string]> = [
  ['machine load (1-minute average), at start / end of the size', 'machine', (r) => `${r.loadAtStart.toFixed(1)} / ${r.loadAtEnd.toFixed(1)}`],
  ['cold load to data ready, ms', 'coldLoadMs', (r) => r.coldLoadMs.toFixed(0)],
  ['first start after an upgrade (validation, migrations), ms', 'firstStart', (r) => r.firstStartMs.toFixed(0)],
  ['save (create), p50 / p95 ms', 'saveP95Ms', (r) => `${r.createP50Ms.toFixed(1)} / ${r.createP95Ms.toFixed(1)}`],
  ['save (update), p50 / p95 ms', 'saveP95Ms', (r) => `${r.updateP50Ms.toFixed(1)} / ${r.updateP95Ms.toFixed(1)}`],
  ['floor: 1 KB append + fsync, p50 / p95 ms', 'floor', (r) => `${r.appendFloorP50Ms.toFixed(1)} / ${r.appendFloorP95Ms.toFixed(1)}`],
  ['floor: shard-sized write + fsync + rename, p50 / p95 ms', 'floor', (r) => `${r.shardFloorP50Ms.toFixed(1)} / ${r.shardFloorP95Ms.toFixed(1)}`],
  ['save p95 ÷ append floor p95 (create / update)', 'toFloor', (r) => `${r.createToFloor.toFixed(1)}× / ${r.updateToFloor.toFixed(1)}×`],
  ['naive one-file save, p95 ms', 'baseline', (r) => `${r.baselineSaveP95Ms.toFixed(0)} (${r.baselineRatio.toFixed(0)}× slower)`],
  ['search, p50 / p95 ms', 'searchP95Ms', (r) => `${r.searchP50Ms.toFixed(1)} / ${r.searchP95Ms.toFixed(1)}`],
  ['filtered list page, p50 / p95 ms', 'listP95Ms', (r) => `${r.listP50Ms.toFixed(1)} / ${r.listP95Ms.toFixed(1)}`],
  ['intake act render, first / warm p95 ms', 'pdfWarmP95Ms', (r) => `${r.pdfFirstMs.toFixed(0)} / ${r.pdfWarmP95Ms.toFixed(0)}`],
  ['analytics over all orders, ms', 'analyticsMs', (r) => r.analyticsMs.toFixed(0)],
  ['payment + its 80 mm receipt, p50 / p95 ms', 'paymentReceiptP95Ms', (r) => (r.paymentReceiptP95Ms === undefined ? '—' : `${r.paymentReceiptP50Ms.toFixed(0)} / ${r.paymentReceiptP95Ms.toFixed(0)}`)],
  ['Z report of a day of 500 payments, ms', 'zReportMs', (r) => (r.zReportMs === undefined ? '—' : r.zReportMs.toFixed(0))],
  ['backend peak memory, MB', 'peakRssMb', (r) => r.peakRssMb.toFixed(0)],
  ['peak memory by phase, MB', 'phases', (r) => Object.entries((r.peakRssByPhaseMb ?? {}) as unknown as Record<string, number>).map(([phase, mb]) => `${phase} ${mb}`).join(', ') || '—'],
  ['SQLite peer: save p95 / search p95 / open / peak memory', 'sqlite', (r) => (r.sqliteSaveP95Ms === undefined ? '—' : `${r.sqliteSaveP95Ms.toFixed(1)} / ${r.sqliteSearchP95Ms.toFixed(1)} / ${r.sqliteOpenMs.toFixed(0)} ms / ${r.sqlitePeakRssMb.toFixed(0)} MB`)],
  ['ours ÷ SQLite: save / search / open / memory', 'sqlite', (r) => (r.sqliteSaveP95Ms === undefined ? '—' : [r.saveP95Ms / r.sqliteSaveP95Ms, r.searchP95Ms / r.sqliteSearchP95Ms, r.coldLoadMs / r.sqliteOpenMs, r.peakRssMb / r.sqlitePeakRssMb].map((x) => `${x.toFixed(1)}×`).join(' / '))],
  ['UI: search, last key to result, p95 ms', 'uiSearchP95Ms', (r) => (r.uiSearchP95Ms === undefined ? '—' : r.uiSearchP95Ms.toFixed(0))],
  ['UI: open an order, p95 ms', 'uiOpenOrderP95Ms', (r) => (r.uiOpenOrderP95Ms === undefined ? '—' : r.uiOpenOrderP95Ms.toFixed(0))],
  ['UI: longest frame while scrolling, ms', 'uiLongestScrollFrameMs', (r) => (r.uiLongestScrollFrameMs === undefined ? '—' : `${r.uiLongestScrollFrameMs.toFixed(0)} (${r.uiRowsInPage} rows in page)`)],
  ['load, 20 clients: ordinary p50 / p95 / p99 ms', 'loadP95Ms', (r) => (r.loadP95Ms === undefined ? '—' : `${r.loadP50Ms.toFixed(0)} / ${r.loadP95Ms.toFixed(0)} / ${r.loadP99Ms.toFixed(0)}`)],
];
if (loadOnly) rows.splice(0, rows.length - 1);
const header = ['operation', ...sizes.map((s) => `${s.toLocaleString('en')} orders`), 'target'];
const table = [header, ...rows.map(([label, key, show]) => [label, ...sizes.map((s) => show(results[String(s)])), key === 'floor' || key === 'firstStart' || key === 'phases' || key === 'sqlite' || key === 'machine' ? '' : key === 'toFloor' ? `≤ ${TARGETS[key]}×` : TARGETS[key] ? `≤ ${TARGETS[key]}` : '≥ 10× slower'])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));

const machine = { platform: process.platform, arch: process.arch, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
const output = resolve('bench-results.json');
writeFileSync(output, JSON.stringify({ machine, sizes: results }, null, 2));

console.log('');
if (!loadOnly) console.log(execFileSync(process.execPath, ['out/bench/registry.mjs'], { encoding: 'utf8' }).trim());
if (!loadOnly) console.log(execFileSync(process.execPath, ['out/bench/outbox.mjs'], { encoding: 'utf8' }).trim());
console.log('');
console.log(output);
