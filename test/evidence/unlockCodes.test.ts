import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNLOCK_KEYS_FILE } from '../../electron/evidence/index.js';
import { UnlockKeys } from '../../electron/evidence/unlockKeys.js';
import { tempDir } from '../platform/helpers.js';
import { workshopWithOrder } from './evidence.js';

/** Every byte the data folder holds in files a backup or an export copies (dot-files are not copied). */
async function copiedText(dataDir: string): Promise<string> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && !e.name.startsWith('.') && !e.parentPath.includes('/.'));
  return (await Promise.all(files.map((e) => readFile(join(e.parentPath, e.name), 'latin1')))).join('\n');
}

describe("the customer's unlock code", () => {
  it('taken at intake, it is sealed: not in the data files, the backups or the audit log in clear; the key lives outside them', async () => {
    const w = await workshopWithOrder({ unlockCode: { kind: 'pattern', value: '1-5-9-6-3' } });
    await w.manager.ok('data.backups.create', {});
    await w.t.backend.store.flush();
    await w.t.backend.store.audit.drain();
    const text = await copiedText(w.t.dataDir);
    expect(text).toContain('"kind":"pattern"');
    expect(text).not.toContain('1-5-9-6-3');
    const keys = await readFile(join(w.t.dataDir, UNLOCK_KEYS_FILE), 'utf8');
    expect(keys).toContain(w.order.id);
    const backup = (await readdir(join(w.t.dataDir, 'backups', 'auto'), { recursive: true })).join(' ');
    expect(backup).not.toContain(UNLOCK_KEYS_FILE);
    if (process.platform !== 'win32') expect((await import('node:fs')).statSync(join(w.t.dataDir, UNLOCK_KEYS_FILE)).mode & 0o777).toBe(0o600);

    const status = (await w.clerk.ok('evidence.forOrder', { orderId: w.order.id })).unlock;
    expect(status).toMatchObject({ kind: 'pattern', setBy: w.clerk.id, shownCount: 0 });
    expect(JSON.stringify(status)).not.toContain('1-5-9');
  });

  it('shown only to technicians and managers, each showing recorded and audited; never on the act', async () => {
    const w = await workshopWithOrder({ unlockCode: { kind: 'pin', value: '4711' } });
    const clerk = await w.clerk.call('evidence.unlock.reveal', { orderId: w.order.id });
    expect(clerk.ok ? undefined : clerk.error.code).toBe('forbidden');
    expect(await w.technician.ok('evidence.unlock.reveal', { orderId: w.order.id })).toEqual({ kind: 'pin', value: '4711' });
    expect(await w.manager.ok('evidence.unlock.reveal', { orderId: w.order.id })).toEqual({ kind: 'pin', value: '4711' });
    expect((await w.clerk.ok('evidence.forOrder', { orderId: w.order.id })).unlock?.shownCount).toBe(2);
    const audit = await w.manager.ok('data.audit.list', { collection: 'unlockCodes', limit: 10 });
    const showings = audit.rows.filter((row) => row.channel === 'evidence.unlock.reveal');
    expect(showings.map((row) => row.by).sort()).toEqual([w.manager.id, w.technician.id].sort());

    const act = await w.clerk.ok('orders.intakeAct', { orderId: w.order.id, language: 'en' });
    const pdf = Buffer.from((await w.clerk.ok('documents.content', { id: act.id })).pdfBase64, 'base64');
    const { pdfText } = await import('../platform/helpers.js');
    expect(await pdfText(pdf)).not.toContain('4711');
  });

  it('erased at hand-back: the key goes, so what a backup or the audit log kept of it opens no more', async () => {
    const w = await workshopWithOrder({ unlockCode: { kind: 'password', value: 'kitten-42' } });
    await w.technician.ok('evidence.unlock.set', { orderId: w.order.id, code: { kind: 'password', value: 'kitten-43' } });
    await w.technician.ok('orders.transition', { id: w.order.id, to: 'diagnosing' });
    await w.technician.ok('orders.transition', { id: w.order.id, to: 'ready' });
    await w.clerk.ok('orders.transition', { id: w.order.id, to: 'issued', outcome: 'repaired' });

    const status = (await w.clerk.ok('evidence.forOrder', { orderId: w.order.id })).unlock;
    expect(status?.erasedAt).toBeDefined();
    const shown = await w.manager.call('evidence.unlock.reveal', { orderId: w.order.id });
    expect(shown.ok ? undefined : shown.error.fields).toEqual({ orderId: 'unlock_erased' });
    expect(await readFile(join(w.t.dataDir, UNLOCK_KEYS_FILE), 'utf8')).not.toContain(w.order.id);
    const again = await w.clerk.call('evidence.unlock.set', { orderId: w.order.id, code: { kind: 'pin', value: '1234' } });
    expect(again.ok ? undefined : again.error.fields).toEqual({ orderId: 'order_closed' });
  });

  it('a PIN of letters, a pattern that jumps over a dot or repeats one: refused on the code, nothing kept', async () => {
    const w = await workshopWithOrder();
    for (const [code, reason] of [
      [{ kind: 'pin', value: '12a4' }, 'invalid_pin'],
      [{ kind: 'pin', value: '12' }, 'invalid_pin'],
      [{ kind: 'pattern', value: '1-3-5-7' }, 'invalid_pattern'],
      [{ kind: 'pattern', value: '1-2-1-4' }, 'invalid_pattern'],
      [{ kind: 'pattern', value: '1-2' }, 'invalid_pattern'],
    ] as const) {
      const result = await w.clerk.call('evidence.unlock.set', { orderId: w.order.id, code });
      expect(result.ok ? undefined : result.error.fields, JSON.stringify(code)).toEqual({ 'code.value': reason });
    }
    // Passing over a dot already drawn is allowed, as on a phone.
    await w.clerk.ok('evidence.unlock.set', { orderId: w.order.id, code: { kind: 'pattern', value: '2-1-3-6' } });
    const intake = await w.clerk.call('orders.create', { customer: { id: w.order.customerId }, device: { category: 'Tablet', brand: 'Apple', model: 'iPad', serial: 'DMPX1' }, intake: { statedDefect: 'No sound' }, unlockCode: { kind: 'pin', value: 'x' } });
    expect(intake.ok ? undefined : intake.error.fields).toEqual({ 'unlockCode.value': 'invalid_pin' });
  });

  it("in the desktop app the key file holds the keys sealed by the operating system's protection", async () => {
    // The operating system's sealing (Electron's safeStorage) stood in for by AES-GCM under a key of this test.
    const osKey = randomBytes(32);
    const protector = {
      protect: (plain: Buffer) => {
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', osKey, iv);
        const text = Buffer.concat([cipher.update(plain), cipher.final()]);
        return Buffer.concat([iv, cipher.getAuthTag(), text]);
      },
      unprotect: (sealed: Buffer) => {
        const decipher = createDecipheriv('aes-256-gcm', osKey, sealed.subarray(0, 12));
        decipher.setAuthTag(sealed.subarray(12, 28));
        return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
      },
    };
    const dir = await tempDir();
    const vault = await UnlockKeys.open(dir, protector);
    const key = await vault.keyOf('01J00000000000000000000000');
    const file = await readFile(join(dir, UNLOCK_KEYS_FILE), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ protectedBy: 'os' });
    expect(file).not.toContain(key.toString('base64'));
    expect((await UnlockKeys.open(dir, protector)).get('01J00000000000000000000000')?.equals(key)).toBe(true);
    // Without the PC's protection (the file copied elsewhere) it opens nothing.
    expect((await UnlockKeys.open(dir)).get('01J00000000000000000000000')).toBeUndefined();
  });
});
