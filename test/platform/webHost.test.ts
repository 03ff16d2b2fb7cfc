import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

/** `npm run web` from the sources (tsx): its exit code and what it printed. */
async function runWebHost(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dataDir = await tempDir();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web.ts', '--data', dataDir], {
      env: { ...process.env, WORKSHOP_AUTOMATIC_BACKUPS: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      // Should it start after all, it is not left running.
      if (stdout.includes('running at')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('starting the web host', () => {
  it('on a port in use says so in one line: which port, and how to choose another', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const { code, stdout, stderr } = await runWebHost({ PORT: String(port) });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${port}`);
      expect(lines[0]).toMatch(/PORT=\d+/);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      taken.close();
    }
  });

  it('with a PORT that is no port says so in one line', async () => {
    const { code, stderr } = await runWebHost({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['PORT=eighty is not a port: give a number from 1 to 65535 (or 0 for any free port), e.g. PORT=5180 npm run web']);
  });
});
