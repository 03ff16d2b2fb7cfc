import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';
import { DEMO_PIN } from '../../electron/app/demo.js';

describe('intake', () => {
  it('takes a device in: a new customer, a new device and a numbered order in "received"', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:30:00Z') });
    const { clerk } = await staffedWorkshop(t);
    const view = await clerk.ok('orders.create', intakeInput());
    expect(view.order.number).toBe('R-2026-00001');
    expect(view.order.status).toBe('received');
    expect(view.order.receivedBy).toBe(clerk.id);
    expect(view.order.timeline).toEqual([{ at: '2026-03-10T09:30:00.000Z', by: clerk.id, from: null, to: 'received' }]);
    expect(view.customer.createdBy).toBe(clerk.id);
    expect(view.device.ownerId).toBe(view.customer.id);
    const second = await clerk.ok('orders.create', intakeInput({ imei: validImei('35391711987654'), phone: '+972 54 555 0133' }));
    expect(second.order.number).toBe('R-2026-00002');
  });

  it('reuses an existing customer and device picked by id', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const first = await clerk.ok('orders.create', intakeInput());
    const again = await clerk.ok('orders.create', {
      ...intakeInput(),
      customer: { id: first.customer.id },
      device: { id: first.device.id },
      // The unit's first order is still open: a second one needs the clerk's reason (test/orders/corrections.test.ts).
      insist: { reason: 'A second, separate fault' },
    });
    expect(again.customer.id).toBe(first.customer.id);
    expect(again.device.id).toBe(first.device.id);
  });

  it('refuses an IMEI with a wrong check digit, naming the field, and stores nothing', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const result = await clerk.call('orders.create', intakeInput({ imei: '490154203237519' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'device.imei': 'imei_checksum' } } });
    expect(t.backend.store.customers.size).toBe(0);
    expect(t.backend.store.orders.size).toBe(0);
  });

  it('names every bad field of a new customer and device at once', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const result = await clerk.call('orders.create', {
      customer: { name: '', phones: ['abc'] },
      device: { category: 'Phone', brand: 'X', model: 'Y' },
      intake: { statedDefect: '' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toMatchObject({
      'customer.name': 'required',
      'customer.phones.0': 'invalid_phone',
      'device.serial': 'serial_or_imei',
      'intake.statedDefect': 'required',
    });
  });

  it('refuses a promised date in the past and a second registration of the same IMEI', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:30:00Z') });
    const { clerk } = await staffedWorkshop(t);
    const past = await clerk.call('orders.create', { ...intakeInput(), intake: { statedDefect: 'x', promisedDate: '2026-03-09' } });
    expect(past).toMatchObject({ ok: false, error: { fields: { 'intake.promisedDate': 'before_today' } } });
    await clerk.ok('orders.create', intakeInput());
    const duplicate = await clerk.call('orders.create', intakeInput());
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'device.imei': 'duplicate_device' } } });
  });

  it('records nothing for an unknown or inactive staff member', async () => {
    const t = await openBackend();
    const { manager, clerk, technician } = await staffedWorkshop(t);
    // Deactivation ends the member's sessions.
    await manager.ok('staff.update', { id: clerk.id, active: false, reason: 'Left the workshop' });
    const result = await clerk.call('orders.create', intakeInput());
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // A member made inactive behind the sessions' back (a restored staff list) is not taken as signed in either.
    await t.backend.store.staff.replace({ ...t.backend.store.staff.get(technician.id)!, active: false });
    expect(await technician.call('orders.create', intakeInput())).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(t.backend.store.orders.size).toBe(0);
  });
});

describe('repair tracking', () => {
  it('follows a repair from intake to hand-back, recording who changed what and when', async () => {
    let clock = new Date('2026-03-10T09:00:00Z');
    const t = await openBackend({ now: () => clock });
    const { clerk, technician } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    await clerk.ok('orders.assign', { id: order.id, technicianId: technician.id });
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) {
      clock = new Date(clock.getTime() + 3_600_000);
      await technician.ok('orders.transition', { id: order.id, to });
    }
    await technician.ok('orders.diagnose', { id: order.id, notes: 'Display cable loose' });
    await technician.ok('orders.setLines', {
      id: order.id,
      workLines: [{ description: 'Reseat display cable', unitPrice: 4000 }],
      partLines: [{ name: 'Display cable', sku: 'DC-23', quantity: 1, unitPrice: 1500, warrantyDays: 180 }],
    });
    clock = new Date(clock.getTime() + 3_600_000);
    const handedBack = await clerk.ok('orders.transition', { id: order.id, to: 'issued', outcome: 'repaired', paidAmount: 5500 });
    expect(handedBack.order.status).toBe('issued');
    expect(handedBack.order.outcome).toBe('repaired');
    expect(handedBack.order.handedBackAt).toBe('2026-03-10T13:00:00.000Z');
    expect(handedBack.order.timeline.map((e) => [e.from, e.to, e.by])).toEqual([
      [null, 'received', clerk.id],
      ['received', 'diagnosing', technician.id],
      ['diagnosing', 'in_repair', technician.id],
      ['in_repair', 'ready', technician.id],
      ['ready', 'issued', clerk.id],
    ]);
    expect(handedBack.order.workLines[0]).toMatchObject({ quantity: 1, warrantyDays: 90 });
    expect(handedBack.order.partLines[0]).toMatchObject({ sku: 'DC-23', warrantyDays: 180 });
    expect(handedBack.order.updatedBy).toBe(clerk.id);
  });

  it('refuses a transition the workflow does not allow and leaves the order as it was', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    const jump = await clerk.call('orders.transition', { id: order.id, to: 'ready' });
    expect(jump).toMatchObject({ ok: false, error: { code: 'invalid_transition', fields: { to: 'not_allowed' } } });
    expect((await clerk.ok('orders.get', { id: order.id })).order.timeline).toHaveLength(1);
  });

  it('does not hand a device back without an outcome', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    await clerk.ok('orders.transition', { id: order.id, to: 'cancelled' });
    const noOutcome = await clerk.call('orders.transition', { id: order.id, to: 'issued' });
    expect(noOutcome).toMatchObject({ ok: false, error: { fields: { outcome: 'required' } } });
    const wrong = await clerk.call('orders.transition', { id: order.id, to: 'issued', outcome: 'repaired' });
    expect(wrong).toMatchObject({ ok: false, error: { fields: { outcome: 'invalid_choice' } } });
    await clerk.ok('orders.transition', { id: order.id, to: 'issued', outcome: 'refused' });
  });

  it('assigns only active technicians or managers, not clerks', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    const result = await clerk.call('orders.assign', { id: order.id, technicianId: clerk.id });
    expect(result).toMatchObject({ ok: false, error: { fields: { technicianId: 'not_technician' } } });
  });

  it('refuses negative prices and keeps the lines it had', async () => {
    const t = await openBackend();
    const { technician, clerk } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    const result = await technician.call('orders.setLines', {
      id: order.id,
      workLines: [{ description: 'Repair', unitPrice: -100 }],
      partLines: [],
    });
    expect(result).toMatchObject({ ok: false, error: { fields: { 'workLines.0.unitPrice': 'negative' } } });
  });
});

describe('finding orders', () => {
  async function workshopWithOrders() {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const a = await clerk.ok('orders.create', intakeInput({ name: 'Иван Петров', phone: '+7 912 555-01-02', imei: validImei('35290611123456') }));
    const b = await clerk.ok('orders.create', intakeInput({ name: 'דנה כהן', phone: '052-555-0101', imei: validImei('35391711987654'), serial: 'SN-ABC-42' }));
    return { t, clerk, a, b };
  }

  it('searches by order number, serial, IMEI, phone and name', async () => {
    const { clerk, a, b } = await workshopWithOrders();
    const search = async (query: string) => (await clerk.ok('orders.list', { query })).rows.map((r) => r.number);
    expect(await search(a.order.number)).toEqual([a.order.number]);
    expect(await search('sn-abc-42')).toEqual([b.order.number]);
    expect(await search(b.device.imei!)).toEqual([b.order.number]);
    expect(await search('912 555')).toEqual([a.order.number]);
    expect(await search('0525550101')).toEqual([b.order.number]);
    expect(await search('петров')).toEqual([a.order.number]);
    expect(await search('דנה')).toEqual([b.order.number]);
    expect(await search('')).toEqual([b.order.number, a.order.number]);
  });

  it('filters by status and counts orders per status', async () => {
    const { clerk, a } = await workshopWithOrders();
    await clerk.ok('orders.transition', { id: a.order.id, to: 'diagnosing' });
    const list = await clerk.ok('orders.list', { status: 'diagnosing' });
    expect(list.rows.map((r) => r.number)).toEqual([a.order.number]);
    expect(list.countsByStatus).toMatchObject({ received: 1, diagnosing: 1, ready: 0 });
  });

  it('opens the order a scanner names by number, serial or IMEI', async () => {
    const { clerk, a, b } = await workshopWithOrders();
    expect(await clerk.ok('orders.find', { code: a.order.number.toLowerCase() })).toEqual({ id: a.order.id });
    expect(await clerk.ok('orders.find', { code: 'SN-ABC-42' })).toEqual({ id: b.order.id });
    expect(await clerk.ok('orders.find', { code: 'NOTHING-1' })).toBeNull();
  });

  it('shows on the dashboard what is past its promised date and what is ready', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:00:00Z') });
    const { clerk } = await staffedWorkshop(t);
    const late = await clerk.ok('orders.create', { ...intakeInput(), intake: { statedDefect: 'x', promisedDate: '2026-03-11' } });
    const summary = await clerk.ok('orders.dashboard', { today: '2026-03-12' });
    expect(summary.overdue.map((r) => r.id)).toEqual([late.order.id]);
    expect(summary.open).toBe(1);
    expect((await clerk.ok('orders.dashboard', { today: '2026-03-10' })).receivedToday).toBe(1);
  });
});

describe('staff', () => {
  it('creates the first manager without an actor, and later staff only by a manager', async () => {
    const t = await openBackend();
    const { clerk, manager } = await staffedWorkshop(t);
    const byClerk = await clerk.call('staff.create', { name: 'New Tech', role: 'technician', pin: '2468' });
    expect(byClerk).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const anonymous = await t.public.call('staff.create', { name: 'Sneaky', role: 'manager', pin: '2468' });
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect((await t.public.ok('staff.list', {})).map((m) => m.name)).not.toContain('Sneaky');
    await manager.ok('staff.create', { name: 'New Tech', role: 'technician', pin: '2468' });
  });

  it('keeps at least one active manager', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const result = await manager.call('staff.update', { id: manager.id, active: false });
    expect(result).toMatchObject({ ok: false, error: { fields: { role: 'last_manager' } } });
  });
});

describe('demo data', () => {
  it('fills an empty workshop with staff and orders at several stages, once', async () => {
    const t = await openBackend();
    const loaded = await t.public.ok('app.loadDemo', {});
    expect(loaded.orders).toBeGreaterThanOrEqual(5);
    const manager = await t.signIn((await t.public.ok('staff.list', {})).find((m) => m.role === 'manager')!, DEMO_PIN);
    const statuses = new Set((await manager.ok('orders.list', {})).rows.map((r) => r.status));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
    expect((await t.public.ok('app.info', {})).empty).toBe(false);
    expect(await t.public.call('app.loadDemo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
