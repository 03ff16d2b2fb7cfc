import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';

/** A Russian workshop on 20 March 2026, with a clock the test moves. */
async function russianWorkshop(start = '2026-03-20T09:00:00Z') {
  const clock = { now: new Date(start) };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'ru' });
  return { t, clock, ...staff };
}

function phone(imei = validImei()) {
  return { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', imei, purchaseDate: '2025-06-01', warrantyMonths: 12 };
}

describe('warranty check by serial, IMEI or order number', () => {
  it('answers under warranty until a date, with days left and its basis', async () => {
    const { clerk } = await russianWorkshop();
    const view = await clerk.ok('orders.create', { ...intakeInput(), device: phone() });
    const [card] = await clerk.ok('warranty.check', { code: view.device.imei! });
    expect(card.warranty).toMatchObject({ status: 'under_warranty', start: '2025-06-01', suggestedBasis: 'manufacturer' });
    // The open order extends the warranty day by day while the unit is in for a warranty repair.
    expect(card.warranty.end).toBe('2026-06-01');
    expect(card.history.map((h) => h.number)).toEqual([view.order.number]);
    expect((await clerk.ok('warranty.check', { code: view.order.number }))[0].device.id).toBe(view.device.id);
    expect(await clerk.ok('warranty.check', { code: 'NO-SUCH-SERIAL' })).toEqual([]);
  });

  it('sets the warranty basis at intake from the check when the clerk leaves it out', async () => {
    const { clerk } = await russianWorkshop();
    const input = { ...intakeInput(), device: phone() };
    const underWarranty = await clerk.ok('orders.create', { ...input, intake: { statedDefect: 'Dead' } });
    expect(underWarranty.order.intake.warrantyBasis).toBe('manufacturer');
    const old = await clerk.ok('orders.create', {
      ...input,
      device: { ...phone(validImei('35391711987654')), purchaseDate: '2020-01-01' },
      intake: { statedDefect: 'Dead' },
    });
    // Past 12 months, but within the 10-year window for significant defects: a statutory claim may apply.
    expect(old.order.intake.warrantyBasis).toBe('statutory');
  });

  it('extends the end by the days of a warranty repair, and a returning unit is a repeat repair', async () => {
    const { clock, clerk, technician } = await russianWorkshop('2026-03-01T09:00:00Z');
    const first = await clerk.ok('orders.create', { ...intakeInput(), device: phone(), intake: { statedDefect: 'Dead', warrantyBasis: 'manufacturer' } });
    const id = first.order.id;
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await technician.ok('orders.transition', { id, to });
    await technician.ok('orders.setLines', { id, workLines: [{ description: 'Replace board', unitPrice: 0, warrantyDays: 90 }], partLines: [] });
    clock.now = new Date('2026-03-20T15:00:00Z');
    await clerk.ok('orders.transition', { id, to: 'issued', outcome: 'repaired' });

    const [card] = await clerk.ok('warranty.check', { code: first.device.imei! });
    expect(card.warranty.end).toBe('2026-06-20');
    expect(card.warranty.steps.at(-1)).toEqual({ kind: 'repair_days', days: 19, order: first.order.number, ongoing: false });
    expect(card.warranty.repairWarranties).toEqual([{ order: first.order.number, description: 'Replace board', until: '2026-06-18' }]);
    expect(card.warranty.repeatRepairs).toBe(0);

    const again = await clerk.ok('orders.create', { ...intakeInput(), customer: { id: first.customer.id }, device: { id: first.device.id } });
    expect((await clerk.ok('warranty.check', { code: first.order.number }))[0].warranty.repeatRepairs).toBe(1);
    expect(again.order.intake.warrantyBasis).toBe('manufacturer');
  });

  it('lets a manager record an extended warranty and the installation date (a clerk may not: they decide the warranty)', async () => {
    const { clerk, manager } = await russianWorkshop();
    const view = await clerk.ok('orders.create', { ...intakeInput(), device: { ...phone(), purchaseDate: '2024-01-10' } });
    expect(await clerk.call('devices.update', { id: view.device.id, extendedUntil: '2027-01-10', extendedContract: 'EXT-77' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const card = await manager.ok('devices.update', { id: view.device.id, extendedUntil: '2027-01-10', extendedContract: 'EXT-77' });
    expect(card.warranty).toMatchObject({ status: 'extended', extendedUntil: '2027-01-10' });
    const bad = await manager.call('devices.update', { id: view.device.id, installationDate: '2023-12-01' });
    expect(bad).toMatchObject({ ok: false, error: { fields: { installationDate: 'before_purchase' } } });
    const cleared = await manager.ok('devices.update', { id: view.device.id, extendedUntil: '' });
    expect(cleared.device.extendedUntil).toBeUndefined();
  });
});

describe('voiding a warranty', () => {
  it('is a manager’s action with a reason, can be undone, and both stay in the history', async () => {
    const { clerk, manager } = await russianWorkshop();
    const view = await clerk.ok('orders.create', { ...intakeInput(), device: phone() });
    const byClerk = await clerk.call('warranty.void', { deviceId: view.device.id, reason: 'liquid_damage', note: 'Corrosion on the board' });
    expect(byClerk).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const voided = await manager.ok('warranty.void', { deviceId: view.device.id, reason: 'liquid_damage', note: 'Corrosion on the board' });
    expect(voided.warranty).toMatchObject({ status: 'void', suggestedBasis: 'paid', voided: { reason: 'liquid_damage', by: manager.id } });
    expect(await manager.call('warranty.void', { deviceId: view.device.id, reason: 'misuse', note: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    const restored = await manager.ok('warranty.unvoid', { deviceId: view.device.id, note: 'Lab found no liquid damage' });
    expect(restored.warranty.status).toBe('under_warranty');
    expect(restored.device.voidHistory?.map((e) => e.action)).toEqual(['void', 'unvoid']);
  });

  it('refuses an unknown reason code, naming the field', async () => {
    const { manager, clerk } = await russianWorkshop();
    const view = await clerk.ok('orders.create', { ...intakeInput(), device: phone() });
    const result = await manager.call('warranty.void', { deviceId: view.device.id, reason: 'dislike' as never, note: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { reason: 'invalid_choice' } } });
  });
});

describe('expiry list', () => {
  it('lists units whose warranty ends within N days or ended within the last N days, by end date', async () => {
    const { clerk } = await russianWorkshop('2026-05-20T09:00:00Z');
    const soon = await clerk.ok('orders.create', { ...intakeInput(), device: { ...phone(), purchaseDate: '2025-06-01' }, intake: { statedDefect: 'x', warrantyBasis: 'paid' } });
    const ended = await clerk.ok('orders.create', {
      ...intakeInput({ name: 'Old Customer', phone: '+7 900 000-00-00' }),
      device: { ...phone(validImei('35391711987654')), purchaseDate: '2025-05-01', model: 'Galaxy A54' },
      intake: { statedDefect: 'x', warrantyBasis: 'paid' },
    });
    await clerk.ok('orders.create', { ...intakeInput(), device: { ...phone(validImei('35209900176148')), purchaseDate: '2026-05-01' } });
    const rows = await clerk.ok('warranty.expiring', { withinDays: 30, pastDays: 30 });
    expect(rows.map((r) => [r.deviceId, r.end, r.daysLeft])).toEqual([
      [ended.device.id, '2026-05-01', -19],
      [soon.device.id, '2026-06-01', 12],
    ]);
    expect((await clerk.ok('warranty.expiring', { model: 'a54' })).map((r) => r.deviceId)).toEqual([ended.device.id]);
    expect((await clerk.ok('warranty.expiring', { customer: 'old cust' })).map((r) => r.deviceId)).toEqual([ended.device.id]);
  });
});

describe('legal deadlines on orders', () => {
  it('shows the repair deadline on a consumer’s warranty order and counts it on the dashboard', async () => {
    const { clock, clerk } = await russianWorkshop('2026-03-01T09:00:00Z');
    const view = await clerk.ok('orders.create', {
      ...intakeInput(),
      device: phone(),
      intake: { statedDefect: 'Dead', warrantyBasis: 'manufacturer', loanerDemanded: true },
    });
    expect(view.deadlines).toEqual([
      { kind: 'repair', due: '2026-04-15', daysLeft: 45, state: 'on_time' },
      { kind: 'loaner', due: '2026-03-04', daysLeft: 3, state: 'on_time' },
    ]);
    clock.now = new Date('2026-03-03T09:00:00Z');
    expect((await clerk.ok('orders.dashboard', { today: '2026-03-03' })).legalDueSoon.map((r) => r.id)).toEqual([view.order.id]);
    clock.now = new Date('2026-04-16T09:00:00Z');
    const summary = await clerk.ok('orders.dashboard', { today: '2026-04-16' });
    expect(summary.legalOverdue.map((r) => r.id)).toEqual([view.order.id]);
  });

  it('changes when the workshop overrides the profile, and the source says so', async () => {
    const { t, clerk, manager } = await russianWorkshop('2026-03-01T09:00:00Z');
    await manager.ok('settings.update', { ruleOverrides: { repairDeadlineDays: 20 } });
    const view = await clerk.ok('orders.create', { ...intakeInput(), device: phone(), intake: { statedDefect: 'x', warrantyBasis: 'manufacturer' } });
    // 20 days end on Saturday 21 March: the next working day, Monday 23 March (Civil Code Art. 193).
    expect(view.deadlines[0].due).toBe('2026-03-23');
    const rules = await t.public.ok('rules.get', {});
    expect(rules.effective.overridden).toEqual(['repairDeadlineDays']);
    expect(rules.effective.sources.repairDeadlineDays.source).toMatch(/set by the workshop/);
    const bad = await manager.call('settings.update', { ruleOverrides: { repairDeadlineDays: -5 } });
    expect(bad).toMatchObject({ ok: false, error: { fields: { 'ruleOverrides.repairDeadlineDays': 'negative' } } });
  });
});
