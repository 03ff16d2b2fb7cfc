import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capBackups, createBackup, listBackups } from '../../electron/platform/store/backup.js';
import { openBackend, staffedWorkshop, tempDir } from '../platform/helpers.js';

describe('manual backups', () => {
  it('are limited to one a minute, refused with rate_limited and the time to wait', async () => {
    const clock = { now: new Date('2026-05-04T09:00:00Z') };
    const t = await openBackend({ now: () => clock.now });
    const { manager } = await staffedWorkshop(t);
    await manager.ok('data.backups.create', {});
    clock.now = new Date('2026-05-04T09:00:40Z');
    const again = await manager.call('data.backups.create', {});
    expect(again).toMatchObject({ ok: false, error: { code: 'rate_limited', fields: { _: 'rate_limited' } } });
    expect(!again.ok && again.error.message).toMatch(/20 s/);
    expect(await manager.ok('data.backups.list', {})).toHaveLength(1);
    clock.now = new Date('2026-05-04T09:01:01Z');
    await manager.ok('data.backups.create', {});
    expect(await manager.ok('data.backups.list', {})).toHaveLength(2);
  });
});

describe('backup rotation', () => {
  it('keeps at most so many backups and so many bytes, newest first, whatever their age', async () => {
    const t = await openBackend();
    await staffedWorkshop(t);
    const start = Date.parse('2026-05-04T09:00:00Z');
    // Twelve backups within the last hour: all "younger than a day", which the date rule alone keeps.
    for (let i = 0; i < 12; i++) await createBackup(t.dataDir, 'manual', new Date(start + i * 61_000));
    const all = await listBackups(t.dataDir);
    const size = Object.values(all[0].files).reduce((sum, f) => sum + f.bytes, 0);
    const removed = await capBackups(t.dataDir, { maxCount: 8, maxBytes: Number.MAX_SAFE_INTEGER });
    expect(removed).toHaveLength(4);
    expect((await listBackups(t.dataDir)).map((b) => b.id)).toEqual(all.slice(0, 8).map((b) => b.id));
    await capBackups(t.dataDir, { maxCount: 100, maxBytes: size * 3 + 1 });
    expect((await listBackups(t.dataDir)).map((b) => b.id)).toEqual(all.slice(0, 3).map((b) => b.id));
    // The newest one stays even when it alone is over the size.
    await capBackups(t.dataDir, { maxCount: 100, maxBytes: 1 });
    expect((await listBackups(t.dataDir)).map((b) => b.id)).toEqual([all[0].id]);
  });

  it('rotates after every backup the service makes, and the copies in the second folder with them', async () => {
    const clock = { now: new Date('2026-05-04T09:00:00Z') };
    const t = await openBackend({ now: () => clock.now });
    const { manager } = await staffedWorkshop(t);
    const usb = await tempDir();
    await manager.ok('settings.update', { backupFolder: usb });
    const made: string[] = [];
    for (let i = 0; i < 26; i++) {
      made.push((await manager.ok('data.backups.create', {})).id);
      clock.now = new Date(clock.now.getTime() + 61_000);
    }
    const kept = (await manager.ok('data.backups.list', {})).map((b) => b.id);
    expect(kept).toHaveLength(24);
    expect(kept).toEqual(made.slice(2).reverse());
    expect((await readdir(join(usb, 'Workshop Service backups'))).sort()).toEqual([...kept].sort());
  }, 120_000);
});

describe('the second backup folder', () => {
  it('is picked from the folders the shell offers, or typed by a manager; a folder that is not there is refused', async () => {
    const usb = await tempDir();
    const t = await openBackend({ places: { offered: async () => [{ path: usb, label: 'USB stick (E:)' }] } });
    const { manager, clerk } = await staffedWorkshop(t);
    expect(await manager.ok('data.backups.places', {})).toEqual([{ path: usb, label: 'USB stick (E:)' }]);
    expect(await clerk.call('data.backups.places', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const missing = join(await tempDir(), 'not-plugged-in');
    expect(await manager.call('settings.update', { backupFolder: missing })).toMatchObject({ ok: false, error: { code: 'validation', fields: { backupFolder: 'not_a_folder' } } });
    await mkdir(missing);
    expect((await manager.ok('settings.update', { backupFolder: missing })).backupFolder).toBe(missing);
    expect((await manager.ok('settings.update', { backupFolder: usb })).backupFolder).toBe(usb);
    expect((await manager.ok('settings.update', { backupFolder: '' })).backupFolder).toBe('');
  });
});

describe('the folders this PC offers', () => {
  it('are existing folders that take files: removable media under the mount points, and the documents folder', async () => {
    const { localBackupPlaces } = await import('../../electron/platform/places.js');
    const offered = await localBackupPlaces().offered();
    for (const place of offered) expect(place).toMatchObject({ path: expect.stringMatching(/^(\/|[A-Z]:\\)/), label: expect.any(String) });
    expect(new Set(offered.map((p) => p.path)).size).toBe(offered.length);
  });
});
