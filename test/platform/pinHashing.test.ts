import { describe, expect, it } from 'vitest';
import { APPLICATION_PIN_HASHER, openBackend, staffedWorkshop } from './helpers.js';

describe('PIN hashing off the main thread', () => {
  it('lets the event loop turn while sign-ins are checked (scrypt runs on the thread pool, one at a time)', async () => {
    // At the application's cost: what a burst of sign-ins does to the event loop is the point here.
    const t = await openBackend({ pinHasher: APPLICATION_PIN_HASHER });
    const { clerk, manager } = await staffedWorkshop(t);
    let turned = false;
    setImmediate(() => (turned = true));
    const calls = Array.from({ length: 10 }, (_, i) => t.public.call('session.signIn', { staffId: i % 2 ? clerk.id : manager.id, pin: i < 8 ? '2468' : '0000' }));
    // A synchronous scrypt would answer every sign-in within this turn of the event loop, before any other work.
    const turnedBeforeTheFirstAnswer = await Promise.race(calls).then(() => turned);
    const answers = await Promise.all(calls);
    expect(turnedBeforeTheFirstAnswer).toBe(true);
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, true, true, true, true, true, false, false]);
  });
});
