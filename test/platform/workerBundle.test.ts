import { execFileSync, spawn } from 'node:child_process';
import { scryptSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PIN_VAULT_FILE } from '../../electron/session/index.js';
import { intakeInput, tempDir } from './helpers.js';

/**
 * The workers as the application ships them: build/bundle-main.mjs bundles them beside main.js and web.js, and
 * the bundled web host (what `npm run web` runs) renders a PDF and reads a workbook in them.
 */
describe('the bundled workers', () => {
  it('are built beside the main process and serve the bundled web host', async () => {
    execFileSync(process.execPath, ['build/bundle-main.mjs'], { stdio: 'inherit' });
    for (const name of ['main.js', 'web.js', 'pdfWorker.mjs', 'registryWorker.mjs']) expect(existsSync(`out/main/${name}`), name).toBe(true);

    const dataDir = await tempDir();
    const host = spawn(process.execPath, ['out/main/web.js', '--data', dataDir], {
      env: { ...process.env, PORT: '0', WORKSHOP_AUTOMATIC_BACKUPS: 'off' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = new URL(
        await new Promise<string>((resolve, reject) => {
          let output = '';
          host.stdout.on('data', (chunk: Buffer) => {
            output += chunk;
            const match = /running at (\S+)/.exec(output);
            if (match) resolve(match[1]);
          });
          host.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
        }),
      );
      let session = '';
      const call = async (channel: string, input: unknown) => {
        const response = await fetch(`${url.origin}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Workshop-Token': url.searchParams.get('token')!, Origin: url.origin, 'X-Workshop-Session': session },
          body: JSON.stringify(input),
        });
        const envelope = (await response.json()) as { ok: boolean; value: never; error?: unknown };
        if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
        return envelope.value;
      };
      const manager: { id: string } = await call('staff.create', { name: 'Sarah Cohen', role: 'manager', pin: '2468' });
      session = ((await call('session.signIn', { staffId: manager.id, pin: '2468' })) as { token: string }).token;
      // The shipped host hashes PINs at the application's cost (scrypt N = 2^14, r = 8), not the test helpers'.
      const [, salt, hash] = (JSON.parse(readFileSync(join(dataDir, PIN_VAULT_FILE), 'utf8')) as { pins: Record<string, string> }).pins[manager.id].split('$');
      expect(scryptSync('2468', Buffer.from(salt, 'base64url'), 32, { N: 2 ** 14, r: 8, p: 1 }).toString('base64url')).toBe(hash);
      const { order }: { order: { id: string } } = await call('orders.create', intakeInput());
      const act: { id: string } = await call('orders.intakeAct', { orderId: order.id, language: 'he' });
      const { pdfBase64 }: { pdfBase64: string } = await call('documents.content', { id: act.id });
      expect(Buffer.from(pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Sales');
      sheet.addRow(['Serial', 'Brand', 'Model', 'Purchase date']);
      sheet.addRow(['SN-1', 'Acme', 'Kettle 2', '2026-01-10']);
      const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const preview: { counts: { rows: number; valid: number } } = await call('registry.preview', { fileName: 'sales.xlsx', contentBase64 });
      expect(preview.counts).toMatchObject({ rows: 1, valid: 1 });
    } finally {
      host.kill('SIGTERM');
    }
  }, 60_000);
});
