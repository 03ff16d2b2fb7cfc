import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_PIN, generate } from '../../build/bench/dataset.js';
import { AuditLog } from '../../electron/platform/store/audit.js';
import { APPLICATION_PIN_HASHER, intakeInput, type Member, openBackend, staffedWorkshop, tempDir, validImei } from './helpers.js';

/**
 * A real small file system (tmpfs) as the data folder: the disk really fills up, and really turns read-only.
 * Mounting needs root, which the test machines and CI have; elsewhere these tests are skipped and say so.
 */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function smallDisk(sizeKb: number): Promise<{ dir: string; remount(options: string): void }> {
  const dir = join(await tempDir(), 'disk');
  await mkdir(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  return { dir, remount: (options) => execFileSync('mount', ['-o', `remount,${options}`, dir]) };
}

async function unmount(dir: string): Promise<void> {
  execFileSync('umount', ['-l', dir]);
  await rm(dir, { recursive: true, force: true });
}

/** Every JSON file under the folder parses. */
async function allFilesParse(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    JSON.parse(await readFile(join(entry.parentPath, entry.name), 'utf8'));
    count++;
  }
  return count;
}

/** Every order number, page by page. */
async function allNumbers(member: Member): Promise<string[]> {
  const numbers: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await member.ok('orders.list', { limit: 500, offset });
    numbers.push(...page.rows.map((r) => r.number));
    if (page.rows.length < 500) return numbers;
  }
}

describe.skipIf(!canMount())('a full disk and a read-only folder', () => {
  it('a full disk refuses the intake with a storage error; nothing half-saved is shown, and freeing space lets work go on', async () => {
    const disk = await smallDisk(4096);
    try {
      const t = await openBackend({ dataDir: join(disk.dir, 'data') });
      const { clerk } = await staffedWorkshop(t);
      // Leave a little room, then take devices in until the disk is full.
      const filler = join(disk.dir, 'filler.bin');
      const free = Number(execFileSync('df', ['--output=avail', '-B1', disk.dir], { encoding: 'utf8' }).split('\n')[1]);
      await writeFile(filler, Buffer.alloc(Math.max(0, free - 96 * 1024)));
      const acknowledged: string[] = [];
      let refusal: unknown;
      for (let i = 0; i < 500 && !refusal; i++) {
        const result = await clerk.call('orders.create', intakeInput({ imei: validImei(`35290611${String(100000 + i)}`), name: `Customer ${i}` }));
        if (result.ok) acknowledged.push(result.value.order.number);
        else refusal = result.error;
      }
      expect(refusal).toMatchObject({ code: 'storage' });
      expect(acknowledged.length).toBeGreaterThan(0);

      // What the screens see is exactly what is on disk: the refused order is not in the list.
      const listed = await clerk.ok('orders.list', {});
      expect(listed.rows.map((r) => r.number).sort()).toEqual([...acknowledged].sort());

      // Space is freed: the next intake goes through, and everything is there after a restart.
      await rm(filler);
      const after = await clerk.ok('orders.create', intakeInput({ imei: validImei('35290611999999'), name: 'After the cleanup' }));
      acknowledged.push(after.order.number);
      await t.close();
      const reopened = await openBackend({ dataDir: join(disk.dir, 'data') });
      const listing = await (await reopened.signIn(clerk)).ok('orders.list', {});
      const rows = listing.rows.map((r) => r.number).sort();
      expect(rows).toEqual([...acknowledged].sort());
      expect(await allFilesParse(join(disk.dir, 'data'))).toBeGreaterThan(0);
      await reopened.close();
    } finally {
      await unmount(disk.dir);
    }
  }, 60_000);

  it('a disk that fills while files larger than a page and than the free space are rewritten loses no acknowledged record', async () => {
    const disk = await smallDisk(8192);
    try {
      const dataDir = join(disk.dir, 'data');
      // 1,500 orders: each orders shard is about 40 KB (ten pages); 160 KB are left, soon less than one shard.
      const dataset = await generate(dataDir, 1500);
      // The dataset's PINs are hashed as the application hashes them (build/bench/dataset.ts).
      const t = await openBackend({ dataDir, pinHasher: APPLICATION_PIN_HASHER });
      const manager = await t.signIn({ id: dataset.managerId }, BENCH_PIN);
      const before = await allNumbers(manager);
      const open = (await manager.ok('orders.list', { limit: 500, status: 'in_repair' })).rows.map((r) => r.id);
      expect(open.length).toBeGreaterThan(0);
      expect(before).toHaveLength(1500);
      const free = Number(execFileSync('df', ['--output=avail', '-B1', disk.dir], { encoding: 'utf8' }).split('\n')[1]);
      await writeFile(join(disk.dir, 'filler.bin'), Buffer.alloc(Math.max(0, free - 160 * 1024)));
      const acknowledged: string[] = [];
      const diagnosed = new Map<string, string>();
      let refusals = 0;
      for (let i = 0; i < 200 && refusals < 12; i++) {
        const created = await manager.call('orders.create', intakeInput({ imei: validImei(`35290622${String(100000 + i)}`), name: `Full ${i}` }));
        if (created.ok) acknowledged.push(created.value.order.number);
        else {
          expect(created.error.code).toBe('storage');
          refusals++;
        }
        // A change to an existing order rewrites its whole shard (about 40 KB) with less room than that left.
        const id = open[i % open.length];
        const notes = `Checked on a full disk ${i}`;
        const diagnosis = await manager.call('orders.diagnose', { id, notes });
        if (diagnosis.ok) diagnosed.set(id, notes);
        else {
          expect(diagnosis.error.code).toBe('storage');
          refusals++;
        }
      }
      await t.close();

      // Restarted on the still full disk, and again once space is freed: every acknowledged record is there.
      for (const phase of ['full', 'freed']) {
        if (phase === 'freed') await rm(join(disk.dir, 'filler.bin'));
        const reopened = await openBackend({ dataDir, pinHasher: APPLICATION_PIN_HASHER });
        const managerAgain = await reopened.signIn(manager, BENCH_PIN);
        const numbers = new Set(await allNumbers(managerAgain));
        const missing = [...before, ...acknowledged].filter((n) => !numbers.has(n));
        expect(missing, `orders lost after a restart (${phase} disk)`).toEqual([]);
        for (const [id, notes] of diagnosed) expect((await managerAgain.ok('orders.get', { id })).order.diagnosis?.notes).toBe(notes);
        await reopened.close();
      }
      expect(await allFilesParse(dataDir)).toBeGreaterThan(0);
      // The disk did fill: writes were refused, none was taken for done.
      expect(refusals).toBeGreaterThan(0);
      console.info(`[disk full] ${before.length + acknowledged.length} orders, ${diagnosed.size} diagnoses acknowledged, ${refusals} writes refused as storage: none lost after two restarts`);
    } finally {
      await unmount(disk.dir);
    }
  }, 60_000);

  it('a folder that turns read-only refuses changes with a storage error and keeps serving what is saved', async () => {
    const disk = await smallDisk(4096);
    try {
      const t = await openBackend({ dataDir: join(disk.dir, 'data') });
      const { clerk, technician } = await staffedWorkshop(t);
      const saved = await clerk.ok('orders.create', intakeInput());
      // The files rewritten first: a remount to read-only waits for no file open for writing (the journal holds none).
      await t.backend.store.flush();
      disk.remount('ro');
      const refused = await clerk.call('orders.create', intakeInput({ imei: validImei('35290611777777'), name: 'Not saved' }));
      expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
      const assign = await clerk.call('orders.assign', { id: saved.order.id, technicianId: technician.id });
      expect(assign).toMatchObject({ ok: false, error: { code: 'storage' } });
      const view = await clerk.ok('orders.get', { id: saved.order.id });
      expect(view.order.technicianId).toBeUndefined();
      expect((await clerk.ok('orders.list', {})).rows.map((r) => r.number)).toEqual([saved.order.number]);
      disk.remount('rw');
      await t.close();
      const reopened = await openBackend({ dataDir: join(disk.dir, 'data') });
      expect((await (await reopened.signIn(clerk)).ok('orders.list', {})).rows.map((r) => r.number)).toEqual([saved.order.number]);
      await reopened.close();
    } finally {
      await unmount(disk.dir);
    }
  }, 60_000);

  it('an audit entry that does not fit waits, whole, for space, and the chain stays unbroken', async () => {
    const disk = await smallDisk(256);
    try {
      const audit = await AuditLog.open(disk.dir);
      await audit.record('orders', [{ id: 'A', after: { n: 1 } }]);
      const filler = join(disk.dir, 'filler.bin');
      const free = Number(execFileSync('df', ['--output=avail', '-B1', disk.dir], { encoding: 'utf8' }).split('\n')[1]);
      await writeFile(filler, Buffer.alloc(free));
      // A large entry cannot be appended: the save it belongs to is not failed for it, and no half line is left.
      await audit.record('orders', [{ id: 'B', after: { text: 'x'.repeat(64 * 1024) } }]);
      expect(audit.unwritten).toBe(1);
      const [month] = await readdir(join(disk.dir, 'audit'));
      expect((await readFile(join(disk.dir, 'audit', month), 'utf8')).trim().split('\n')).toHaveLength(1);
      await rm(filler);
      await audit.record('orders', [{ id: 'C', after: { n: 3 } }]);
      expect(audit.unwritten).toBe(0);
      const entries = await audit.entries({ limit: 10, offset: 0 });
      expect(entries.rows.map((e) => e.id)).toEqual(['C', 'B', 'A']);
      expect(await audit.verify()).toMatchObject({ entries: 3, intact: true });
    } finally {
      await unmount(disk.dir);
    }
  });
});
