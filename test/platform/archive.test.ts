import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, tempDir } from './helpers.js';

describe('moving the data to a new PC', () => {
  it('exports everything, issued PDFs included, as one archive that another installation imports whole', async () => {
    const old = await openBackend();
    const { manager, clerk } = await staffedWorkshop(old);
    const view = await clerk.ok('orders.create', intakeInput());
    const act = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' });
    const usb = await tempDir();
    const exported = await manager.ok('data.export', { folder: usb });
    expect(exported.file.startsWith(usb)).toBe(true);
    expect(exported.bytes).toBeGreaterThan(1000);

    const fresh = await openBackend();
    const newManager = await fresh.signIn(await fresh.public.ok('staff.create', { name: 'New PC', role: 'manager', pin: '2468' }));
    const imported = await newManager.ok('data.import', { file: exported.file, confirm: true });
    expect(imported.orders).toBe(1);
    // The staff are the old PC's now (and the manager who imported): every session ended. The PINs stay on the old
    // PC, so the manager who imported signs in again and sets theirs for the old PC's staff.
    expect(await newManager.call('orders.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const importer = await fresh.signIn(newManager);
    await importer.ok('staff.setPin', { id: manager.id, pin: '97531' });
    const managerHere = await fresh.signIn(manager, '97531');
    expect((await managerHere.ok('orders.get', { id: view.order.id })).customer.name).toBe('Ivan Petrov');
    const content = await managerHere.ok('documents.content', { id: act.id });
    expect(Buffer.from(content.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fresh.public.ok('staff.list', {})).map((s) => s.name)).toContain('Sarah Cohen');
    // What was there before the import is in a backup.
    expect((await managerHere.ok('data.backups.list', {}))[0].reason).toBe('pre-restore');
  }, 30_000);

  it('refuses a file that is not an export, and changes nothing', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const file = join(await tempDir(), 'photo.tar.gz');
    await writeFile(file, 'not an archive at all');
    const result = await manager.call('data.import', { file, confirm: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { file: 'unreadable_archive' } } });
    expect((await t.public.ok('staff.list', {})).length).toBe(3);
    expect(await manager.call('data.export', { folder: 'relative/path' })).toMatchObject({ ok: false, error: { fields: { folder: 'not_absolute' } } });
  });

  it('keeps a second copy of every backup in the folder the workshop chose', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const usb = await tempDir();
    await manager.ok('settings.update', { backupFolder: usb });
    const made = await manager.ok('data.backups.create', {});
    expect(await readdir(join(usb, 'Workshop Service backups'))).toEqual([made.id]);
  });
});
