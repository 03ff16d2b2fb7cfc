import { scryptSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend.js';
import { inProcess } from '../../electron/platform/ipc/register.js';
import { checkPin, derivePinHash, PIN_HASH_COST, PIN_VAULT_FILE } from '../../electron/session/index.js';
import { TEST_PIN_HASHER, tempDir } from '../platform/helpers.js';

/** What scrypt gives at the application's cost, computed here without the code under test. */
function applicationHashMatches(pin: string, stored: string): boolean {
  const [kind, salt, hash] = stored.split('$');
  return kind === 'scrypt' && scryptSync(pin, Buffer.from(salt, 'base64url'), 32, { N: 2 ** 14, r: 8, p: 1 }).equals(Buffer.from(hash, 'base64url'));
}

/** Every .ts file under a folder. */
async function sources(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') found.push(...(await sources(path)));
    else if (/\.(ts|tsx|mjs)$/.test(entry.name)) found.push(path);
  }
  return found;
}

describe('the cost of a PIN hash', () => {
  it('is scrypt at N = 2^14, r = 8, p = 1 in the application', () => {
    expect(PIN_HASH_COST).toEqual({ N: 16384, r: 8, p: 1 });
  });

  it('is the application’s in a backend started as main.ts and web.ts start it (no hasher given)', async () => {
    const dataDir = await tempDir();
    const backend = await startBackend(dataDir, { version: 'test', desktop: false });
    try {
      const send = inProcess(backend.handlers, backend.signedIn);
      const created = await send('staff.create', { name: 'Sarah Cohen', role: 'manager', pin: '2468' });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const vault = JSON.parse(await readFile(join(dataDir, PIN_VAULT_FILE), 'utf8')) as { pins: Record<string, string> };
      const stored = vault.pins[created.value.id];
      expect(applicationHashMatches('2468', stored)).toBe(true);
      expect(applicationHashMatches('2469', stored)).toBe(false);
      expect(await TEST_PIN_HASHER.check('2468', stored)).toBe(false);
      expect((await send('session.signIn', { staffId: created.value.id, pin: '2468' })).ok).toBe(true);
    } finally {
      await backend.close();
    }
  });

  it('of the test helpers makes hashes the application refuses, and refuses the application’s', async () => {
    const cheap = await TEST_PIN_HASHER.hash('2468');
    expect(await TEST_PIN_HASHER.check('2468', cheap)).toBe(true);
    expect(await checkPin('2468', cheap)).toBe(false);
    expect(applicationHashMatches('2468', cheap)).toBe(false);
    const real = await derivePinHash('2468');
    expect(applicationHashMatches('2468', real)).toBe(true);
    expect(await TEST_PIN_HASHER.check('2468', real)).toBe(false);
  });

  it('is set by nothing the application ships or builds: no code outside test/ passes a hasher or a cost', async () => {
    const files = [...(await sources('electron')), ...(await sources('build')), ...(await sources('shared')), ...(await sources('renderer'))];
    expect(files.length).toBeGreaterThan(100);
    const offending: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      // pinHasher(...) with an argument, other than its own definition; a hasher handed to startBackend or createContext.
      for (const line of text.split('\n')) {
        if (/\bpinHasher\(\s*[^)\s]/.test(line) && !/function pinHasher\(/.test(line)) offending.push(`${file}: ${line.trim()}`);
        const given = /\bpinHasher\??:\s*([^,;}]+)/.exec(line)?.[1].trim();
        if (given && given !== 'PinHasher' && given !== 'options.pinHasher ?? pinHasher()') offending.push(`${file}: ${line.trim()}`);
      }
    }
    expect(offending).toEqual([]);
    for (const entry of ['electron/main.ts', 'electron/web.ts']) expect(await readFile(entry, 'utf8'), entry).not.toMatch(/pinHasher|PinHasher/);
  });
});
