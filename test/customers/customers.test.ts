import { monotonicFactory } from 'ulidx';
import { describe, expect, it } from 'vitest';
import { journalFaults } from '../../electron/platform/store/journal.js';
import type { Customer } from '../../shared/customers/index.js';
import { intakeInput, openBackend, staffedWorkshop, type TestBackend, validImei } from '../platform/helpers.js';

async function workshop() {
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'il' });
  return { t, clock, ...staff };
}

describe("correcting a customer's facts", () => {
  it('normalises a corrected phone to E.164 and records each changed field, nothing when nothing changes', async () => {
    const { t, clerk } = await workshop();
    const view = await clerk.ok('orders.create', intakeInput({ name: 'Noa Lvei', phone: '054-777-1234' }));
    const corrected = await clerk.ok('customers.correct', { id: view.customer.id, name: 'Noa Levi', phones: ['054-777-1234', '03 555 0101'], email: 'noa@example.com', reason: 'Typo at intake' });
    expect(corrected).toMatchObject({ name: 'Noa Levi', phones: ['+972547771234', '+97235550101'], email: 'noa@example.com' });
    expect(corrected.corrections?.map((c) => [c.field, c.before, c.after])).toEqual([
      ['name', 'Noa Lvei', 'Noa Levi'],
      ['phones', ['+972547771234'], ['+972547771234', '+97235550101']],
      ['email', null, 'noa@example.com'],
    ]);
    const stored = t.backend.store.customers.get(view.customer.id);
    // The same phones in other spellings are the same phones: nothing is recorded, nothing written.
    expect(await clerk.ok('customers.correct', { id: view.customer.id, name: 'Noa Levi', phones: ['0547771234', '+972 3-555-0101'] })).toEqual(stored);
    expect(t.backend.store.customers.get(view.customer.id)).toBe(stored);
  });

  it('refuses a bad e-mail, an empty name or no phone, by field, and a technician altogether', async () => {
    const { t, clerk, technician } = await workshop();
    const view = await clerk.ok('orders.create', intakeInput());
    expect(await clerk.call('customers.correct', { id: view.customer.id, email: 'not-an-email' })).toMatchObject({ ok: false, error: { fields: { email: 'invalid_email' } } });
    expect(await clerk.call('customers.correct', { id: view.customer.id, name: ' ' })).toMatchObject({ ok: false, error: { fields: { name: 'required' } } });
    expect(await clerk.call('customers.correct', { id: view.customer.id, phones: [] })).toMatchObject({ ok: false, error: { fields: { phones: 'required' } } });
    expect(await technician.call('customers.correct', { id: view.customer.id, name: 'X' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.backend.store.customers.get(view.customer.id)).toEqual(view.customer);
  });
});

describe('a customer as a record', () => {
  it('is found by three spellings of the phone, with their orders, units and payments', async () => {
    const { clerk, technician } = await workshop();
    const view = await clerk.ok('orders.create', { ...intakeInput({ name: 'Dana Katz', phone: '+972 54-777-1234' }), intake: { ...intakeInput().intake, prepayment: 10000 } });
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await technician.ok('orders.transition', { id: view.order.id, to });
    await clerk.ok('orders.transition', { id: view.order.id, to: 'issued', outcome: 'repaired', paidAmount: 25000 });
    for (const query of ['054-777-1234', '+972547771234', '054 777 1234']) {
      expect((await clerk.ok('customers.search', { query })).map((c) => c.id), query).toEqual([view.customer.id]);
    }
    const profile = await clerk.ok('customers.get', { id: view.customer.id });
    expect(profile.orders.map((o) => o.number)).toEqual([view.order.number]);
    expect(profile.devices.map((d) => d.id)).toEqual([view.device.id]);
    expect(profile.payments.map((p) => [p.kind, p.amount])).toEqual([
      ['hand_back', 25000],
      ['prepayment', 10000],
    ]);
  });
});

describe('merging two customers', () => {
  async function twoRecordsOfOne() {
    const w = await workshop();
    const { manager, clerk } = w;
    const kept = await clerk.ok('orders.create', intakeInput({ name: 'Yossi Mizrahi', phone: '054-111-2222' }));
    const merged = await clerk.ok('orders.create', intakeInput({ name: 'Yosi Mizrachi', phone: '052-333-4444', imei: validImei('35290611123459') }));
    const unit = await manager.ok('loans.loaners.save', { inventoryNumber: 'LN-1', category: 'Smartphone', model: 'Galaxy A15', serial: 'L1', value: 100000, condition: 'Good' });
    const loan = await clerk.ok('loans.issue', { orderId: merged.order.id, unitId: unit.id, dueBack: '2026-03-20', conditionOut: 'Good', accessoriesOut: [], depositTaken: 0 });
    const claim = await clerk.ok('claims.save', { orderId: merged.order.id, receivedOn: '2026-03-02', demand: 'refund', statement: 'Refund please' });
    const part = await manager.ok('parts.save', { sku: 'C-1', name: 'Case', unit: 'pcs', cost: 100, price: 500, minStock: 0 });
    await clerk.ok('parts.receive', { partId: part.id, quantity: 2 });
    const sale = await clerk.ok('parts.sales.create', { customerName: 'Yosi M.', customerPhone: '0523334444', lines: [{ partId: part.id, quantity: 1 }] });
    return { ...w, kept, merged, loan, claim, sale };
  }

  /** Everything of the merged customer is the kept one's, the kept one has both phones, the merged one is marked. */
  function expectMerged(t: TestBackend, result: Customer, w: Pick<Awaited<ReturnType<typeof twoRecordsOfOne>>, 'manager' | 'kept' | 'merged' | 'loan' | 'claim' | 'sale'>) {
    const { store } = t.backend;
    const { kept, merged } = w;
    expect(result.phones).toEqual(['+972541112222', '+972523334444']);
    expect(result.merges).toEqual([{ at: expect.any(String), by: w.manager.id, customerId: merged.customer.id, name: 'Yosi Mizrachi', phones: ['+972523334444'], reason: 'Same person, two phones' }]);
    expect(store.orders.get(merged.order.id)?.customerId).toBe(kept.customer.id);
    expect(store.devices.get(merged.device.id)?.ownerId).toBe(kept.customer.id);
    expect(store.loans.get(w.loan.loan.id)?.customerId).toBe(kept.customer.id);
    expect(store.claims.get(w.claim.claim.id)?.customerId).toBe(kept.customer.id);
    expect(store.sales.get(w.sale.id)?.customerName).toBe('Yossi Mizrahi');
    expect(store.customers.get(merged.customer.id)?.mergedInto).toBe(kept.customer.id);
  }

  it("moves every order, unit, loan, claim and counter sale to the kept customer and marks the merged one", async () => {
    const w = await twoRecordsOfOne();
    const { t, manager, clerk, kept, merged } = w;
    const result = await manager.ok('customers.merge', { keepId: kept.customer.id, mergeId: merged.customer.id, reason: 'Same person, two phones' });
    expectMerged(t, result, w);
    // The merged customer is found no more; the kept one by either phone, with both orders.
    expect((await clerk.ok('customers.search', { query: '052-333-4444' })).map((c) => c.id)).toEqual([kept.customer.id]);
    const profile = await clerk.ok('customers.get', { id: kept.customer.id });
    expect(profile.orders).toHaveLength(2);
    expect(profile.loans).toHaveLength(1);
    expect(profile.claims).toHaveLength(1);
    // The audit log has every moved record under the merge.
    const audit = await manager.ok('data.audit.list', { limit: 50 });
    const byMerge = audit.rows.filter((r) => r.channel === 'customers.merge').map((r) => r.collection).sort();
    expect(byMerge).toEqual(['claims', 'customers', 'customers', 'devices', 'loans', 'orders', 'sales']);
    // A merged customer cannot take a new order, be corrected or merged again.
    expect(await clerk.call('orders.create', { ...intakeInput(), customer: { id: merged.customer.id } })).toMatchObject({ ok: false, error: { fields: { 'customer.id': 'merged_customer' } } });
    expect(await clerk.call('customers.correct', { id: merged.customer.id, name: 'X' })).toMatchObject({ ok: false, error: { fields: { id: 'merged_customer' } } });
  });

  // A merge writes each collection in its own batch: a fault (a full disk, a crash) between two of them leaves the
  // references moved so far. Running the merge again, after a restart too, finishes it; once finished, running it
  // again changes nothing.
  for (const stoppedAt of ['orders', 'devices', 'loans', 'claims', 'sales', 'customers']) {
    it(`stopped as it writes the ${stoppedAt}, is finished by merging again after a restart, and a merge run once more changes nothing`, async () => {
      const w = await twoRecordsOfOne();
      const { kept, merged } = w;
      const input = { keepId: kept.customer.id, mergeId: merged.customer.id, reason: 'Same person, two phones' };
      journalFaults.refuse = (files) => files.some((file) => file.split(/[/.]/)[0] === stoppedAt);
      try {
        expect(await w.manager.call('customers.merge', input)).toMatchObject({ ok: false, error: { code: 'storage' } });
      } finally {
        journalFaults.refuse = undefined;
      }
      // Half-way: what was written before the fault is moved, the merged customer is not marked yet.
      expect(w.t.backend.store.customers.get(merged.customer.id)?.mergedInto).toBeUndefined();
      expect(w.t.backend.store.orders.get(merged.order.id)?.customerId).toBe(stoppedAt === 'orders' ? merged.customer.id : kept.customer.id);
      await w.t.close();
      const t = await openBackend({ dataDir: w.t.dataDir, now: () => w.clock.now });
      const manager = await t.signIn(w.manager);
      const result = await manager.ok('customers.merge', input);
      expectMerged(t, result, { ...w, manager });
      const { store } = t.backend;

      // Merged already: the same merge again answers with the kept customer as it is, and writes nothing.
      const records = () => ['customers', 'orders', 'devices', 'loans', 'claims', 'sales'].map((name) => [...store[name as 'orders'].all()]);
      const before = records();
      const audited = (await manager.ok('data.audit.list', { limit: 200 })).rows.length;
      expect(await manager.ok('customers.merge', input)).toEqual(result);
      expect(records()).toEqual(before);
      expect((await manager.ok('data.audit.list', { limit: 200 })).rows.length).toBe(audited);
    });
  }

  it('is refused when the same customer is given twice, and to anyone but a manager, changing nothing', async () => {
    const { t, manager, clerk, kept, merged } = await twoRecordsOfOne();
    expect(await manager.call('customers.merge', { keepId: kept.customer.id, mergeId: kept.customer.id })).toMatchObject({ ok: false, error: { code: 'validation', fields: { mergeId: 'same_customer' } } });
    expect(await clerk.call('customers.merge', { keepId: kept.customer.id, mergeId: merged.customer.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.backend.store.orders.get(merged.order.id)?.customerId).toBe(merged.customer.id);
    expect(t.backend.store.customers.get(merged.customer.id)?.mergedInto).toBeUndefined();
  });
});

describe('finding orders after a correction', () => {
  it("finds a customer's orders by the corrected name, phone, serial and IMEI, and no longer by the typo, in a workshop with history", async () => {
    const { t, clerk, manager } = await workshop();
    const view = await clerk.ok('orders.create', intakeInput({ name: 'Noa Lvei', phone: '054-777-1234', serial: 'SN-TYPO-1' }));
    // Years of other orders (written as one batch, as an import would): past a few thousand, the search reads them
    // from one index written once, which a correction must not leave behind.
    const other = await clerk.ok('orders.create', intakeInput({ name: 'Dana Shapiro', phone: '052-111-2222', imei: validImei('35290611123475') }));
    const history = monotonicFactory();
    const stored = t.backend.store.orders.get(other.order.id)!;
    await t.backend.store.orders.applyBatch(Array.from({ length: 2_500 }, () => ({ ...stored, id: history() })), []);
    const found = async (query: string) => (await clerk.ok('orders.list', { query })).rows.map((r) => r.id);
    // The search is warm: its index holds the order as taken in.
    expect(await found('Lvei')).toEqual([view.order.id]);
    await clerk.ok('customers.correct', { id: view.customer.id, name: 'Noa Levi', phones: ['03 555 0101'], reason: 'Typo at intake' });
    await clerk.ok('devices.correctIdentity', { id: view.device.id, serial: 'SN-RIGHT-1', imei: validImei('35290611123467'), reason: 'Read off the label' });
    for (const query of ['Levi', '03-555-0101', 'SN-RIGHT-1', validImei('35290611123467')]) expect(await found(query), query).toEqual([view.order.id]);
    for (const query of ['Lvei', '054-777-1234', 'SN-TYPO-1']) expect(await found(query), query).toEqual([]);

    // A merge moves the other customer's orders: they are found by the kept customer's name, not the merged one's.
    await manager.ok('customers.merge', { keepId: view.customer.id, mergeId: other.customer.id, reason: 'Same person' });
    expect((await clerk.ok('orders.list', { query: 'Levi', limit: 10 })).total).toBe(2_502);
    expect(await found('Shapiro')).toEqual([]);
  });
});
