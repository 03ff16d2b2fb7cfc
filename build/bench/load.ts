// The load phase: `node out/bench/load.mjs DIR [--seconds 45] [--clients 20] [--think-ms 150]` starts the built
// web host (out/main/web.js, as `npm run web` ships it) on DIR/data and runs 20 clients against it over HTTP for a
// bounded time: searches, list pages, order views, intakes and diagnoses (the ordinary requests), and now and then
// a PDF (an intake act) or the import of a small registry file (2,000 rows, XLSX). Each client waits a random
// think time (0-2× --think-ms) between its requests, as people at a counter do. `--profile DIR` writes a CPU
// profile of the web host there (node --cpu-prof). Prints one JSON line.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { BENCH_PIN } from './dataset.js';

const [dir, ...rest] = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? Number(rest[at + 1]) : fallback;
};
const SECONDS = flag('seconds', 45);
const CLIENTS = flag('clients', 20);
const THINK_MS = flag('think-ms', 150);
const profile = rest.includes('--profile') ? ['--cpu-prof', '--cpu-prof-dir', rest[rest.indexOf('--profile') + 1]] : [];

type Kind = 'search' | 'list' | 'view' | 'intake' | 'diagnose' | 'pdf' | 'import';
const ORDINARY: Kind[] = ['search', 'list', 'view', 'intake', 'diagnose'];
/** Out of 1,000 requests. */
const MIX: Array<[Kind, number]> = [['search', 340], ['list', 150], ['view', 250], ['intake', 150], ['diagnose', 85], ['pdf', 20], ['import', 5]];

const queries = JSON.parse(await readFile(join(dir, 'queries.json'), 'utf8')) as { serials: string[]; phones: string[]; names: string[]; numbers: string[]; managerId: string };

const host: ChildProcess = spawn(process.execPath, [...profile, 'out/main/web.js', '--data', join(dir, 'data')], {
  env: { ...process.env, PORT: '0', WORKSHOP_AUTOMATIC_BACKUPS: 'off' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
// Whatever happens, the web host started here does not outlive the benchmark (one SIGTERM: it closes its store).
process.on('exit', () => host.kill('SIGTERM'));
const url = new URL(
  await new Promise<string>((resolve, reject) => {
    let output = '';
    host.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /running at (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    host.on('exit', () => reject(new Error(output)));
  }),
);
const token = url.searchParams.get('token')!;
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + 2 });

interface Envelope {
  ok: boolean;
  value?: never;
  error?: { code: string };
}

function call(channel: string, input: unknown, session?: string, retried = false): Promise<Envelope> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = request(
      `${url.origin}/api/${channel}`,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'X-Workshop-Token': token, Origin: url.origin, ...(session ? { 'X-Workshop-Session': session } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope));
        response.on('error', reject);
      },
    );
    // A kept-alive socket the host closed just as it was reused: the request never reached it; sent once more.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) resolve(call(channel, input, session, true));
      else reject(error);
    });
    req.end(body);
  });
}

async function registryFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sales');
  sheet.addRow(['Serial', 'Brand', 'Model', 'Purchase date', 'Warranty']);
  for (let i = 0; i < 2000; i++) sheet.addRow([`LOAD-${i}`, 'Samsung', 'Galaxy S23', '2026-01-10', 12]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};

/** A deterministic pseudo-random sequence per client, so that runs compare. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const importFile = await registryFile();
const actorId = queries.managerId;
const searches = [...queries.serials, ...queries.phones, ...queries.names, ...queries.numbers];
const latencies = new Map<Kind, number[]>(MIX.map(([kind]) => [kind, []]));
const errors: Record<string, number> = {};

// Every client signs in as the manager first (outside the measured time), and learns some orders to look at.
const sessions: string[] = [];
for (let i = 0; i < CLIENTS; i++) {
  const signedIn = await call('session.signIn', { staffId: actorId, pin: BENCH_PIN });
  if (!signedIn.ok) throw new Error(`sign-in: ${JSON.stringify(signedIn.error)}`);
  sessions.push((signedIn.value as unknown as { token: string }).token);
}
const known = ((await call('orders.list', { limit: 200 }, sessions[0])).value as unknown as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
const views = new Map<string, { customer: { id: string }; device: { id: string } }>();

async function client(index: number, until: number): Promise<void> {
  const rand = random(index + 1);
  const session = sessions[index];
  const mine: string[] = [];
  const pickKind = (): Kind => {
    let roll = rand() * 1000;
    for (const [kind, weight] of MIX) if ((roll -= weight) < 0) return kind;
    return 'search';
  };
  while (performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, rand() * 2 * THINK_MS));
    let kind = pickKind();
    if ((kind === 'diagnose' || kind === 'pdf') && !mine.length) kind = 'intake';
    const someOrder = known[Math.floor(rand() * known.length)];
    const started = performance.now();
    let result: Envelope;
    if (kind === 'search') result = await call('orders.list', { query: searches[Math.floor(rand() * searches.length)], limit: 50 }, session);
    else if (kind === 'list') result = await call('orders.list', { status: rand() < 0.5 ? 'issued' : 'in_repair', offset: Math.floor(rand() * 20) * 50, limit: 50 }, session);
    else if (kind === 'view') result = await call('orders.get', { id: mine.length && rand() < 0.3 ? mine[mine.length - 1] : someOrder }, session);
    else if (kind === 'intake') {
      let view = views.get(someOrder);
      if (!view) {
        const got = await call('orders.get', { id: someOrder }, session);
        view = got.value as unknown as { customer: { id: string }; device: { id: string } };
        views.set(someOrder, view);
      }
      const intake = { statedDefect: 'Load test: does not switch on', warrantyBasis: 'paid' };
      // The unit may be in for repair already (the newest orders are open): the clerk says why it comes in again.
      const insist = { reason: 'Load test: comes in again' };
      const t0 = performance.now();
      result = await call('orders.create', { customer: { id: view.customer.id }, device: { id: view.device.id }, intake, insist }, session);
      latencies.get('intake')!.push(performance.now() - t0);
      if (result.ok) mine.push((result.value as unknown as { order: { id: string } }).order.id);
      else errors[`${kind}:${result.error?.code}`] = (errors[`${kind}:${result.error?.code}`] ?? 0) + 1;
      continue;
    } else if (kind === 'diagnose') result = await call('orders.diagnose', { id: mine[Math.floor(rand() * mine.length)], notes: `Load diagnosis ${index}` }, session);
    else if (kind === 'pdf') result = await call('orders.intakeAct', { orderId: mine[mine.length - 1], language: (['en', 'ru', 'he'] as const)[index % 3] }, session);
    else result = await call('registry.import', { fileName: 'sales.xlsx', contentBase64: importFile }, session);
    latencies.get(kind)!.push(performance.now() - started);
    if (!result.ok) errors[`${kind}:${result.error?.code}`] = (errors[`${kind}:${result.error?.code}`] ?? 0) + 1;
  }
}

const startedAt = performance.now();
await Promise.all(sessions.map((_, i) => client(i, startedAt + SECONDS * 1000)));
const elapsedS = (performance.now() - startedAt) / 1000;
const ordinary = ORDINARY.flatMap((kind) => latencies.get(kind)!);
const summary = (values: number[]) => ({ count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: Math.max(...values) });
const perKind = Object.fromEntries([...latencies].map(([kind, values]) => [kind, summary(values)]));
const all = [...latencies.values()].flat();
agent.destroy();
console.log(
  JSON.stringify({
    clients: CLIENTS,
    seconds: SECONDS,
    thinkMs: THINK_MS,
    requestsPerSecond: all.length / elapsedS,
    loadP50Ms: percentile(ordinary, 50),
    loadP95Ms: percentile(ordinary, 95),
    loadP99Ms: percentile(ordinary, 99),
    loadMaxMs: Math.max(...ordinary),
    perKind,
    errors,
  }),
);
process.exit(0);
