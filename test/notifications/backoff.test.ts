import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF_MS } from '../../shared/notifications/events.js';
import { startGateway } from './servers.js';
import { makeReady, notifyingWorkshop, orderFor, smsSettings } from './workshop.js';

// The real event loop's own turn, kept before the timers are faked: the outbox's I/O (the gateway, the disk) is real.
const realTurn = setImmediate;
const turn = () => new Promise<void>((resolve) => realTurn(() => resolve()));

/** Until the condition holds, turning the real event loop only: the fake clock does not move meanwhile. */
async function until<T>(read: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 20_000; i++) {
    const value = await read();
    if (value !== undefined) return value;
    await turn();
  }
  throw new Error('the condition never held');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the outbox waits 1, 5, 15, 60 and 180 minutes between tries (fake timers, not the real clock)', () => {
  it('a gateway answering 500 gets the message again only when each wait is over, then never again', async () => {
    const gateway = await startGateway();
    gateway.state.mode = 'error';
    const w = await notifyingWorkshop();
    await w.manager.ok('notifications.saveSettings', smsSettings(gateway.url, { eventsOff: ['received'] }));
    const { order } = await orderFor(w.clerk, { channel: 'sms' });
    // From here the clock is the test's: Date and the outbox's retry timer move only when the test says.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await makeReady(w.technician, order.id);
    const messageAfter = (attempts: number) =>
      until(async () => {
        const message = (await w.clerk.ok('notifications.forOrder', { orderId: order.id })).find((m) => m.event === 'ready');
        return message && message.attempts === attempts && message.state !== 'sending' ? message : undefined;
      });

    let message = await messageAfter(1);
    expect(gateway.requests).toHaveLength(1);
    for (const [i, wait] of BACKOFF_MS.entries()) {
      expect(message).toMatchObject({ state: 'queued', failure: 'server_error', attempts: i + 1 });
      expect(Date.parse(message.nextAttemptAt!) - Date.parse(message.updatedAt)).toBe(wait);
      // A second short of the wait: nothing goes.
      await vi.advanceTimersByTimeAsync(wait - 1_000);
      for (let spin = 0; spin < 50; spin++) await turn();
      expect(gateway.requests, `before wait ${i + 1} is over`).toHaveLength(i + 1);
      // The wait over, the gateway is asked again, once.
      await vi.advanceTimersByTimeAsync(1_000);
      message = await messageAfter(i + 2);
      expect(gateway.requests).toHaveLength(i + 2);
    }
    // The sixth try failed too: the message is given up, with its reason, and not tried again however long one waits.
    expect(message).toMatchObject({ state: 'failed', failure: 'server_error', attempts: 6, nextAttemptAt: undefined });
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    for (let spin = 0; spin < 50; spin++) await turn();
    expect(gateway.requests).toHaveLength(6);
  });
});
