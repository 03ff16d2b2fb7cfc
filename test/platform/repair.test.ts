import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../electron/platform/store/backup.js';
import { checksumStats } from '../../electron/platform/store/backupIndex.js';
import { shardOf } from '../../electron/platform/store/collection.js';
import type { RepairStep } from '../../electron/platform/store/recovery.js';
import { openStore } from '../../electron/platform/store/store.js';
import { intakeInput, openBackend, staffedWorkshop, tempDir, validImei } from './helpers.js';

const shardName = (id: string) => `orders/${String(shardOf(id, 64)).padStart(2, '0')}.json`;

/**
 * A folder with orders before and after a backup, two of its orders shards damaged: one cut at the end (its records
 * still whole), one deleted. Returns the folder and every order id.
 */
async function damagedFolder() {
  const dataDir = await tempDir();
  const t = await openBackend({ dataDir });
  const { manager, clerk } = await staffedWorkshop(t);
  const ids: string[] = [];
  const create = async (i: number) => ids.push((await clerk.ok('orders.create', intakeInput({ imei: validImei(String(35209900178000 + i)), phone: `+7 900 ${3000000 + i}` }))).order.id);
  for (let i = 0; i < 12; i++) await create(i);
  await manager.ok('data.backups.create', {});
  for (let i = 12; i < 24; i++) await create(i);
  await t.close();
  const byShard = new Map<string, string[]>();
  for (const id of ids) byShard.set(shardName(id), [...(byShard.get(shardName(id)) ?? []), id]);
  const shards = [...byShard.keys()].sort();
  const cut = shards[0];
  const text = await readFile(join(dataDir, cut), 'utf8');
  await writeFile(join(dataDir, cut), text.slice(0, text.length - 2));
  // The deleted one holds only orders from before the backup, which holds them all.
  const deleted = shards.find((shard) => shard !== cut && byShard.get(shard)!.every((id) => ids.indexOf(id) < 12))!;
  await rm(join(dataDir, deleted));
  return { dataDir, ids, damaged: [cut, deleted] };
}

async function expectAllThere(dataDir: string, ids: readonly string[]) {
  const store = await openStore(dataDir);
  try {
    expect(ids.filter((id) => !store.orders.get(id))).toEqual([]);
    return { notes: store.recovery, damagedFolder: await readdir(join(dataDir, 'damaged')).catch(() => []) };
  } finally {
    await store.close();
  }
}

/** The data folder as a SIGKILL would leave it now (the lock aside): a copy taken while the store runs. */
async function killImage(dataDir: string): Promise<string> {
  const copy = await tempDir();
  await cp(dataDir, copy, { recursive: true, filter: (source) => !source.endsWith('.lock') });
  return copy;
}

const member = (n: number, name: string) => ({ id: `01J00000000000000000000${String(n).padStart(3, '0')}`, name, role: 'clerk' as const, active: true, createdAt: '2026-01-01T00:00:00.000Z' });

describe('start-up repair', () => {
  it('rebuilds a damaged or missing file from the backup, what it still holds and the journal (saves it was not rewritten with)', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    await store.staff.insert(member(1, 'Anna'));
    await store.staff.insert(member(2, 'Boris'));
    // The backup is made from files holding every acknowledged record (exclusiveAll rewrites them first).
    await store.exclusiveAll(() => createBackup(dataDir, 'manual'));
    await store.staff.insert(member(3, 'Clara'));
    await store.staff.replace(member(1, 'Anna, renamed'));
    const [cut, missing] = [await killImage(dataDir), await killImage(dataDir)];
    await store.close();
    // The file as the last rewrite left it, then damaged: cut inside its second record, or gone.
    const text = await readFile(join(cut, 'staff.json'), 'utf8');
    await writeFile(join(cut, 'staff.json'), text.slice(0, text.indexOf('Boris')));
    await rm(join(missing, 'staff.json'));
    for (const [image, kind] of [[cut, 'damaged'], [missing, 'missing']] as const) {
      const again = await openStore(image);
      try {
        expect(again.staff.all().map((s) => s.name), kind).toEqual(['Anna, renamed', 'Boris', 'Clara']);
        expect(again.recovery).toEqual([expect.objectContaining({ kind, file: 'staff.json', fromBackup: 2, salvaged: kind === 'damaged' ? 1 : 0, total: 3 })]);
      } finally {
        await again.close();
      }
      const rebuilt = JSON.parse(await readFile(join(image, 'staff.json'), 'utf8'));
      expect(rebuilt.items.map((s: { name: string }) => s.name)).toEqual(['Anna, renamed', 'Boris', 'Clara']);
    }
  });

  it('is stopped between any two of its steps and started again: nothing is lost, each repair is noted once', async () => {
    const template = await damagedFolder();
    const steps: RepairStep[] = ['read', 'kept', 'noted', 'rebuilt'];
    for (const [n, step] of steps.entries()) {
      for (const second of steps) {
        const dataDir = join(await tempDir(), `case-${n}-${second}`);
        await cp(template.dataDir, dataDir, { recursive: true });
        // Killed at one step, then (the next start) at another, then left to finish.
        for (const stop of [step, second]) {
          const killAt = (at: RepairStep) => {
            if (at === stop) throw new Error(`killed after ${at}`);
          };
          await expect(openStore(dataDir, { onRepairStep: killAt })).rejects.toThrow(/killed/);
        }
        const { notes, damagedFolder: kept } = await expectAllThere(dataDir, template.ids);
        expect(notes.map((note) => `${note.kind} ${note.file}`).sort()).toEqual([`damaged ${template.damaged[0]}`, `missing ${template.damaged[1]}`].sort());
        expect(kept).toHaveLength(1);
      }
    }
  }, 120_000);

  it('keeps its notices on disk, prints them, and shows them until a manager acknowledges them', async () => {
    const { dataDir, damaged } = await damagedFolder();
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = await openBackend({ dataDir });
    expect(printed.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('[store] repaired')).length).toBe(2);
    expect(printed.mock.calls.some((call) => String(call[0]).includes(damaged[1]))).toBe(true);
    printed.mockRestore();
    await first.close();
    const second = await openBackend({ dataDir });
    expect((await second.public.ok('app.info', {})).recovery).toHaveLength(2);
    const staff = await second.public.ok('staff.list', {});
    const clerk = await second.signIn(staff.find((s) => s.role === 'clerk')!);
    const manager = await second.signIn(staff.find((s) => s.role === 'manager')!);
    expect(await clerk.call('app.acknowledgeRecovery', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await second.public.ok('app.info', {})).recovery).toHaveLength(2);
    expect(await manager.ok('app.acknowledgeRecovery', {})).toEqual({ acknowledged: 2 });
    expect((await second.public.ok('app.info', {})).recovery).toEqual([]);
    await second.close();
    const third = await openBackend({ dataDir });
    expect((await third.public.ok('app.info', {})).recovery).toEqual([]);
  });

  it('verifies each backup once, however many files it repairs', async () => {
    const { dataDir, ids } = await damagedFolder();
    const store = await openStore(dataDir);
    await store.close();
    for (let i = 0; i < 20; i++) await createBackup(dataDir, 'daily', new Date(Date.UTC(2026, 5, 1, i)));
    const damage = async () => {
      for (const shard of [...new Set(ids.map(shardName))].slice(0, 5)) {
        const text = await readFile(join(dataDir, shard), 'utf8');
        await writeFile(join(dataDir, shard), text.slice(0, text.length - 2));
      }
    };
    // Every backup's checksums were remembered when it was made: repairing five files reads none of them again.
    await damage();
    checksumStats.hashed = 0;
    expect((await expectAllThere(dataDir, ids)).notes.length).toBeGreaterThanOrEqual(5);
    expect(checksumStats.hashed).toBe(0);
    // Without the remembered checksums, each backup file is hashed once for all five repairs, not once per repair.
    const backups = join(dataDir, 'backups', 'auto');
    let files = 0;
    for (const id of await readdir(backups)) {
      await rm(join(backups, id, 'checksums.json'), { force: true });
      files += Object.keys(JSON.parse(await readFile(join(backups, id, 'manifest.json'), 'utf8')).files).length;
    }
    await damage();
    checksumStats.hashed = 0;
    await expectAllThere(dataDir, ids);
    expect(checksumStats.hashed).toBeGreaterThan(0);
    expect(checksumStats.hashed).toBeLessThanOrEqual(files);
  }, 60_000);
});
