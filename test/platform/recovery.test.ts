import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../electron/platform/store/collection.js';
import { createBackup, listBackups, rotateBackups } from '../../electron/platform/store/backup.js';
import { salvageRecords } from '../../electron/platform/store/salvage.js';
import { intakeInput, openBackend, staffedWorkshop, tempDir, validImei } from './helpers.js';

const shardFile = (dataDir: string, collection: string, id: string) => join(dataDir, collection, `${String(shardOf(id, 64)).padStart(2, '0')}.json`);

describe('backups', () => {
  it('copy every data file with checksums, list them newest first, and notice a damaged copy', async () => {
    const t = await openBackend();
    const { clerk, manager } = await staffedWorkshop(t);
    await clerk.ok('orders.create', intakeInput());
    const made = await manager.ok('data.backups.create', {});
    const [listed] = await clerk.ok('data.backups.list', {});
    expect(listed).toMatchObject({ id: made.id, reason: 'manual', verified: true, records: { orders: 1, customers: 1, devices: 1, staff: 3 } });
    const manifest = JSON.parse(await readFile(join(t.dataDir, 'backups', 'auto', made.id, 'manifest.json'), 'utf8'));
    const someFile = Object.keys(manifest.files).find((f) => f.startsWith('orders'))!;
    await writeFile(join(t.dataDir, 'backups', 'auto', made.id, someFile), '{"tampered":true}');
    expect((await clerk.ok('data.backups.list', {}))[0].verified).toBe(false);
  });

  it('keep the last backup of each of 7 days and of 4 weeks before them', async () => {
    const dataDir = await tempDir();
    const t = await openBackend({ dataDir });
    await staffedWorkshop(t);
    const now = new Date('2026-06-30T12:00:00Z');
    for (let day = 0; day < 40; day++) {
      for (const hour of [9, 17]) await createBackup(dataDir, 'daily', new Date(Date.UTC(2026, 5, 30 - day, hour)));
    }
    await rotateBackups(dataDir, now);
    const kept = (await listBackups(dataDir)).map((b) => b.createdAt.slice(0, 13));
    // Everything younger than a day, then the last backup of each day until 7 days are covered, then one a week.
    expect(kept.slice(0, 3)).toEqual(['2026-06-30T17', '2026-06-30T09', '2026-06-29T17']);
    expect(kept.slice(3, 8)).toEqual(['2026-06-28T17', '2026-06-27T17', '2026-06-26T17', '2026-06-25T17', '2026-06-24T17']);
    const weekly = kept.slice(8);
    expect(weekly).toHaveLength(4);
    expect(new Set(weekly.map((stamp) => stamp.slice(0, 10))).size).toBe(4);
    expect(weekly.every((stamp) => stamp < '2026-06-24')).toBe(true);
    // 80 backups of every collection file (about 60 ms each on a quiet 2-core machine).
  }, 60_000);
});

describe('start-up integrity check', () => {
  it('restores a file cut in half from the last backup plus every record still readable in it, and says so', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { clerk, manager } = await staffedWorkshop(first);
    const before = await clerk.ok('orders.create', intakeInput());
    await manager.ok('data.backups.create', {});
    // After the backup: a second order in the same shard file as the first, so that the damage hits both.
    let after = await clerk.ok('orders.create', intakeInput({ imei: validImei('35391711987654'), phone: '+7 900 000-11-22' }));
    for (let i = 0; shardOf(after.order.id, 64) !== shardOf(before.order.id, 64) && i < 400; i++) {
      after = await clerk.ok('orders.create', intakeInput({ imei: validImei(String(35209900176000 + i)), phone: `+7 900 ${1000000 + i}` }));
    }
    await first.close();

    const file = shardFile(dataDir, 'orders', before.order.id);
    const text = await readFile(file, 'utf8');
    // A hand edit that breaks the JSON at the very end: both records are still whole.
    await writeFile(file, text.slice(0, text.length - 2));

    const second = await openBackend({ dataDir });
    const info = await second.public.ok('app.info', {});
    expect(info.recovery).toHaveLength(1);
    expect(info.recovery[0]).toMatchObject({ file: expect.stringMatching(/^orders[\\/]\d\d\.json$/), fromBackup: 1, salvaged: 2, total: 2 });
    expect(info.recovery[0].restoredFrom).toBeDefined();
    const clerkAgain = await second.signIn(clerk);
    expect((await clerkAgain.ok('orders.get', { id: before.order.id })).order.number).toBe(before.order.number);
    expect((await clerkAgain.ok('orders.get', { id: after.order.id })).order.number).toBe(after.order.number);
    expect(await readdir(join(dataDir, 'damaged'))).toHaveLength(1);
  });

  it('without a backup, keeps every readable record of a damaged file and reports the rest as lost', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    await staffedWorkshop(first);
    await first.close();
    const file = join(dataDir, 'staff.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length * 0.7)));
    const second = await openBackend({ dataDir });
    const [note] = (await second.public.ok('app.info', {})).recovery;
    expect(note).toMatchObject({ file: 'staff.json', fromBackup: 0, restoredFrom: undefined });
    expect(note.salvaged).toBeGreaterThanOrEqual(1);
    expect(note.salvaged).toBeLessThan(3);
    expect((await second.public.ok('staff.list', {})).length).toBe(note.salvaged);
  });

  it('never starts with silently empty data: an empty file is reported as well', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    await staffedWorkshop(first);
    await first.close();
    await writeFile(join(dataDir, 'staff.json'), '');
    const second = await openBackend({ dataDir });
    expect((await second.public.ok('app.info', {})).recovery.map((n) => n.file)).toEqual(['staff.json']);
  });
});

describe('restoring a backup', () => {
  it('is a manager’s action, backs up the current data first, and brings the old data back', async () => {
    const t = await openBackend();
    const { clerk, manager } = await staffedWorkshop(t);
    const kept = await clerk.ok('orders.create', intakeInput());
    const backup = await manager.ok('data.backups.create', {});
    const later = await clerk.ok('orders.create', intakeInput({ imei: validImei('35391711987654'), phone: '+7 900 555-00-11' }));
    expect(await clerk.call('data.backups.restore', { id: backup.id, confirm: true, reason: 'The disk was replaced' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await manager.call('data.backups.restore', { id: backup.id } as never)).toMatchObject({ ok: false, error: { fields: { confirm: 'invalid_choice' } } });
    const restored = await manager.ok('data.backups.restore', { id: backup.id, confirm: true, reason: 'The disk was replaced' });
    expect(restored.safetyBackup).toMatch(/pre-restore$/);
    // The staff may differ in the restored data: every session ends, and the manager signs in again.
    expect(await manager.call('orders.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const again = await t.signIn(manager);
    expect((await again.ok('orders.list', {})).rows.map((r) => r.id)).toEqual([kept.order.id]);
    expect(await again.call('orders.get', { id: later.order.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await again.ok('orders.list', { query: kept.order.number })).total).toBe(1);
  });
});

describe('salvage', () => {
  it('reads every whole record of a cut-off file, strings with braces and quotes included', () => {
    const text = '{"schemaVersion":1,"items":[{"id":"a","note":"}{\\"x"},{"id":"b","n":{"deep":[1,2]}},{"id":"c","cut';
    expect(salvageRecords(text).map((r) => r.id)).toEqual(['a', 'b']);
    expect(salvageRecords('garbage')).toEqual([]);
  });
});
