import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Collection, shardOf } from '../../electron/platform/store/collection.js';
import { JOURNAL_FOLDER, journalLine } from '../../electron/platform/store/journal.js';
import { DataFolderLockedError } from '../../electron/platform/store/lock.js';
import { openStore } from '../../electron/platform/store/store.js';
import { intakeInput, openBackend, staffedWorkshop, tempDir } from './helpers.js';

const person = (id: string, name: string) => ({ id, kind: 'person' as const, name, phones: ['+7 900 0000000'], createdAt: '2026-01-01T00:00:00.000Z', createdBy: '01J00000000000000000000000' });
const ID = (n: number) => `01J00000000000000000000${String(n).padStart(3, '0')}`;

/** The data folder as a SIGKILL would leave it now (the lock aside): a copy taken while the store runs. */
async function killImage(dataDir: string): Promise<string> {
  const { cp } = await import('node:fs/promises');
  const copy = await tempDir();
  await cp(dataDir, copy, { recursive: true, filter: (source) => !source.endsWith('.lock') });
  return copy;
}

async function newestSegment(dataDir: string): Promise<string> {
  const names = (await readdir(join(dataDir, JOURNAL_FOLDER))).sort();
  return join(dataDir, JOURNAL_FOLDER, names.at(-1)!);
}

describe('the journal at start-up', () => {
  it('replays a journal whose files were rewritten but which was not cut: every record once, at its last version', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    await store.customers.insert(person(ID(1), 'First'));
    await store.customers.replace(person(ID(1), 'First, renamed'));
    await store.customers.insert(person(ID(2), 'Second'));
    const journal = await killImage(join(dataDir, JOURNAL_FOLDER));
    await store.flush();
    // As a kill between the rewrite of the files and the cut of the journal leaves it: the files hold every record,
    // and the journal still holds them too.
    const image = await killImage(dataDir);
    await store.close();
    const { cp } = await import('node:fs/promises');
    await cp(journal, join(image, JOURNAL_FOLDER), { recursive: true });
    const shard = JSON.parse(await readFile(join(image, 'customers', `${String(shardOf(ID(1), 64)).padStart(2, '0')}.json`), 'utf8'));
    expect(shard.items).toEqual([person(ID(1), 'First, renamed')]);
    for (let start = 0; start < 2; start++) {
      const again = await openStore(image);
      expect(again.customers.all().map((c) => c.name), `start ${start + 1}`).toEqual(start === 0 ? ['First, renamed', 'Second'] : ['First, renamed', 'Second, renamed']);
      expect(again.recovery).toEqual([]);
      if (start === 0) await again.customers.replace(person(ID(2), 'Second, renamed'));
      await again.close();
    }
    const last = await openStore(image);
    expect(last.customers.all().map((c) => c.name)).toEqual(['First, renamed', 'Second, renamed']);
    await last.close();
  });

  it('drops a cut or damaged last line (an append a kill interrupted, never acknowledged) and keeps every line before it', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    await store.customers.insert(person(ID(1), 'Acknowledged'));
    await store.customers.insert(person(ID(2), 'Acknowledged too'));
    const images = [await killImage(dataDir), await killImage(dataDir)];
    await store.close();
    const line = journalLine({ seq: 99, collection: 'customers', version: 1, files: ['customers/00.json'], records: [person(ID(3), 'Never acknowledged')] });
    const { appendFile } = await import('node:fs/promises');
    await appendFile(await newestSegment(images[0]), line.slice(0, Math.floor(line.length / 2)));
    await appendFile(await newestSegment(images[1]), line.replace('Never', 'Xever'));
    for (const image of images) {
      const again = await openStore(image);
      expect(again.customers.all().map((c) => c.name)).toEqual(['Acknowledged', 'Acknowledged too']);
      // Saves go on, and the next start finds them (and no trace of the cut line).
      await again.customers.insert(person(ID(4), 'After the restart'));
      await again.close();
      const third = await openStore(image);
      expect(third.customers.all().map((c) => c.name)).toEqual(['Acknowledged', 'Acknowledged too', 'After the restart']);
      await third.close();
    }
  });

  it('is refused by a save while the data is being replaced, and is empty once it is', async () => {
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    await store.customers.insert(person(ID(1), 'Before the restore'));
    let during: unknown;
    await store.replaceData(async () => {
      during = await store.customers.insert(person(ID(2), 'During the restore')).catch((error: unknown) => error);
      return { names: [], files: { ...store.manifestFiles }, setUp: store.setUp };
    });
    expect(during).toMatchObject({ code: 'storage' });
    expect(store.customers.all().map((c) => c.name)).toEqual(['Before the restore']);
    await store.customers.insert(person(ID(3), 'After the restore'));
    await store.close();
    const again = await openStore(dataDir);
    expect(again.customers.all().map((c) => c.name)).toEqual(['Before the restore', 'After the restore']);
    await again.close();
  });
});

describe('the store on disk', () => {
  it('keeps a file per small collection and a folder of 64 files per large one, each with its schema version', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const { order } = await manager.ok('orders.create', intakeInput());
    // A save is in the journal at once and in its file once the files are rewritten (in the background, or now).
    await t.backend.store.flush();
    const files = (await readdir(t.dataDir)).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort();
    expect(files).toEqual(['cashDays.json', 'cashMovements.json', 'claims.json', 'counterparties.json', 'counterpartyClaims.json', 'defectCodes.json', 'examinations.json', 'labour.json', 'loaners.json', 'loans.json', 'models.json', 'notificationSettings.json', 'parts.json', 'payments.json', 'requisitions.json', 'settings.json', 'shipments.json', 'staff.json', 'unlockCodes.json']);
    const shards = (await readdir(join(t.dataDir, 'orders'))).sort();
    expect(shards).toHaveLength(64);
    const shard = JSON.parse(await readFile(join(t.dataDir, 'orders', shards[shardOf(order.id, 64)]), 'utf8'));
    expect(shard).toEqual({ schemaVersion: 1, items: [order] });
  });

  it('rewrites only the file of the record it saves (when the journal is compacted)', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const { order } = await manager.ok('orders.create', intakeInput());
    await t.backend.store.flush();
    const mtimes = async () =>
      Object.fromEntries(await Promise.all((await readdir(join(t.dataDir, 'orders'))).map(async (f) => [f, (await stat(join(t.dataDir, 'orders', f))).mtimeMs])));
    const before = await mtimes();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await manager.ok('orders.transition', { id: order.id, to: 'diagnosing' });
    await t.backend.store.flush();
    const after = await mtimes();
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed).toEqual([`${String(shardOf(order.id, 64)).padStart(2, '0')}.json`]);
  });

  it('moves a collection kept in one file into its shards, keeping the old file as a backup', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { manager } = await staffedWorkshop(first);
    const { order } = await manager.ok('orders.create', intakeInput());
    await first.close();
    // As an earlier version kept it: every order in orders.json.
    const { rm } = await import('node:fs/promises');
    await rm(join(dataDir, 'orders'), { recursive: true });
    await writeFile(join(dataDir, 'orders.json'), JSON.stringify({ schemaVersion: 1, items: [order] }));
    const second = await openBackend({ dataDir });
    expect((await (await second.signIn(manager)).ok('orders.get', { id: order.id })).order.number).toBe(order.number);
    expect((await readdir(dataDir)).includes('orders.json')).toBe(false);
    expect((await readdir(join(dataDir, 'backups', 'pre-migration'))).some((f) => f.startsWith('orders.single-file'))).toBe(true);
  });

  it('finds every acknowledged change again after a restart', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { manager } = await staffedWorkshop(first);
    const created = await manager.ok('orders.create', intakeInput());
    await manager.ok('orders.transition', { id: created.order.id, to: 'diagnosing' });
    await first.close();

    const second = await openBackend({ dataDir });
    const reopened = await (await second.signIn(manager)).ok('orders.get', { id: created.order.id });
    expect(reopened.order.status).toBe('diagnosing');
    expect(reopened.order.timeline.map((e) => e.to)).toEqual(['received', 'diagnosing']);
    expect(reopened.customer.name).toBe('Ivan Petrov');
  });

  it('lets one process own a data folder: a second one is refused with a clear message', async () => {
    const dataDir = await tempDir();
    await openBackend({ dataDir });
    const second = openStore(dataDir);
    await expect(second).rejects.toBeInstanceOf(DataFolderLockedError);
    await expect(openStore(dataDir)).rejects.toThrow(/already in use by another running copy/);
  });

  it('does not start on a damaged file as if it were empty: it keeps the damaged file aside and reports it', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    await staffedWorkshop(first);
    await first.close();
    await writeFile(join(dataDir, 'staff.json'), '{"schemaVersion":1,"items":[{"id":');
    const store = await openStore(dataDir);
    try {
      expect(store.recovery).toEqual([expect.objectContaining({ file: 'staff.json', problem: expect.stringContaining('damaged') })]);
      // The damaged file is kept, byte for byte, for inspection.
      const [kept] = await readdir(join(dataDir, 'damaged'));
      expect(await readFile(join(dataDir, 'damaged', kept), 'utf8')).toBe('{"schemaVersion":1,"items":[{"id":');
    } finally {
      await store.close();
    }
  });

  it('migrates an older file after backing it up, and refuses a newer one', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'notes.json'), JSON.stringify({ schemaVersion: 1, items: [{ id: 'a', text: 'old' }] }));
    const spec = {
      name: 'notes',
      version: 2,
      migrations: [{ from: 1, migrate: (items: unknown[]) => items.map((i) => ({ ...(i as object), body: (i as { text: string }).text })) }],
    };
    const notes = await Collection.open<{ id: string; body?: string }>(dataDir, spec);
    expect(notes.get('a')?.body).toBe('old');
    expect(JSON.parse(await readFile(join(dataDir, 'notes.json'), 'utf8')).schemaVersion).toBe(2);
    const backups = await readdir(join(dataDir, 'backups', 'pre-migration'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dataDir, 'backups', 'pre-migration', backups[0]), 'utf8')).schemaVersion).toBe(1);

    await expect(Collection.open(dataDir, { name: 'notes', version: 1 })).rejects.toThrow(/newer version/);
  });

  it('finds records by a derived key, in step with inserts, replacements and undone writes', async () => {
    const dataDir = await tempDir();
    const units = await Collection.open<{ id: string; serial: string }>(dataDir, { name: 'units', version: 1, shards: 4 });
    const bySerial = (key: string) => units.byKey('serial', (u) => [u.serial], key).map((u) => u.id);
    await units.applyBatch([{ id: '01A', serial: 'S1' }, { id: '01B', serial: 'S2' }], []);
    expect(bySerial('S1')).toEqual(['01A']);
    await units.insert({ id: '01C', serial: 'S1' });
    expect(bySerial('S1')).toEqual(['01A', '01C']);
    await units.replace({ id: '01A', serial: 'S9' });
    expect(bySerial('S1')).toEqual(['01C']);
    expect(bySerial('S9')).toEqual(['01A']);
    // A write that fails is undone in the index too.
    const { rm, mkdir } = await import('node:fs/promises');
    const shard = join(dataDir, 'units', `${String(shardOf('01D', 4)).padStart(2, '0')}.json`);
    await rm(shard, { force: true });
    await mkdir(shard);
    await writeFile(join(shard, 'x'), 'x');
    await expect(units.insert({ id: '01D', serial: 'S2' })).rejects.toMatchObject({ code: 'storage' });
    expect(bySerial('S2')).toEqual(['01B']);
  });

  it('lists a record once when its index is first asked for while the record is being written', async () => {
    const units = await Collection.open<{ id: string; serial: string }>(await tempDir(), { name: 'units', version: 1 });
    const writing = units.insert({ id: '01E', serial: 'S5' });
    expect(units.byKey('serial', (u) => [u.serial], 'S5').map((u) => u.id)).toEqual(['01E']);
    await writing;
    expect(units.byKey('serial', (u) => [u.serial], 'S5').map((u) => u.id)).toEqual(['01E']);
  });

  it('does not let memory run ahead of disk when a write fails', async () => {
    const dataDir = await tempDir();
    const staff = await Collection.open<{ id: string; name: string }>(dataDir, { name: 'people', version: 1 });
    await staff.insert({ id: 'one', name: 'First' });
    const { chmod } = await import('node:fs/promises');
    if (process.getuid?.() === 0) {
      // root ignores permissions: make the target a directory so the rename fails instead
      const { rm, mkdir } = await import('node:fs/promises');
      await rm(join(dataDir, 'people.json'));
      await mkdir(join(dataDir, 'people.json'));
      await writeFile(join(dataDir, 'people.json', 'x'), 'x');
    } else {
      await chmod(dataDir, 0o500);
    }
    await expect(staff.insert({ id: 'two', name: 'Second' })).rejects.toMatchObject({ code: 'storage' });
    expect(staff.get('two')).toBeUndefined();
    await chmod(dataDir, 0o700);
  });
});
