import { type ChildProcess, spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/platform/store/backup.js';
import { JOURNAL_FOLDER, journalLine } from '../../electron/platform/store/journal.js';
import { openStore } from '../../electron/platform/store/store.js';
import { openBackend, TEST_PIN, tempDir } from './helpers.js';

/**
 * The fault-injection run of issue 21: a store process killed with SIGKILL 30 times while it writes and 30 times
 * while it repairs damaged files at start-up, a deleted shard, a deleted staff.json, a crafted archive. After each:
 * the store starts, and every acknowledged record is there with its last acknowledged value. The worker is bundled
 * once (esbuild) so that a start costs a fraction of a second, and every wait is for a line the worker prints.
 */
const KILLS = 30;
let worker: string;
let buildDir: string;

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'workshop-fault-'));
  worker = join(buildDir, 'storeWorker.mjs');
  await build({
    entryPoints: ['test/platform/crash/storeWorker.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile: worker,
    // CommonJS dependencies (proper-lockfile) require Node's modules and may name their own file.
    banner: {
      js: "import { createRequire } from 'node:module'; import { fileURLToPath } from 'node:url'; const require = createRequire(import.meta.url); const __filename = fileURLToPath(import.meta.url);",
    },
    logLevel: 'error',
  });
});
afterAll(() => rm(buildDir, { recursive: true, force: true }));

type Acked = Map<string, { what: string; value: string }>;

/** Run the worker; `onLine` sees each complete line and may kill it. Resolves with its lines once it has ended. */
function run(mode: 'write' | 'open', dataDir: string, onLine: (line: string, child: ChildProcess, count: number) => void): Promise<{ lines: string[]; signal: NodeJS.Signals | null; code: number | null; errors: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [worker, mode, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let rest = '';
    let errors = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (child.exitCode === null && !child.killed) onLine(line, child, lines.length);
      }
    });
    child.stdin!.on('error', () => undefined);
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    // Only complete lines count: a line cut by the kill was not yet acknowledged to anyone.
    child.on('exit', (code, signal) => resolve({ lines, signal, code, errors }));
  });
}

function remember(acked: Acked, lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) {
    const [tag, what, id, ...value] = line.split(' ');
    if (tag !== 'ACK') continue;
    acked.set(id, { what, value: value.join(' ') });
    count++;
  }
  return count;
}

/** Open the store as the application does; every acknowledged record must be there. Returns how many are missing. */
async function lost(dataDir: string, acked: Acked): Promise<string[]> {
  const store = await openStore(dataDir);
  try {
    const missing: string[] = [];
    for (const [id, { what, value }] of acked) {
      const record = what === 'customer' ? store.customers.get(id) : store.staff.get(id);
      // A kill between a save reaching the disk and its ACK line leaves the record newer than its last ACK: the
      // writer's rename of "Fault <pid>-<i>" ("Renamed <pid>-<i>") was durable, only its acknowledgement was cut.
      const name = (record as { name?: string } | undefined)?.name;
      const asAcked = name === value || name === value.replace(/^Fault /, 'Renamed ');
      if (!record || (what === 'customer' && !asAcked)) missing.push(`${what} ${id} (${value}, found ${name ?? 'nothing'})`);
    }
    return missing;
  } finally {
    await store.close();
  }
}

/** Damage for a start-up to repair; the backup holds every record, so none of it may lose anything. */
async function damage(dataDir: string, round: number): Promise<void> {
  const shards = (await readdir(join(dataDir, 'customers'))).filter((name) => /^\d\d\.json$/.test(name));
  const shard = join(dataDir, 'customers', shards[(round * 7) % shards.length]);
  const text = await readFile(shard, 'utf8');
  if (round % 4 === 0) await rm(shard);
  else if (round % 4 === 1) await writeFile(shard, text.slice(0, Math.floor(text.length * ((round % 10) / 10))));
  else if (round % 4 === 2) await rm(join(dataDir, 'staff.json'), { force: true });
  else await writeFile(join(dataDir, 'staff.json'), '{"schemaVersion":1,"items":[{"id":"0');
}

describe('fault injection', () => {
  it(`loses no acknowledged record through ${KILLS} kills while writing, ${KILLS} kills while repairing, deleted files and a crafted archive`, async () => {
    const dataDir = await tempDir();
    const acked: Acked = new Map();
    let writes = 0;
    let midCompaction = 0;
    const cut: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const killAfter = 2 + ((kill * 13) % 40);
      const result = await run('write', dataDir, (_line, child, count) => {
        if (count >= killAfter) child.kill('SIGKILL');
      });
      expect(result.signal, result.errors).toBe('SIGKILL');
      expect(result.lines[0], `start ${kill + 1}`).toBe('READY');
      writes += remember(acked, result.lines);
      const segments = (await readdir(join(dataDir, JOURNAL_FOLDER))).sort();
      // More than one segment: killed before the journal was cut (a rewrite of the files under way, or not begun).
      if (segments.length > 1) midCompaction++;
      if (kill % 3 === 1) {
        // Killed in the middle of an append: a cut line (never acknowledged) at the end of the newest segment.
        const line = journalLine({ seq: 1e9 + kill, collection: 'customers', version: 1, files: ['customers/00.json'], records: [{ id: `CUT${kill}` }] });
        await appendFile(join(dataDir, JOURNAL_FOLDER, segments.at(-1)!), line.slice(0, line.length - 1 - (kill % 7)));
        cut.push(`CUT${kill}`);
      }
      if (kill % 5 === 4) expect(await lost(dataDir, acked), `after write kill ${kill + 1}`).toEqual([]);
    }
    expect(await lost(dataDir, acked)).toEqual([]);
    const check = await openStore(dataDir);
    expect(cut.filter((id) => check.customers.get(id))).toEqual([]);
    await check.close();

    // A deleted shard and a deleted staff.json come back from the backup.
    await createBackup(dataDir, 'manual');
    const customers = (await readdir(join(dataDir, 'customers'))).filter((name) => /^\d\d\.json$/.test(name));
    await rm(join(dataDir, 'customers', customers[0]));
    await rm(join(dataDir, 'staff.json'));
    expect(await lost(dataDir, acked)).toEqual([]);

    // Start-ups killed between repair steps (or just after one, in the middle of the next), over fresh damage.
    let repairKills = 0;
    for (let round = 0; round < KILLS; round++) {
      await damage(dataDir, round);
      const killAt = 1 + (round % 4);
      const result = await run('open', dataDir, (line, child, count) => {
        if (!line.startsWith('STEP')) return;
        if (count < killAt) return void child.stdin!.write('go\n');
        if (round % 2) child.stdin!.write('go\n');
        child.kill('SIGKILL');
      });
      if (result.signal === 'SIGKILL') repairKills++;
      else expect(result.lines.at(-1), result.errors).toBe('OPENED');
      // Half of the rounds leave the half-done repair to the next killed start; the others check right away.
      if (round % 2 === 1) expect(await lost(dataDir, acked), `after repair round ${round + 1}`).toEqual([]);
    }
    expect(repairKills).toBe(KILLS);
    expect(await lost(dataDir, acked)).toEqual([]);

    // A crafted archive (a document pointing outside, a link) is refused whole; the data is untouched.
    const t = await openBackend({ dataDir });
    // The worker's members come from before PINs: the manager signs in without one and must choose it first.
    const listed = (await t.public.ok('staff.list', {})).find((member) => member.role === 'manager')!;
    const manager = await t.signIn(listed, '');
    await manager.ok('staff.setPin', { id: manager.id, pin: TEST_PIN });
    const exported = await manager.ok('data.export', { folder: await tempDir() });
    const unpacked = await tempDir();
    await tar.extract({ file: exported.file, cwd: unpacked });
    await mkdir(join(unpacked, 'documents'), { recursive: true });
    await writeFile(join(unpacked, 'documents', '00.json'), JSON.stringify({ schemaVersion: 1, items: [{ id: manager.id, kind: 'intake_act', number: 'X', language: 'en', issuedAt: new Date().toISOString(), issuedBy: manager.id, file: '../../etc/hostname', sha256: '0', bytes: 1 }] }));
    await symlink('/etc/passwd', join(unpacked, 'documents', 'passwd.pdf'));
    const crafted = join(await tempDir(), 'crafted.tar.gz');
    await tar.create({ gzip: true, file: crafted, cwd: unpacked, portable: true }, await readdir(unpacked));
    const refused = await manager.call('data.import', { file: crafted, confirm: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fields: { file: 'unsafe_path' } } });
    await t.close();
    expect(await lost(dataDir, acked)).toEqual([]);
    console.info(`[fault injection] ${KILLS} write kills (${writes} acknowledged writes, ${acked.size} records, ${midCompaction} before the journal was cut, ${cut.length} with a cut journal line), ${repairKills} repair kills: 0 acknowledged records lost`);
  }, 120_000);
});
