import { appendFile, cp, readdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/platform/store/backup.js';
import { batchOf, shardOf } from '../../electron/platform/store/collection.js';
import { JOURNAL_FOLDER, journalFaults } from '../../electron/platform/store/journal.js';
import { openStore, type Store } from '../../electron/platform/store/store.js';
import { tempDir } from './helpers.js';

const AT = '2026-01-01T00:00:00.000Z';
const BY = '01J00000000000000000000000';
const ID = (n: number) => `01J0000000000000000000${String(n).padStart(4, '0')}`;
const person = (n: number) => ({ id: ID(n), kind: 'person' as const, name: `Customer ${n}`, phones: ['+7 900 0000000'], createdAt: AT, createdBy: BY });
const unit = (n: number, owner: number) => ({ id: ID(1000 + n), ownerId: ID(owner), category: 'Phone', brand: 'Test', model: `M${n}`, createdAt: AT, createdBy: BY });

/** The data folder as a SIGKILL would leave it now (the lock aside): a copy taken while the store runs. */
async function killImage(dataDir: string): Promise<string> {
  const copy = await tempDir();
  await cp(dataDir, copy, { recursive: true, filter: (source) => !source.endsWith('.lock') });
  return copy;
}

const newestSegment = async (dataDir: string) => join(dataDir, JOURNAL_FOLDER, (await readdir(join(dataDir, JOURNAL_FOLDER))).sort().at(-1)!);
const names = (store: Store) => ({ customers: store.customers.all().map((c) => c.id), devices: store.devices.all().map((d) => d.id) });

/** Ten customers and ten units saved as one change (one journal line), then five of each removed as one. */
async function saveAndRemove(store: Store) {
  const customers = Array.from({ length: 10 }, (_, i) => person(i + 1));
  const devices = customers.map((_, i) => unit(i + 1, i + 1));
  await store.exclusive(() => store.applyTogether([batchOf(store.customers, { inserts: customers }), batchOf(store.devices, { inserts: devices })]));
  const gone = { customers: customers.slice(0, 5).map((c) => c.id), devices: devices.slice(0, 5).map((d) => d.id) };
  return { customers, devices, gone };
}

describe('a change across collections, saved as one', () => {
  it('is replayed whole after a kill, and removals stay removed through compaction and restarts, with lower counts and no repair', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    const { gone } = await saveAndRemove(store);
    const afterSave = await killImage(dataDir);
    await store.exclusive(() => store.applyTogether([batchOf(store.customers, { removals: gone.customers }), batchOf(store.devices, { removals: gone.devices })]));
    expect(store.customers.size).toBe(5);
    expect(store.customers.get(gone.customers[0])).toBeUndefined();
    const afterRemoval = await killImage(dataDir);
    await store.close();

    // Killed after the save, before any file was rewritten: both collections come back from the journal.
    const first = await openStore(afterSave);
    expect(names(first).customers).toHaveLength(10);
    expect(names(first).devices).toHaveLength(10);
    await first.close();
    // Killed after the removal: the journal replays the inserts, then takes the removed ones out again.
    const second = await openStore(afterRemoval);
    expect(names(second).customers).toEqual([6, 7, 8, 9, 10].map(ID));
    expect(second.recovery).toEqual([]);
    await second.close();
    // The closed folder's files (compacted at close) hold five of each, and the manifest counts went down with them.
    const manifest = JSON.parse(await readFile(join(dataDir, '.store-manifest.json'), 'utf8')) as { files: Record<string, number> };
    const shard = (id: string) => `customers/${String(shardOf(id, 64)).padStart(2, '0')}.json`;
    expect(manifest.files[shard(gone.customers[0])]).toBe(0);
    const again = await openStore(dataDir);
    expect(again.recovery).toEqual([]);
    expect(again.devices.size).toBe(5);
    await again.close();
  });

  it('drops a cut line whole: none of its collections gets any of it', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    const { gone } = await saveAndRemove(store);
    await store.exclusive(() => store.applyTogether([batchOf(store.customers, { removals: gone.customers }), batchOf(store.devices, { removals: gone.devices })]));
    const image = await killImage(dataDir);
    await store.close();
    // The removal was the last line: cut anywhere inside it (as a kill in the middle of its append leaves it).
    const segment = await newestSegment(image);
    const bytes = await readFile(segment);
    const lineStart = bytes.lastIndexOf(10, bytes.length - 2) + 1;
    for (const keep of [10, Math.floor((bytes.length - lineStart) / 2), bytes.length - lineStart - 2]) {
      const copy = await killImage(image);
      await truncate(await newestSegment(copy), lineStart + keep);
      const reopened = await openStore(copy);
      expect(names(reopened).customers, `cut after ${keep} bytes`).toHaveLength(10);
      expect(names(reopened).devices).toHaveLength(10);
      expect(reopened.recovery.map((n) => n.kind)).toEqual(['unfinished_save']);
      await reopened.close();
    }
  });

  it('leaves every collection as it was when its line is refused, or when one part breaks its collection’s checks', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    const { gone } = await saveAndRemove(store);
    const before = names(store);
    journalFaults.refuse = (files) => files.some((file) => file.startsWith('devices/'));
    try {
      const refused = store.exclusive(() => store.applyTogether([batchOf(store.customers, { removals: gone.customers }), batchOf(store.devices, { removals: gone.devices })]));
      await expect(refused).rejects.toMatchObject({ code: 'storage' });
    } finally {
      journalFaults.refuse = undefined;
    }
    expect(names(store)).toEqual(before);
    expect(store.customers.get(gone.customers[0])?.name).toBe('Customer 1');
    // A removal of an id that is not there is refused before anything changes (the customers' part included).
    const unknown = store.exclusive(() => store.applyTogether([batchOf(store.customers, { removals: gone.customers }), batchOf(store.devices, { removals: [ID(9999)] })]));
    await expect(unknown).rejects.toMatchObject({ code: 'not_found' });
    expect(names(store)).toEqual(before);
    await store.close();
    const again = await openStore(dataDir);
    expect(names(again)).toEqual(before);
    await again.close();
  });

  it('keeps a removed record removed when its file is rebuilt from a backup that still holds it', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    const { gone } = await saveAndRemove(store);
    await store.exclusiveAll(() => createBackup(dataDir, 'manual'));
    await store.exclusive(() => store.applyTogether([batchOf(store.customers, { removals: gone.customers })]));
    const image = await killImage(dataDir);
    await store.close();
    // The shard of a removed customer is damaged before the journal was cut: it is rebuilt from the backup, whose
    // copy holds the customer, and the journal's removal is laid over it.
    const file = join(image, 'customers', `${String(shardOf(gone.customers[0], 64)).padStart(2, '0')}.json`);
    await appendFile(file, '{ damaged');
    const reopened = await openStore(image);
    expect(reopened.recovery.map((n) => n.kind)).toContain('damaged');
    expect(reopened.customers.get(gone.customers[0])).toBeUndefined();
    expect(reopened.customers.size).toBe(5);
    await reopened.close();
  });
});
