import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, tempDir } from './helpers.js';

describe('moving the data to a new PC', () => {
  it('exports everything, issued PDFs included, as one archive that another installation imports whole', async () => {
    const old = await openBackend();
    const { manager, clerk } = await staffedWorkshop(old);
    const view = await old.ok('orders.create', intakeInput(clerk.id));
    const act = await old.ok('orders.intakeAct', { actorId: clerk.id, orderId: view.order.id, language: 'en' });
    const usb = await tempDir();
    const exported = await old.ok('data.export', { actorId: manager.id, folder: usb });
    expect(exported.file.startsWith(usb)).toBe(true);
    expect(exported.bytes).toBeGreaterThan(1000);

    const fresh = await openBackend();
    const newManager = await fresh.ok('staff.create', { name: 'New PC', role: 'manager', pin: '2468' });
    const imported = await fresh.ok('data.import', { actorId: newManager.id, file: exported.file, confirm: true });
    expect(imported.orders).toBe(1);
    expect((await fresh.ok('orders.get', { id: view.order.id })).customer.name).toBe('Ivan Petrov');
    const content = await fresh.ok('documents.content', { id: act.id });
    expect(Buffer.from(content.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fresh.ok('staff.list', {})).map((s) => s.name)).toContain('Sarah Cohen');
    // What was there before the import is in a backup.
    expect((await fresh.ok('data.backups.list', {}))[0].reason).toBe('pre-restore');
  });

  it('refuses a file that is not an export, and changes nothing', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const file = join(await tempDir(), 'photo.tar.gz');
    await writeFile(file, 'not an archive at all');
    const result = await t.call('data.import', { actorId: manager.id, file, confirm: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { file: 'unreadable_archive' } } });
    expect((await t.ok('staff.list', {})).length).toBe(3);
    expect(await t.call('data.export', { actorId: manager.id, folder: 'relative/path' })).toMatchObject({ ok: false, error: { fields: { folder: 'not_absolute' } } });
  });

  it('keeps a second copy of every backup in the folder the workshop chose', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const usb = await tempDir();
    await t.ok('settings.update', { actorId: manager.id, backupFolder: usb });
    const made = await t.ok('data.backups.create', { actorId: manager.id });
    expect(await readdir(join(usb, 'Workshop Service backups'))).toEqual([made.id]);
  });
});
