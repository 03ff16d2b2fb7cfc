import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop } from '../platform/helpers.js';

describe('a member’s own preferences, kept with the member', () => {
  it('keeps a clerk’s interface and document language with the clerk, and changes nobody else’s', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await manager.ok('staff.preferences', { uiLanguage: 'ru', documentLanguage: 'ru' });
    const saved = await clerk.ok('staff.preferences', { uiLanguage: 'he' });
    expect(saved).toMatchObject({ id: clerk.id, uiLanguage: 'he' });
    expect(saved.documentLanguage).toBeUndefined();
    // One field at a time: the other stays.
    expect(await clerk.ok('staff.preferences', { documentLanguage: 'en' })).toMatchObject({ uiLanguage: 'he', documentLanguage: 'en' });
    const staff = await t.public.ok('staff.list', {});
    expect(staff.find((m) => m.id === manager.id)).toMatchObject({ uiLanguage: 'ru', documentLanguage: 'ru' });
    expect(staff.find((m) => m.id === clerk.id)).toMatchObject({ uiLanguage: 'he', documentLanguage: 'en' });
    // The workshop's own setting is not the clerk's to change through their preference.
    expect((await t.public.ok('settings.get', {})).uiLanguage).toBe('en');
    // A signing-in member gets their language back with the sign-in answer (the screens switch to it).
    expect((await t.public.ok('session.signIn', { staffId: manager.id, pin: '2468' })).staff.uiLanguage).toBe('ru');
  });

  it('refuses another member’s id, a language we do not have, and a request without a session; nothing changes', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    expect(await clerk.call('staff.preferences', { id: manager.id, uiLanguage: 'he' } as never)).toMatchObject({ ok: false, error: { code: 'validation', fields: { id: 'unknown_field' } } });
    expect(await clerk.call('staff.preferences', { uiLanguage: 'de' } as never)).toMatchObject({ ok: false, error: { fields: { uiLanguage: 'invalid_choice' } } });
    expect(await t.public.call('staff.preferences', { uiLanguage: 'he' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const staff = await t.public.ok('staff.list', {});
    expect(staff.every((m) => m.uiLanguage === undefined && m.documentLanguage === undefined)).toBe(true);
  });

  it('survives a restart: the preference is in the staff file', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    await clerk.ok('staff.preferences', { uiLanguage: 'he', documentLanguage: 'ru' });
    await t.close();
    const again = await openBackend({ dataDir: t.dataDir });
    expect((await again.public.ok('staff.list', {})).find((m) => m.id === clerk.id)).toMatchObject({ uiLanguage: 'he', documentLanguage: 'ru' });
  });
});

describe('what cannot be undone is done with a reason, and the reason is kept', () => {
  it('asks why a member is deactivated and keeps the reason in the audit entry of the change', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    expect(await manager.call('staff.update', { id: clerk.id, active: false })).toMatchObject({ ok: false, error: { code: 'validation', fields: { reason: 'required' } } });
    expect(await manager.call('staff.update', { id: clerk.id, active: false, reason: '   ' })).toMatchObject({ ok: false, error: { fields: { reason: 'required' } } });
    expect((await t.public.ok('staff.list', {})).find((m) => m.id === clerk.id)?.active).toBe(true);
    await manager.ok('staff.update', { id: clerk.id, active: false, reason: 'Left the workshop on 30 November' });
    const { rows } = await manager.ok('data.audit.list', { collection: 'staff', id: clerk.id });
    expect(rows[0]).toMatchObject({ by: manager.id, channel: 'staff.update', note: 'Left the workshop on 30 November', after: { active: false } });
    // Activating again needs no reason (nothing is lost by it), and its entry carries none.
    await manager.ok('staff.update', { id: clerk.id, active: true });
    const after = await manager.ok('data.audit.list', { collection: 'staff', id: clerk.id });
    expect(after.rows[0].note).toBeUndefined();
  });

  it('asks why a backup is restored and records who restored which backup and why in the restored audit log', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const backup = await manager.ok('data.backups.create', {});
    expect(await manager.call('data.backups.restore', { id: backup.id, confirm: true } as never)).toMatchObject({ ok: false, error: { fields: { reason: 'required' } } });
    await manager.ok('data.backups.restore', { id: backup.id, confirm: true, reason: 'An order was deleted by mistake' });
    const again = await t.signIn(manager);
    const { rows } = await again.ok('data.audit.list', { collection: 'backups' });
    expect(rows[0]).toMatchObject({ by: manager.id, channel: 'data.backups.restore', note: 'An order was deleted by mistake', id: backup.id, after: { reason: 'An order was deleted by mistake' } });
    expect((await again.ok('data.audit.verify', {})).intact).toBe(true);
  });

  it('keeps the reason of a cancellation as the status change’s note in the timeline', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    const cancelled = await clerk.ok('orders.transition', { id: order.id, to: 'cancelled', note: 'The customer took the device back unrepaired' });
    expect(cancelled.order.timeline.at(-1)).toMatchObject({ by: clerk.id, to: 'cancelled', note: 'The customer took the device back unrepaired' });
  });
});

describe('intake refuses a purchase in the future, as the registry import does', () => {
  it('names every date problem at once and stores nothing', async () => {
    const t = await openBackend({ now: () => new Date('2026-05-04T09:00:00Z') });
    const { clerk } = await staffedWorkshop(t);
    const input = intakeInput();
    const refused = await clerk.call('orders.create', {
      ...input,
      device: { ...input.device, purchaseDate: '2026-05-05' },
      intake: { ...input.intake, promisedDate: '2026-05-01' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'device.purchaseDate': 'in_future', 'intake.promisedDate': 'before_today' } } });
    expect(t.backend.store.orders.size + t.backend.store.devices.size + t.backend.store.customers.size).toBe(0);
    // Today is not the future.
    expect((await clerk.ok('orders.create', { ...input, device: { ...input.device, purchaseDate: '2026-05-04' } })).order.status).toBe('received');
  });
});
