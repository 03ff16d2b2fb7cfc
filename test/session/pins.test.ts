import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { PIN_ATTEMPTS } from '../../electron/session/sessions.js';
import { TEST_PIN, intakeInput, openBackend, staffedWorkshop, tempDir } from '../platform/helpers.js';

/** Every file under a folder, with its text. */
async function texts(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.set(join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return found;
}

describe('changing one’s own PIN', () => {
  it('asks for the current PIN; a wrong one is refused and counts towards the lock-out', async () => {
    const t = await openBackend();
    const { clerk, manager } = await staffedWorkshop(t);
    expect(await clerk.call('staff.setPin', { id: clerk.id, pin: '135790' })).toMatchObject({ ok: false, error: { code: 'validation', fields: { currentPin: 'required' } } });
    expect(await clerk.call('staff.setPin', { id: clerk.id, pin: '135790', currentPin: '0000' })).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { currentPin: 'wrong_pin' } } });
    // A manager changing their own PIN is asked too.
    expect(await manager.call('staff.setPin', { id: manager.id, pin: '135790' })).toMatchObject({ ok: false, error: { fields: { currentPin: 'required' } } });
    // Guessing through an open session locks the member out like guessing at the sign-in screen.
    for (let i = 1; i < PIN_ATTEMPTS; i++) await clerk.call('staff.setPin', { id: clerk.id, pin: '135790', currentPin: '0000' });
    expect(await clerk.call('staff.setPin', { id: clerk.id, pin: '135790', currentPin: TEST_PIN })).toMatchObject({ ok: false, error: { fields: { currentPin: 'locked' } } });
    expect(await t.public.call('session.signIn', { staffId: clerk.id, pin: TEST_PIN })).toMatchObject({ ok: false, error: { fields: { pin: 'locked' } } });
  });

  it('takes the new PIN with the right current one; a manager sets another member’s PIN without it', async () => {
    const t = await openBackend();
    const { clerk, manager, technician } = await staffedWorkshop(t);
    await clerk.ok('staff.setPin', { id: clerk.id, pin: '135790', currentPin: TEST_PIN });
    expect(await t.public.call('session.signIn', { staffId: clerk.id, pin: TEST_PIN })).toMatchObject({ ok: false });
    await t.signIn(clerk, '135790');
    await manager.ok('staff.setPin', { id: technician.id, pin: '975310' });
    await t.signIn(technician, '975310');
  });
});

describe('PINs of 4 to 12 digits', () => {
  it('allows 6 to 12 digits, for a new member and a new PIN, and signs in with them', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const long = await manager.ok('staff.create', { name: 'Long PIN', role: 'clerk', pin: '123456789012' });
    await t.signIn(long, '123456789012');
    expect(await manager.call('staff.create', { name: 'Too long', role: 'clerk', pin: '1234567890123' })).toMatchObject({ ok: false, error: { fields: { pin: 'pin_format' } } });
    await manager.ok('staff.setPin', { id: long.id, pin: '246813' });
    await t.signIn(long, '246813');
    expect(await t.public.call('session.signIn', { staffId: long.id, pin: '1234567890123' })).toMatchObject({ ok: false, error: { fields: { pin: 'pin_format' } } });
  });
});

describe('no PIN hash leaves this PC', () => {
  it('keeps the hashes out of the staff records, the backups, the exports and the audit log', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await clerk.ok('orders.create', intakeInput());
    await manager.ok('staff.setPin', { id: clerk.id, pin: '86420' });
    const backup = await manager.ok('data.backups.create', {});
    const usb = await tempDir();
    const exported = await manager.ok('data.export', { folder: usb });
    expect(await readFile(join(t.dataDir, 'staff.json'), 'utf8')).not.toContain('scrypt');
    for (const [file, text] of await texts(join(t.dataDir, 'backups', 'auto', backup.id))) expect(text, file).not.toContain('scrypt');
    for (const [file, text] of await texts(join(t.dataDir, 'audit'))) expect(text, file).not.toContain('scrypt');
    const unpacked = await tempDir();
    await tar.extract({ file: exported.file, cwd: unpacked });
    const archived = await texts(unpacked);
    expect([...archived.keys()].some((file) => file.endsWith('staff.json'))).toBe(true);
    for (const [file, text] of archived) expect(text, file).not.toContain('scrypt');
    // They are in the PC's own PIN file, which is not data.
    expect(await readFile(join(t.dataDir, '.staff-pins.json'), 'utf8')).toContain('scrypt$');
  });

  it('moves the hashes an earlier version kept in staff.json into the PIN file at start, and the PINs still work', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    await t.close();
    // As an earlier version kept it: the hash in the record, and no PIN file.
    const vault = JSON.parse(await readFile(join(t.dataDir, '.staff-pins.json'), 'utf8')) as { pins: Record<string, string> };
    const file = join(t.dataDir, 'staff.json');
    const staff = JSON.parse(await readFile(file, 'utf8')) as { items: Array<{ id: string; pinHash?: string }> };
    for (const member of staff.items) member.pinHash = vault.pins[member.id];
    await writeFile(file, JSON.stringify(staff));
    await writeFile(join(t.dataDir, '.staff-pins.json'), '');
    const again = await openBackend({ dataDir: t.dataDir });
    await again.signIn(clerk);
    // The moved records are saved (in the journal) at start, and staff.json is rewritten from them.
    await again.backend.store.flush();
    expect(await readFile(file, 'utf8')).not.toContain('scrypt');
  });

  it('a restore leaves everyone their current PIN, also one changed after the backup', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    const backup = await manager.ok('data.backups.create', {});
    await clerk.ok('staff.setPin', { id: clerk.id, pin: '975310', currentPin: TEST_PIN });
    await manager.ok('data.backups.restore', { id: backup.id, confirm: true, reason: 'The disk was replaced' });
    expect(await t.public.call('session.signIn', { staffId: clerk.id, pin: TEST_PIN })).toMatchObject({ ok: false, error: { fields: { pin: 'wrong_pin' } } });
    await t.signIn(clerk, '975310');
    await t.signIn(manager);
  });

  it('an import on a new PC keeps the importing manager; the others wait for a manager to set their PIN here', async () => {
    const old = await openBackend();
    const { manager, clerk } = await staffedWorkshop(old);
    const exported = await manager.ok('data.export', { folder: await tempDir() });
    const fresh = await openBackend();
    const newManager = await fresh.signIn(await fresh.public.ok('staff.create', { name: 'New PC', role: 'manager', pin: '112233' }), '112233');
    await newManager.ok('data.import', { file: exported.file, confirm: true });
    const staff = await fresh.public.ok('staff.list', {});
    expect(staff.map((m) => [m.name, m.hasPin]).sort()).toEqual([
      ['New PC', true],
      ['Sarah Cohen', false],
      ['Алексей Смирнов', false],
      ['נועה פרץ', false],
    ]);
    // A PIN of the old PC does not open the new one, and no one signs in without a PIN while a manager here can.
    expect(await fresh.public.call('session.signIn', { staffId: clerk.id, pin: TEST_PIN })).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { pin: 'pin_not_set' } } });
    expect(await fresh.public.call('session.signIn', { staffId: manager.id, pin: '' })).toMatchObject({ ok: false, error: { fields: { pin: 'pin_not_set' } } });
    const importer = await fresh.signIn(newManager, '112233');
    expect(await importer.ok('orders.list', {})).toMatchObject({ total: 0 });
    await importer.ok('staff.setPin', { id: clerk.id, pin: '445566' });
    await fresh.signIn(clerk, '445566');
  });
});
