import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/store/store.js';
import { openBackend, tempDir } from '../helpers.js';

const KILLS = 50;

/**
 * Start a writer process, let it write for a random moment after its first acknowledged write (so that every round
 * kills a write burst, however slow the machine), kill it with SIGKILL; return what it acknowledged.
 */
function writeAndKill(dataDir: string, actorId: string, aliveMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/electron/crash/writer.ts', dataDir, actorId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      if (!before.includes('ACK ') && output.includes('ACK ')) setTimeout(() => child.kill('SIGKILL'), aliveMs);
    });
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself: ${errors}`));
      // Only complete lines count: a line cut by the kill was not yet acknowledged to anyone.
      resolve(output.split('\n').slice(0, -1).filter((line) => line.startsWith('ACK ')));
    });
  });
}

async function everyFileParses(dataDir: string): Promise<void> {
  const files = [
    ...(await readdir(dataDir)).filter((f) => f.endsWith('.json')).map((f) => join(dataDir, f)),
    ...(await readdir(join(dataDir, 'orders'))).map((f) => join(dataDir, 'orders', f)),
    ...(await readdir(join(dataDir, 'customers'))).map((f) => join(dataDir, 'customers', f)),
    ...(await readdir(join(dataDir, 'devices'))).map((f) => join(dataDir, 'devices', f)),
  ];
  for (const file of files) {
    const data = JSON.parse(await readFile(file, 'utf8'));
    expect(typeof data.schemaVersion, file).toBe('number');
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} kills (SIGKILL) at random moments of a write burst`, async () => {
    const dataDir = await tempDir();
    const setup = await openBackend({ dataDir });
    const manager = await setup.ok('staff.create', { name: 'Crash Manager', role: 'manager', pin: '2468' });
    await setup.close();

    const acknowledged = new Map<string, string>();
    let writes = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const lines = await writeAndKill(dataDir, manager.id, 5 + Math.floor(Math.random() * 120));
      writes += lines.length;
      for (const line of lines) {
        const [, what, id] = line.split(' ');
        acknowledged.set(id, what === 'create' ? (acknowledged.get(id) ?? 'received') : what);
      }
      // The next start takes over the killed process's lock at once, and finds every acknowledged write.
      const store = await openStore(dataDir);
      try {
        for (const [id, status] of acknowledged) {
          const order = store.orders.get(id);
          expect(order, `acknowledged order ${id} after kill ${kill + 1}`).toBeDefined();
          if (status === 'diagnosing') expect(order!.status).toBe('diagnosing');
          expect(store.customers.get(order!.customerId)).toBeDefined();
          expect(store.devices.get(order!.deviceId)).toBeDefined();
        }
      } finally {
        await store.close();
      }
      await everyFileParses(dataDir);
    }
    expect(writes).toBeGreaterThanOrEqual(KILLS);
  }, 300_000);
});
