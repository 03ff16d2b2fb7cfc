import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChannelBus, register } from '../../electron/platform/ipc/register.js';
import { PIN_ATTEMPTS, SESSION_IDLE_MS, checkPin, derivePinHash } from '../../electron/session/sessions.js';
import { startWebHost } from '../../electron/platform/web/host.js';
import type { Envelope } from '../../shared/platform/result.js';
import { intakeInput, openBackend, staffedWorkshop, tempDir } from '../platform/helpers.js';

const PIN = '2468';

/** A workshop behind register(), as the Electron window reaches it: every request carries the session it has. */
async function counter(options: { now?: () => Date } = {}) {
  // Sessions here run on the test's clock: idle time and lock-out are what is tested.
  const t = await openBackend({ ...options, sessionClock: options.now ? () => options.now!().getTime() : undefined });
  const staff = await staffedWorkshop(t);
  const listeners = new Map<string, (event: object, input: unknown, session?: unknown) => Promise<Envelope<unknown>>>();
  const bus: ChannelBus<object> = { handle: (channel, listener) => listeners.set(channel, listener) };
  register(bus, t.backend.handlers, { isTrustedSender: () => true, signedIn: t.backend.signedIn });
  const request = (channel: string, input: unknown, session?: string) => listeners.get(channel)!({}, input, session);
  const signIn = async (staffId: string, pin = PIN) => {
    const result = await request('session.signIn', { staffId, pin });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return (result.value as { token: string }).token;
  };
  return { t, ...staff, request, signIn };
}

describe('signing in with a PIN', () => {
  it('nothing but the sign-in screen answers before a member signs in', async () => {
    const { request, clerk, signIn } = await counter();
    expect(await request('orders.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await request('orders.create', intakeInput())).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // The sign-in screen's own needs: who works here, the UI language, the app's state.
    expect(await request('staff.list', {})).toMatchObject({ ok: true });
    expect(await request('app.info', {})).toMatchObject({ ok: true });
    const token = await signIn(clerk.id);
    expect(await request('orders.create', intakeInput(), token)).toMatchObject({ ok: true });
  });

  it('a wrong PIN is refused, and after repeated wrong PINs even the right one waits', async () => {
    let now = new Date('2026-03-02T09:00:00Z');
    const { request, clerk, signIn } = await counter({ now: () => now });
    expect(await request('session.signIn', { staffId: clerk.id, pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', fields: { pin: 'wrong_pin' } },
    });
    for (let i = 1; i < PIN_ATTEMPTS; i++) await request('session.signIn', { staffId: clerk.id, pin: '0000' });
    expect(await request('session.signIn', { staffId: clerk.id, pin: PIN })).toMatchObject({
      ok: false,
      error: { fields: { pin: 'locked' } },
    });
    now = new Date(now.getTime() + 31_000);
    expect(await signIn(clerk.id)).toMatch(/^[\w-]{20,}$/);
  });

  it('the session decides who acts: an actor named in a request is refused, and manager-only actions stay refused for a clerk', async () => {
    const { t, request, clerk, manager, signIn } = await counter();
    const clerkToken = await signIn(clerk.id);
    // No input names who acts: an actorId is a field no channel knows, refused before anything runs.
    const asManager = await request('staff.create', { actorId: manager.id, name: 'Intruder', role: 'manager', pin: '1111' }, clerkToken);
    expect(asManager).toMatchObject({ ok: false, error: { code: 'validation', fields: { actorId: 'unknown_field' } } });
    const inTheirName = await request('orders.create', { ...intakeInput(), actorId: manager.id }, clerkToken);
    expect(inTheirName).toMatchObject({ ok: false, error: { code: 'validation', fields: { actorId: 'unknown_field' } } });
    const asSelf = await request('staff.create', { name: 'Intruder', role: 'manager', pin: '1111' }, clerkToken);
    expect(asSelf).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { _: 'role' } } });
    const restore = await request('data.backups.restore', { id: 'x', confirm: true, reason: 'test' }, clerkToken);
    expect(restore).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Without a session, the first-run channel makes no manager once there is staff.
    const anonymous = await request('staff.create', { name: 'Intruder', role: 'manager', pin: '1111' });
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const staff = (await request('staff.list', {})) as { ok: true; value: Array<{ name: string }> };
    expect(staff.value.map((m) => m.name)).not.toContain('Intruder');
    // What the clerk does is the clerk's: in the order's timeline and in the audit log.
    const made = (await request('orders.create', intakeInput(), clerkToken)) as { ok: true; value: { order: { id: string; receivedBy: string; timeline: Array<{ by: string }> } } };
    expect(made.value.order.receivedBy).toBe(clerk.id);
    expect(made.value.order.timeline[0].by).toBe(clerk.id);
    const { rows } = await manager.ok('data.audit.list', { collection: 'orders', id: made.value.order.id });
    expect(rows.map((r) => [r.by, r.channel])).toEqual([[clerk.id, 'orders.create']]);
    expect(t.backend.store.orders.get(made.value.order.id)?.updatedBy).toBe(clerk.id);
  });

  it('signing out, deactivation, a new PIN set by a manager and a long idle time each end a session', async () => {
    let now = new Date('2026-03-02T09:00:00Z');
    const { request, clerk, technician, manager, signIn } = await counter({ now: () => now });
    const managerToken = await signIn(manager.id);
    const clerkToken = await signIn(clerk.id);
    const technicianToken = await signIn(technician.id);

    await request('session.signOut', { token: clerkToken });
    expect(await request('session.current', { token: clerkToken })).toMatchObject({ ok: true, value: {} });
    expect(await request('orders.list', {}, clerkToken)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    await request('staff.setPin', { id: technician.id, pin: '97531' }, managerToken);
    expect(await request('orders.list', {}, technicianToken)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await request('session.signIn', { staffId: technician.id, pin: PIN })).toMatchObject({ ok: false });
    const again = await signIn(technician.id, '97531');

    await request('staff.update', { id: technician.id, active: false, reason: 'Left the workshop' }, managerToken);
    expect(await request('orders.list', {}, again)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    now = new Date(now.getTime() + SESSION_IDLE_MS + 1000);
    expect(await request('orders.list', {}, managerToken)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('only a manager sets someone else’s PIN; a member sets their own', async () => {
    const { request, clerk, technician, signIn } = await counter();
    const clerkToken = await signIn(clerk.id);
    expect(await request('staff.setPin', { id: technician.id, pin: '1357' }, clerkToken)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await request('staff.setPin', { id: clerk.id, pin: '12' }, clerkToken)).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { pin: 'pin_format' } },
    });
    expect(await request('staff.setPin', { id: clerk.id, pin: '1357', currentPin: PIN }, clerkToken)).toMatchObject({ ok: true });
    expect(await signIn(clerk.id, '1357')).toBeTruthy();
  });

  it('the PIN is stored only as a salted hash, apart from the staff records, and never leaves the backend', async () => {
    const { t, request } = await counter();
    const file = await readFile(join(t.dataDir, '.staff-pins.json'), 'utf8');
    expect(file).not.toContain(`"${PIN}"`);
    expect(file).toMatch(/"scrypt\$/);
    expect(await readFile(join(t.dataDir, 'staff.json'), 'utf8')).not.toContain('scrypt');
    const listed = JSON.stringify(await request('staff.list', {}));
    expect(listed).not.toContain('scrypt');
    expect(listed).toContain('"hasPin":true');
  });

  it('a member from before PINs signs in without one into a session that can only choose it', async () => {
    const { t, clerk, manager } = await counter();
    // As data from before PINs: the manager has none (and so no manager here can sign in with one).
    await t.close();
    const vaultFile = join(t.dataDir, '.staff-pins.json');
    const vault = JSON.parse(await readFile(vaultFile, 'utf8')) as { pins: Record<string, string> };
    delete vault.pins[manager.id];
    await writeFile(vaultFile, JSON.stringify(vault));
    const again = await openBackend({ dataDir: t.dataDir });
    const request = (channel: string, input: unknown, session?: string) => again.send(channel as never, input, session);
    expect(await request('session.signIn', { staffId: manager.id, pin: '9999' })).toMatchObject({ ok: false });
    const first = await request('session.signIn', { staffId: manager.id, pin: '' });
    if (!first.ok) throw new Error('sign-in failed');
    const { token, staff } = first.value as { token: string; staff: { hasPin: boolean } };
    expect(staff.hasPin).toBe(false);
    // Nothing but choosing one's own PIN: no data, no one else's PIN, no acting as a manager.
    expect(await request('orders.list', {}, token)).toMatchObject({ ok: false, error: { fields: { pin: 'pin_required' } } });
    expect(await request('staff.setPin', { id: clerk.id, pin: '1111' }, token)).toMatchObject({ ok: false });
    const second = ((await request('session.signIn', { staffId: manager.id, pin: '' })) as { value: { token: string } }).value.token;
    expect(await request('staff.setPin', { id: manager.id, pin: '86420' }, token)).toMatchObject({ ok: true });
    expect(await request('orders.list', {}, token)).toMatchObject({ ok: true });
    // Whoever else got in without a PIN meanwhile is out.
    expect(await request('orders.list', {}, second)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('changing one’s own PIN signs out one’s other sessions, not the current one', async () => {
    const { request, clerk, signIn } = await counter();
    const here = await signIn(clerk.id);
    const elsewhere = await signIn(clerk.id);
    expect(await request('staff.setPin', { id: clerk.id, pin: '7531', currentPin: PIN }, here)).toMatchObject({ ok: true });
    expect(await request('orders.list', {}, here)).toMatchObject({ ok: true });
    expect(await request('orders.list', {}, elsewhere)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('keeps PIN hashes out of the audit log, which says only that a PIN changed', async () => {
    const { t, manager, clerk } = await counter();
    await manager.ok('staff.setPin', { id: clerk.id, pin: '1357' });
    const { rows } = await manager.ok('data.audit.list', { collection: 'staff', limit: 50 });
    expect(JSON.stringify(rows)).not.toContain('scrypt');
    expect(rows[0]).toMatchObject({ id: clerk.id, after: { pinChanged: true } });
    const files = await readdir(join(t.dataDir, 'audit'));
    for (const file of files) expect(await readFile(join(t.dataDir, 'audit', file), 'utf8')).not.toContain('scrypt');
  });

  it('wrong-PIN counts survive a restart; a restore signs everybody out', async () => {
    const { t, request, clerk, manager, signIn } = await counter();
    const managerToken = await signIn(manager.id);
    await manager.ok('data.backups.create', {});
    const [backup] = await manager.ok('data.backups.list', {});
    for (let i = 0; i < PIN_ATTEMPTS; i++) await request('session.signIn', { staffId: clerk.id, pin: '0000' });
    expect(await request('data.backups.restore', { id: backup.id, confirm: true, reason: 'The disk was replaced' }, managerToken)).toMatchObject({ ok: true });
    expect(await request('orders.list', {}, managerToken)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await t.close();
    const again = await openBackend({ dataDir: t.dataDir });
    expect(await again.public.call('session.signIn', { staffId: clerk.id, pin: PIN })).toMatchObject({ ok: false, error: { fields: { pin: 'locked' } } });
  });

  it('a stored hash that is not a whole hash of ours matches no PIN', async () => {
    expect(await checkPin('1234', 'scrypt$x$A')).toBe(false);
    expect(await checkPin('1234', 'scrypt$$')).toBe(false);
    expect(await checkPin('1234', await derivePinHash('1234'))).toBe(true);
    expect(await checkPin('1235', await derivePinHash('1234'))).toBe(false);
  });
});

describe('the web host carries the session in a header', () => {
  it('X-Workshop-Session signs the request in; without it only the sign-in channels answer', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const web = await startWebHost({ handlers: t.backend.handlers, signedIn: t.backend.signedIn, staticDir: await tempDir(), token: 'host-token' });
    const post = async (channel: string, body: unknown, session = '') =>
      (await fetch(`${web.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workshop-Token': 'host-token', 'X-Workshop-Session': session, Origin: web.origin },
        body: JSON.stringify(body),
      }).then((r) => r.json())) as Envelope<{ token: string }>;
    expect(await post('orders.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const signedIn = await post('session.signIn', { staffId: clerk.id, pin: PIN });
    if (!signedIn.ok) throw new Error('sign-in failed');
    expect(await post('orders.list', {}, signedIn.value.token)).toMatchObject({ ok: true });
    await web.close();
  });
});
