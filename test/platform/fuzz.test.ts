import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../../electron/platform/web/host.js';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/channels.js';
import { ERROR_CODES } from '../../shared/platform/result.js';
import { intakeInput, openBackend, snapshot, staffedWorkshop, tempDir } from './helpers.js';

/** Inputs of every shape: anything at all, and objects that look like a channel's input with wrong values. */
function inputs(ids: string[]) {
  const id = fc.oneof(fc.constantFrom(...ids), fc.string(), fc.constant('01J00000000000000000000000'));
  const value = fc.oneof(fc.anything(), fc.string({ maxLength: 300 }), fc.integer(), fc.double(), id, fc.constant(null), fc.array(fc.anything(), { maxLength: 5 }));
  const keys = fc.constantFrom('id', 'actorId', 'orderId', 'deviceId', 'unitId', 'loanId', 'query', 'code', 'name', 'role', 'to', 'language', 'customer', 'device', 'intake', 'workLines', 'partLines', 'dueBack', 'depositTaken', 'today', 'contentBase64', 'fileName', 'mapping', 'ruleOverrides', 'reason', 'note');
  return fc.oneof(fc.anything({ maxDepth: 3 }), fc.dictionary(keys, value, { maxKeys: 6 }));
}

/** The stored bytes once every acknowledged save is in the files (they are rewritten from the journal in the background). */
async function stored(t: Awaited<ReturnType<typeof openBackend>>): Promise<Map<string, string>> {
  await t.backend.store.flush();
  return snapshot(t.dataDir);
}

describe('malformed input on every channel', () => {
  it('never crashes, answers with a closed error code, and leaves the stored bytes unchanged when it refuses', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    const view = await clerk.ok('orders.create', intakeInput());
    const ids = [manager.id, clerk.id, view.order.id, view.customer.id, view.device.id];
    let before = await stored(t);
    let refused = 0;
    let accepted = 0;
    for (const channel of CHANNEL_NAMES as ChannelName[]) {
      await fc.assert(
        fc.asyncProperty(inputs(ids), async (input) => {
          const result = await manager.call(channel, input as never);
          if (result.ok) {
            accepted++;
            before = await stored(t);
            return;
          }
          refused++;
          expect(ERROR_CODES).toContain(result.error.code);
          expect(typeof result.error.message).toBe('string');
          if (result.error.code === 'validation') expect(Object.keys(result.error.fields ?? {}).length).toBeGreaterThan(0);
          expect(result.error.code).not.toBe('internal');
        }),
        { numRuns: 80, seed: 20261127 },
      );
      const after = await stored(t);
      expect([...after.entries()], `${channel} changed stored data while refusing`).toEqual([...before.entries()]);
    }
    expect(refused).toBeGreaterThan(CHANNEL_NAMES.length * 60);
    expect(accepted + refused).toBe(CHANNEL_NAMES.length * 80);
  }, 120_000);

  it('refuses oversized input without exhausting memory: a 50 MB request and 100,000 lines on one order', async () => {
    const t = await openBackend();
    const { technician, clerk } = await staffedWorkshop(t);
    const view = await clerk.ok('orders.create', intakeInput());
    const lines = await technician.call('orders.setLines', {
      id: view.order.id,
      workLines: Array.from({ length: 100_000 }, (_, i) => ({ description: `Line ${i}`, unitPrice: 100 })),
      partLines: [],
    });
    expect(lines).toMatchObject({ ok: false, error: { code: 'validation', fields: { workLines: 'too_many' } } });

    const web = await startWebHost({ handlers: t.backend.handlers, signedIn: t.backend.signedIn, staticDir: await tempDir(), token: 'fuzz-token' });
    const rssBefore = process.memoryUsage().rss;
    const response = await fetch(`${web.origin}/api/customers.search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workshop-Token': 'fuzz-token', Origin: web.origin },
      body: JSON.stringify({ query: 'x'.repeat(50 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
    const huge = await clerk.call('customers.search', { query: 'x'.repeat(50 * 1024 * 1024) });
    expect(huge).toMatchObject({ ok: false, error: { fields: { query: 'too_long' } } });
    await web.close();
  }, 60_000);
});
