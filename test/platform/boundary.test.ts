import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChannelBus, register } from '../../electron/platform/ipc/register.js';
import { startWebHost } from '../../electron/platform/web/host.js';
import { CHANNEL_NAMES } from '../../shared/channels.js';
import type { Envelope } from '../../shared/platform/result.js';
import { intakeInput, openBackend, staffedWorkshop, tempDir } from './helpers.js';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')])));
}

describe('register()', () => {
  it('serves every channel of the table, and refuses a sender that is not our own page', async () => {
    const t = await openBackend();
    const listeners = new Map<string, (event: { trusted: boolean }, input: unknown) => Promise<Envelope<unknown>>>();
    const bus: ChannelBus<{ trusted: boolean }> = { handle: (channel, listener) => listeners.set(channel, listener) };
    register(bus, t.backend.handlers, { isTrustedSender: (event) => event.trusted, signedIn: t.backend.signedIn });
    expect([...listeners.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const info = listeners.get('app.info')!;
    expect(await info({ trusted: false }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await info({ trusted: true }, {})).toMatchObject({ ok: true, value: { empty: true } });
  });

  it('rejects malformed input on every channel with a validation error, leaving the files unchanged', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    await manager.ok('orders.create', intakeInput());
    const before = await snapshot(t.dataDir);
    const malformed: unknown[] = [{ unexpected: true }, { id: 42, actorId: [], query: {} }, 'a string', [1, 2]];
    for (const channel of CHANNEL_NAMES) {
      for (const input of malformed) {
        const result = await manager.call(channel, input as never);
        expect(result.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, `${channel} ${JSON.stringify(input)}`).toBe('validation');
        expect(Object.keys(result.error.fields ?? {}).length).toBeGreaterThan(0);
      }
    }
    expect(await snapshot(t.dataDir)).toEqual(before);
  });
});

describe('the web host', () => {
  async function host() {
    const t = await openBackend();
    const staticDir = await tempDir();
    const web = await startWebHost({ handlers: t.backend.handlers, signedIn: t.backend.signedIn, staticDir, token: 'secret-token' });
    const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${web.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workshop-Token': 'secret-token', Origin: web.origin, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    return { t, web, post };
  }

  it('answers a channel with the same envelope as IPC', async () => {
    const { web, post } = await host();
    const response = await post('app.info', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { desktop: false } });
    await web.close();
  });

  it('refuses a wrong token, a foreign origin and an unknown channel', async () => {
    const { web, post } = await host();
    expect((await post('app.info', {}, { 'X-Workshop-Token': 'guess' })).status).toBe(403);
    expect((await post('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('app.info', {}, { Origin: 'http://127.0.0.1.evil.example' })).status).toBe(403);
    const unknown = await post('orders.drop', {});
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    await web.close();
  });

  it('answers bad JSON and oversized bodies with a validation error', async () => {
    const { web, post } = await host();
    const bad = await post('app.info', '{not json');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'validation', fields: { _: 'invalid_json' } } });
    const huge = await post('customers.search', JSON.stringify({ query: 'x'.repeat(17 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    await web.close();
  });

  it('serves no file outside the renderer folder', async () => {
    const { web } = await host();
    const response = await fetch(`${web.origin}/%2e%2e/%2e%2e/etc/passwd`);
    expect(await response.text()).not.toContain('root:');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    await web.close();
  });
});
