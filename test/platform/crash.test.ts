import { type ChildProcess, spawn } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNAL_FOLDER, journalLine } from '../../electron/platform/store/journal.js';
import { openStore } from '../../electron/platform/store/store.js';
import { APPLICATION_PIN_HASHER, openBackend, tempDir } from './helpers.js';

const KILLS = 50;

/**
 * The writer is bundled once, packages and all (esbuild), and each of the 50 starts runs the one file. Started
 * through tsx, a start cost about 4 s of CPU (tsx's loader resolving and compiling every module, then the files of
 * node_modules loaded one by one), nearly all of this test's time; the bundle starts in about 1 s of CPU. The
 * writer renders no PDF, so pdfkit's font files (read from beside its own code) are never looked for.
 */
let writer: string;
let buildDir: string;
beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'workshop-crash-'));
  writer = join(buildDir, 'writer.mjs');
  await build({
    entryPoints: ['test/platform/crash/writer.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile: writer,
    // CommonJS dependencies require Node's modules (a bundled package brings its own createRequire: hence the alias).
    banner: { js: "import { createRequire as workshopCreateRequire } from 'node:module'; const require = workshopCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
}, 60_000);
afterAll(() => rm(buildDir, { recursive: true, force: true }));

/** Start a writer process, let it write for a random moment, kill it with SIGKILL; return what it acknowledged. */
function writeAndKill(dataDir: string, staffId: string, pin: string, aliveMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [writer, dataDir, staffId, pin], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      if (!before.includes('READY') && output.includes('READY')) setTimeout(() => child.kill('SIGKILL'), aliveMs);
    });
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself: ${errors}`));
      // Only complete lines count: a line cut by the kill was not yet acknowledged to anyone.
      resolve(output.split('\n').slice(0, -1).filter((line) => line.startsWith('ACK ')));
    });
  });
}

async function everyFileParses(dataDir: string): Promise<void> {
  const files = [
    // Collection files (dot-files are the store's own: manifest, notices, lock owner).
    ...(await readdir(dataDir)).filter((f) => f.endsWith('.json') && !f.startsWith('.')).map((f) => join(dataDir, f)),
    ...(await readdir(join(dataDir, 'orders'))).map((f) => join(dataDir, 'orders', f)),
    ...(await readdir(join(dataDir, 'customers'))).map((f) => join(dataDir, 'customers', f)),
    ...(await readdir(join(dataDir, 'devices'))).map((f) => join(dataDir, 'devices', f)),
  ];
  for (const file of files) {
    const data = JSON.parse(await readFile(file, 'utf8'));
    expect(typeof data.schemaVersion, file).toBe('number');
  }
}

/** Bytes the killed process left in the journal (saves acknowledged that the data files may not hold yet). */
async function journalBytes(dataDir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(join(dataDir, JOURNAL_FOLDER))) total += (await stat(join(dataDir, JOURNAL_FOLDER, name))).size;
  return total;
}

/** As a kill in the middle of an append leaves the journal: the newest segment ends with part of a line. */
async function cutAppend(dataDir: string, kill: number): Promise<string> {
  const newest = (await readdir(join(dataDir, JOURNAL_FOLDER))).sort().at(-1)!;
  const line = journalLine({ seq: 1e9 + kill, collection: 'orders', version: 1, files: ['orders/00.json'], records: [{ id: `CUT${kill}` }] });
  await appendFile(join(dataDir, JOURNAL_FOLDER, newest), line.slice(0, 10 + ((kill * 37) % (line.length - 12))));
  return newest;
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} kills (SIGKILL) at random moments of a write burst`, async () => {
    const dataDir = await tempDir();
    // The writer is the application's backend: the member's PIN is hashed at the application's cost.
    const setup = await openBackend({ dataDir, pinHasher: APPLICATION_PIN_HASHER });
    const manager = await setup.public.ok('staff.create', { name: 'Crash Manager', role: 'manager', pin: '2468' });
    await setup.close();

    const acknowledged = new Map<string, string>();
    let writes = 0;
    let replayed = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const lines = await writeAndKill(dataDir, manager.id, '2468', 5 + Math.floor(Math.random() * 120));
      writes += lines.length;
      for (const line of lines) {
        const [, what, id] = line.split(' ');
        acknowledged.set(id, what === 'create' ? (acknowledged.get(id) ?? 'received') : what);
      }
      // Killed between the append and the rewrite of the files: the journal holds what the files do not yet.
      if ((await journalBytes(dataDir)) > 0) replayed++;
      // Every fifth kill comes in the middle of an append: the cut line was never acknowledged and is dropped.
      const cut = kill % 5 === 4 ? await cutAppend(dataDir, kill) : undefined;
      // The next start takes over the killed process's lock at once, and finds every acknowledged write.
      const store = await openStore(dataDir);
      try {
        expect(store.orders.get(`CUT${kill}`)).toBeUndefined();
        // ...and its loss is told, as a notice kept until a manager reads it.
        if (cut) expect(store.recovery.map((n) => `${n.kind} ${n.file}`)).toContain(`unfinished_save ${JOURNAL_FOLDER}/${cut}`);
        for (const [id, status] of acknowledged) {
          const order = store.orders.get(id);
          expect(order, `acknowledged order ${id} after kill ${kill + 1}`).toBeDefined();
          if (status === 'diagnosing') expect(order!.status).toBe('diagnosing');
          expect(store.customers.get(order!.customerId)).toBeDefined();
          expect(store.devices.get(order!.deviceId)).toBeDefined();
        }
      } finally {
        await store.close();
      }
      await everyFileParses(dataDir);
    }
    expect(writes).toBeGreaterThan(KILLS);
    expect(replayed).toBeGreaterThan(0);
    console.info(`[crash] ${KILLS} kills, ${writes} acknowledged writes, ${replayed} starts replayed a journal the files did not hold yet: none lost`);
  }, 300_000);
});
