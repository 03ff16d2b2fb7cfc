import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';

describe('intake', () => {
  it('takes a device in: a new customer, a new device and a numbered order in "received"', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:30:00Z') });
    const { clerk } = await staffedWorkshop(t);
    const view = await t.ok('orders.create', intakeInput(clerk.id));
    expect(view.order.number).toBe('R-2026-00001');
    expect(view.order.status).toBe('received');
    expect(view.order.receivedBy).toBe(clerk.id);
    expect(view.order.timeline).toEqual([{ at: '2026-03-10T09:30:00.000Z', by: clerk.id, from: null, to: 'received' }]);
    expect(view.customer.createdBy).toBe(clerk.id);
    expect(view.device.ownerId).toBe(view.customer.id);
    const second = await t.ok('orders.create', intakeInput(clerk.id, { imei: validImei('35391711987654'), phone: '+972 54 555 0133' }));
    expect(second.order.number).toBe('R-2026-00002');
  });

  it('reuses an existing customer and device picked by id', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const first = await t.ok('orders.create', intakeInput(clerk.id));
    const again = await t.ok('orders.create', {
      ...intakeInput(clerk.id),
      customer: { id: first.customer.id },
      device: { id: first.device.id },
    });
    expect(again.customer.id).toBe(first.customer.id);
    expect(again.device.id).toBe(first.device.id);
  });

  it('refuses an IMEI with a wrong check digit, naming the field, and stores nothing', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const result = await t.call('orders.create', intakeInput(clerk.id, { imei: '490154203237519' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'device.imei': 'imei_checksum' } } });
    expect(t.backend.store.customers.size).toBe(0);
    expect(t.backend.store.orders.size).toBe(0);
  });

  it('names every bad field of a new customer and device at once', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const result = await t.call('orders.create', {
      actorId: clerk.id,
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
    const past = await t.call('orders.create', { ...intakeInput(clerk.id), intake: { statedDefect: 'x', promisedDate: '2026-03-09' } });
    expect(past).toMatchObject({ ok: false, error: { fields: { 'intake.promisedDate': 'before_today' } } });
    await t.ok('orders.create', intakeInput(clerk.id));
    const duplicate = await t.call('orders.create', intakeInput(clerk.id));
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'device.imei': 'duplicate_device' } } });
  });

  it('records nothing for an unknown or inactive staff member', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await t.ok('staff.update', { actorId: manager.id, id: clerk.id, active: false });
    const result = await t.call('orders.create', intakeInput(clerk.id));
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { actorId: 'unknown_actor' } } });
  });
});

describe('repair tracking', () => {
  it('follows a repair from intake to hand-back, recording who changed what and when', async () => {
    let clock = new Date('2026-03-10T09:00:00Z');
    const t = await openBackend({ now: () => clock });
    const { clerk, technician } = await staffedWorkshop(t);
    const { order } = await t.ok('orders.create', intakeInput(clerk.id));
    await t.ok('orders.assign', { actorId: clerk.id, id: order.id, technicianId: technician.id });
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) {
      clock = new Date(clock.getTime() + 3_600_000);
      await t.ok('orders.transition', { actorId: technician.id, id: order.id, to });
    }
    await t.ok('orders.diagnose', { actorId: technician.id, id: order.id, notes: 'Display cable loose' });
    await t.ok('orders.setLines', {
      actorId: technician.id,
      id: order.id,
      workLines: [{ description: 'Reseat display cable', unitPrice: 4000 }],
      partLines: [{ name: 'Display cable', sku: 'DC-23', quantity: 1, unitPrice: 1500, warrantyDays: 180 }],
    });
    clock = new Date(clock.getTime() + 3_600_000);
    const handedBack = await t.ok('orders.transition', { actorId: clerk.id, id: order.id, to: 'issued', outcome: 'repaired', paidAmount: 5500 });
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
    const { order } = await t.ok('orders.create', intakeInput(clerk.id));
    const jump = await t.call('orders.transition', { actorId: clerk.id, id: order.id, to: 'ready' });
    expect(jump).toMatchObject({ ok: false, error: { code: 'invalid_transition', fields: { to: 'not_allowed' } } });
    expect((await t.ok('orders.get', { id: order.id })).order.timeline).toHaveLength(1);
  });

  it('does not hand a device back without an outcome', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const { order } = await t.ok('orders.create', intakeInput(clerk.id));
    await t.ok('orders.transition', { actorId: clerk.id, id: order.id, to: 'cancelled' });
    const noOutcome = await t.call('orders.transition', { actorId: clerk.id, id: order.id, to: 'issued' });
    expect(noOutcome).toMatchObject({ ok: false, error: { fields: { outcome: 'required' } } });
    const wrong = await t.call('orders.transition', { actorId: clerk.id, id: order.id, to: 'issued', outcome: 'repaired' });
    expect(wrong).toMatchObject({ ok: false, error: { fields: { outcome: 'invalid_choice' } } });
    await t.ok('orders.transition', { actorId: clerk.id, id: order.id, to: 'issued', outcome: 'refused' });
  });

  it('assigns only active technicians or managers, not clerks', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const { order } = await t.ok('orders.create', intakeInput(clerk.id));
    const result = await t.call('orders.assign', { actorId: clerk.id, id: order.id, technicianId: clerk.id });
    expect(result).toMatchObject({ ok: false, error: { fields: { technicianId: 'not_technician' } } });
  });

  it('refuses negative prices and keeps the lines it had', async () => {
    const t = await openBackend();
    const { technician, clerk } = await staffedWorkshop(t);
    const { order } = await t.ok('orders.create', intakeInput(clerk.id));
    const result = await t.call('orders.setLines', {
      actorId: technician.id,
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
    const a = await t.ok('orders.create', intakeInput(clerk.id, { name: 'Иван Петров', phone: '+7 912 555-01-02', imei: validImei('35290611123456') }));
    const b = await t.ok('orders.create', intakeInput(clerk.id, { name: 'דנה כהן', phone: '052-555-0101', imei: validImei('35391711987654'), serial: 'SN-ABC-42' }));
    return { t, clerk, a, b };
  }

  it('searches by order number, serial, IMEI, phone and name', async () => {
    const { t, a, b } = await workshopWithOrders();
    const search = async (query: string) => (await t.ok('orders.list', { query })).rows.map((r) => r.number);
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
    const { t, clerk, a } = await workshopWithOrders();
    await t.ok('orders.transition', { actorId: clerk.id, id: a.order.id, to: 'diagnosing' });
    const list = await t.ok('orders.list', { status: 'diagnosing' });
    expect(list.rows.map((r) => r.number)).toEqual([a.order.number]);
    expect(list.countsByStatus).toMatchObject({ received: 1, diagnosing: 1, ready: 0 });
  });

  it('opens the order a scanner names by number, serial or IMEI', async () => {
    const { t, a, b } = await workshopWithOrders();
    expect(await t.ok('orders.find', { code: a.order.number.toLowerCase() })).toEqual({ id: a.order.id });
    expect(await t.ok('orders.find', { code: 'SN-ABC-42' })).toEqual({ id: b.order.id });
    expect(await t.ok('orders.find', { code: 'NOTHING-1' })).toBeNull();
  });

  it('shows on the dashboard what is past its promised date and what is ready', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:00:00Z') });
    const { clerk } = await staffedWorkshop(t);
    const late = await t.ok('orders.create', { ...intakeInput(clerk.id), intake: { statedDefect: 'x', promisedDate: '2026-03-11' } });
    const summary = await t.ok('orders.dashboard', { today: '2026-03-12' });
    expect(summary.overdue.map((r) => r.id)).toEqual([late.order.id]);
    expect(summary.open).toBe(1);
    expect((await t.ok('orders.dashboard', { today: '2026-03-10' })).receivedToday).toBe(1);
  });
});

describe('staff', () => {
  it('creates the first manager without an actor, and later staff only by a manager', async () => {
    const t = await openBackend();
    const { clerk, manager } = await staffedWorkshop(t);
    const byClerk = await t.call('staff.create', { actorId: clerk.id, name: 'New Tech', role: 'technician', pin: '2468' });
    expect(byClerk).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const anonymous = await t.call('staff.create', { name: 'Sneaky', role: 'manager', pin: '2468' });
    expect(anonymous).toMatchObject({ ok: false, error: { fields: { actorId: 'required' } } });
    await t.ok('staff.create', { actorId: manager.id, name: 'New Tech', role: 'technician', pin: '2468' });
  });

  it('keeps at least one active manager', async () => {
    const t = await openBackend();
    const { manager } = await staffedWorkshop(t);
    const result = await t.call('staff.update', { actorId: manager.id, id: manager.id, active: false });
    expect(result).toMatchObject({ ok: false, error: { fields: { role: 'last_manager' } } });
  });
});

describe('demo data', () => {
  it('fills an empty workshop with staff and orders at several stages, once', async () => {
    const t = await openBackend();
    const loaded = await t.ok('app.loadDemo', {});
    expect(loaded.orders).toBeGreaterThanOrEqual(5);
    const statuses = new Set((await t.ok('orders.list', {})).rows.map((r) => r.status));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
    expect((await t.ok('app.info', {})).empty).toBe(false);
    expect(await t.call('app.loadDemo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
