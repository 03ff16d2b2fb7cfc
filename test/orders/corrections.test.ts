import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';

async function workshop() {
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'il' });
  const view = await staff.clerk.ok('orders.create', { ...intakeInput({ name: 'Noa Lvei', phone: '054-777-1234' }), intake: { ...intakeInput().intake, promisedDate: '2026-03-10', prepayment: 5000 } });
  return { t, clock, view, ...staff };
}

describe('correcting an order after intake', () => {
  it('records each changed intake fact with who, when, before, after and the reason', async () => {
    const { clock, clerk, view } = await workshop();
    clock.now = new Date('2026-03-02T10:30:00Z');
    const corrected = await clerk.ok('orders.correct', { id: view.order.id, promisedDate: '2026-03-12', prepayment: 7000, statedDefect: 'Screen flickers', reason: 'Typed at the wrong field' });
    expect(corrected.order.intake).toMatchObject({ promisedDate: '2026-03-12', prepayment: 7000, statedDefect: 'Screen flickers' });
    expect(corrected.order.corrections).toEqual([
      { at: '2026-03-02T10:30:00.000Z', by: clerk.id, field: 'prepayment', before: 5000, after: 7000, reason: 'Typed at the wrong field' },
      { at: '2026-03-02T10:30:00.000Z', by: clerk.id, field: 'promisedDate', before: '2026-03-10', after: '2026-03-12', reason: 'Typed at the wrong field' },
    ]);
    // Emptied fields are recorded as emptied.
    const cleared = await clerk.ok('orders.correct', { id: view.order.id, prepayment: null, accessories: [] });
    expect(cleared.order.intake.prepayment).toBeUndefined();
    expect(cleared.order.corrections?.slice(2).map((c) => [c.field, c.before, c.after])).toEqual([
      ['accessories', ['Charger'], null],
      ['prepayment', 7000, null],
    ]);
  });

  it("keeps the prepayment's payment record in step: a raised prepayment is a further payment now, a lowered one a refund with the correction's reason", async () => {
    const { t, clock, clerk, view } = await workshop();
    const paid = async () => (await clerk.ok('payments.of', { orderId: view.order.id })).balance;
    expect((await paid()).received).toBe(5000);
    clock.now = new Date('2026-03-03T08:00:00Z');
    // The customer had paid ₪70, not ₪50: the ₪20 more is recorded today, by the prepayment's method.
    await clerk.ok('orders.correct', { id: view.order.id, prepayment: 7000, reason: 'Typed at the wrong field' });
    const records = () => t.backend.store.payments.all().filter((p) => p.orderId === view.order.id);
    expect(records().map((p) => [p.amount, p.method, p.at, p.source, p.reason])).toEqual([
      [5000, 'other', '2026-03-02T09:00:00.000Z', 'intake_prepayment', undefined],
      [2000, 'other', '2026-03-03T08:00:00.000Z', 'prepayment_correction', 'Typed at the wrong field'],
    ]);
    expect((await paid()).received).toBe(7000);
    // ₪30 given back: the prepayment lowered to ₪40 is a refund of ₪30 with the reason.
    await clerk.ok('orders.correct', { id: view.order.id, prepayment: 4000, reason: 'Returned the extra' });
    expect(records().at(-1)).toMatchObject({ amount: -3000, source: 'prepayment_correction', reason: 'Returned the extra', by: clerk.id });
    expect((await paid()).received).toBe(4000);
    // ₪40 held, ₪30 of it refunded at the counter: clearing the prepayment would give back ₪40 of the ₪10 left.
    await clerk.ok('payments.refund', { orderId: view.order.id, amount: 3000, method: 'other', reason: 'Part cancelled' });
    const stored = t.backend.store.orders.get(view.order.id);
    const count = records().length;
    expect(await clerk.call('orders.correct', { id: view.order.id, prepayment: null, reason: 'No prepayment' })).toMatchObject({ ok: false, error: { fields: { prepayment: 'refund_exceeds_paid' } } });
    expect(t.backend.store.orders.get(view.order.id)).toBe(stored);
    expect(records()).toHaveLength(count);
  });

  it('records nothing when nothing changes, and leaves the stored order as it was', async () => {
    const { t, clerk, view } = await workshop();
    const before = t.backend.store.orders.get(view.order.id);
    const same = await clerk.ok('orders.correct', { id: view.order.id, promisedDate: '2026-03-10', statedDefect: 'Screen flickers', accessories: ['Charger'] });
    expect(same.order.corrections).toBeUndefined();
    expect(t.backend.store.orders.get(view.order.id)).toBe(before);
  });

  it('is refused to a technician, for a past promised date and on a closed order, changing nothing', async () => {
    const { t, clerk, technician, view } = await workshop();
    expect(await technician.call('orders.correct', { id: view.order.id, statedDefect: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await clerk.call('orders.correct', { id: view.order.id, promisedDate: '2026-03-01' })).toMatchObject({ ok: false, error: { fields: { promisedDate: 'before_today' } } });
    expect(await clerk.call('orders.correct', { id: view.order.id, statedDefect: '' })).toMatchObject({ ok: false, error: { fields: { statedDefect: 'required' } } });
    expect(t.backend.store.orders.get(view.order.id)?.corrections).toBeUndefined();
  });

  it('refuses a second open order for a unit in for repair unless the clerk says why, and keeps the reason', async () => {
    const { clerk, view } = await workshop();
    const again = { customer: { id: view.customer.id }, device: { id: view.device.id }, intake: { statedDefect: 'Also the battery' } };
    const refused = await clerk.call('orders.create', again);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'device.id': 'open_order' } } });
    expect((await clerk.ok('orders.list', {})).total).toBe(1);
    // The clerk is told which order holds the unit.
    const [found] = await clerk.ok('devices.find', { code: view.device.imei! });
    expect(found.openOrder).toEqual({ id: view.order.id, number: view.order.number });
    const insisted = await clerk.ok('orders.create', { ...again, insist: { reason: 'A second fault, a separate warranty case' } });
    expect(insisted.order.insisted).toEqual({ orderId: view.order.id, number: view.order.number, reason: 'A second fault, a separate warranty case' });
    expect(await clerk.call('orders.create', { ...again, insist: { reason: '' } })).toMatchObject({ ok: false, error: { fields: { 'insist.reason': 'required' } } });
  });

  it('takes a unit whose last order is closed in again without a reason', async () => {
    const { clerk, technician, view } = await workshop();
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await technician.ok('orders.transition', { id: view.order.id, to });
    await clerk.ok('orders.transition', { id: view.order.id, to: 'issued', outcome: 'repaired' });
    const next = await clerk.ok('orders.create', { customer: { id: view.customer.id }, device: { id: view.device.id }, intake: { statedDefect: 'Again' } });
    expect(next.order.insisted).toBeUndefined();
    expect(await clerk.call('orders.correct', { id: view.order.id, statedDefect: 'x' })).toMatchObject({ ok: false, error: { fields: { id: 'order_closed' } } });
    expect(validImei()).toBe(view.device.imei);
  });
});
