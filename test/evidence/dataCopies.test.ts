import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { openBackend, TEST_PIN, tempDir } from '../platform/helpers.js';
import { photoInput, UNIT_JPEG, workshopWithOrder } from './evidence.js';

describe('photos in backups and in the export archive', () => {
  it('a backup holds the photo records, not their files; the export holds both and another PC imports them whole', async () => {
    const w = await workshopWithOrder();
    const photo = await w.clerk.ok('evidence.photos.add', photoInput(w.order.id));
    const backup = await w.manager.ok('data.backups.create', {});
    const copied = await readdir(join(w.t.dataDir, 'backups', 'auto', backup.id), { recursive: true });
    expect(copied.some((name) => name.startsWith('photos/'))).toBe(true);
    expect(copied.some((name) => name.startsWith('evidence'))).toBe(false);

    const { file } = await w.manager.ok('data.export', { folder: await tempDir() });
    const entries: string[] = [];
    await tar.list({ file, onReadEntry: (entry) => entries.push(entry.path) });
    expect(entries).toContain(photo.file);
    expect(entries).toContain(photo.thumbnail);

    const fresh = await openBackend();
    const importer = await fresh.signIn(await fresh.public.ok('staff.create', { name: 'New PC', role: 'manager', pin: TEST_PIN }));
    await importer.ok('data.import', { file, confirm: true });
    // The PINs stay on the old PC: the one who imported signs in again and gives the old manager one here.
    await (await fresh.signIn(importer)).ok('staff.setPin', { id: w.manager.id, pin: '97531' });
    const manager = await fresh.signIn(w.manager, '97531');
    const content = await manager.ok('evidence.photos.content', { id: photo.id });
    expect(Buffer.from(content.jpegBase64, 'base64').equals(UNIT_JPEG)).toBe(true);
  }, 60_000);

  it('an archive that lacks a file one of its photos names is refused, and nothing changes', async () => {
    const w = await workshopWithOrder();
    const photo = await w.clerk.ok('evidence.photos.add', photoInput(w.order.id));
    const { file } = await w.manager.ok('data.export', { folder: await tempDir() });
    const dir = await tempDir();
    await tar.extract({ file, cwd: dir });
    await rm(join(dir, photo.file));
    const crafted = join(await tempDir(), 'crafted.tar.gz');
    await tar.create({ gzip: true, file: crafted, cwd: dir, portable: true }, await readdir(dir));

    const fresh = await openBackend();
    const manager = await fresh.signIn(await fresh.public.ok('staff.create', { name: 'New PC', role: 'manager', pin: TEST_PIN }));
    const result = await manager.call('data.import', { file: crafted, confirm: true });
    expect(result.ok ? undefined : result.error.fields).toEqual({ file: 'missing_document' });
    expect((await manager.ok('orders.list', {})).total).toBe(0);
  }, 60_000);
});
