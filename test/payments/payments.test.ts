import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ulid } from 'ulidx';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, pdfText, staffedWorkshop, type TestBackend } from '../platform/helpers.js';

type Staff = Awaited<ReturnType<typeof staffedWorkshop>>;

/** A workshop under the Israeli profile (VAT 18%, prices with VAT) and an order priced 800.00 + 200.00 part. */
async function workshop(t: TestBackend, profile: 'il' | 'ru' | 'uk' = 'il') {
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: profile, currency: profile === 'il' ? 'ILS' : profile === 'ru' ? 'RUB' : 'GBP', workshop: { name: 'Tikun Ltd', taxId: '514000000' } });
  return staff;
}

async function pricedOrder(staff: Staff, basis: 'manufacturer' | 'statutory' | 'repeat_repair' | 'paid' | 'goodwill' = 'paid', prepayment?: number) {
  const base = intakeInput();
  const view = await staff.clerk.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: basis, prepayment } });
  await staff.technician.ok('orders.setLines', {
    id: view.order.id,
    workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 80_000, warrantyDays: 90 }],
    partLines: [{ name: 'Display module', quantity: 1, unitPrice: 20_000, warrantyDays: 90 }],
  });
  return view.order.id;
}

/** The payments as stored on disk (the collection's file). */
async function storedPayments(t: TestBackend): Promise<string> {
  return JSON.stringify(t.backend.store.payments.all()) + (await readFile(join(t.dataDir, 'payments.json'), 'utf8').catch(() => 'none'));
}

describe('payments of an order', () => {
  it('takes a prepayment at intake as a payment record, then card and cash, and shows paid and due', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff, 'paid', 30_000);
    let money = await staff.clerk.ok('payments.of', { orderId });
    expect(money.payments).toMatchObject([{ amount: 30_000, source: 'intake_prepayment' }]);
    expect(money.customer).toEqual({ net: 84_746, tax: 15_254, gross: 100_000 });
    expect(money.balance).toMatchObject({ charged: 100_000, paid: 30_000, due: 70_000 });
    await staff.clerk.ok('payments.record', { orderId, amount: 50_000, method: 'card' });
    money = await staff.manager.ok('payments.record', { orderId, amount: 20_000, method: 'cash' });
    expect(money.balance).toMatchObject({ paid: 100_000, refunded: 0, due: 0 });
    expect(money.payments.map((p) => [p.method, p.amount])).toEqual([['other', 30_000], ['card', 50_000], ['cash', 20_000]]);
    expect(money.payments[1].by).toBe(staff.clerk.id);
  });

  it('refunds with a reason as a negative payment, and refuses more than was paid', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff);
    await staff.clerk.ok('payments.record', { orderId, amount: 100_000, method: 'card' });
    const before = await storedPayments(t);
    const tooMuch = await staff.clerk.call('payments.refund', { orderId, amount: 100_001, method: 'card', reason: 'Part not used' });
    expect(tooMuch.ok || tooMuch.error.fields).toEqual({ amount: 'refund_exceeds_paid' });
    const noReason = await staff.clerk.call('payments.refund', { orderId, amount: 100, method: 'card', reason: ' ' });
    expect(noReason.ok || noReason.error.fields).toEqual({ reason: 'required' });
    expect(await storedPayments(t)).toBe(before);
    const money = await staff.clerk.ok('payments.refund', { orderId, amount: 20_000, method: 'card', reason: 'The part was not needed' });
    expect(money.payments.at(-1)).toMatchObject({ amount: -20_000, reason: 'The part was not needed' });
    expect(money.balance).toMatchObject({ paid: 100_000, refunded: 20_000, received: 80_000, due: 20_000 });
    const again = await staff.clerk.call('payments.refund', { orderId, amount: 80_001, method: 'cash', reason: 'More' });
    expect(again.ok || again.error.fields).toEqual({ amount: 'refund_exceeds_paid' });
  });

  it('refuses zero, negative, fractional and too large amounts, a cancelled order and no target, naming the field, and stores nothing', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff);
    await staff.clerk.ok('payments.record', { orderId, amount: 1_000, method: 'cash' });
    const before = await storedPayments(t);
    const refusals: Array<[unknown, Record<string, string>]> = [
      [{ orderId, amount: 0, method: 'cash' }, { amount: 'not_positive' }],
      [{ orderId, amount: -500, method: 'cash' }, { amount: 'not_positive' }],
      [{ orderId, amount: 12.345, method: 'cash' }, { amount: 'invalid_amount' }],
      [{ orderId, amount: 1_000_000_001, method: 'cash' }, { amount: 'too_large' }],
      [{ orderId, amount: 100, method: 'cheque' }, { method: 'invalid_choice' }],
      [{ amount: 100, method: 'cash' }, { orderId: 'required' }],
    ];
    for (const [input, fields] of refusals) {
      const answer = await staff.clerk.call('payments.record', input as never);
      expect(answer.ok || answer.error.fields, JSON.stringify(input)).toEqual(fields);
    }
    await staff.clerk.ok('orders.transition', { id: orderId, to: 'cancelled' });
    const cancelled = await staff.clerk.call('payments.record', { orderId, amount: 100, method: 'cash' });
    expect(cancelled.ok || cancelled.error.fields).toEqual({ orderId: 'order_cancelled' });
    expect(await storedPayments(t)).toBe(before);
    // The money already taken on a cancelled order can still go back.
    const money = await staff.clerk.ok('payments.refund', { orderId, amount: 1_000, method: 'cash', reason: 'Order cancelled' });
    expect(money).toMatchObject({ open: false, balance: { received: 0 } });
  });

  it('refuses a refund of zero, negative, more than 2 decimals or above 10^9, without a reason, or above what was paid, naming the field, and stores nothing', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff);
    await staff.clerk.ok('payments.record', { orderId, amount: 30_000, method: 'card' });
    const before = await storedPayments(t);
    const refund = { orderId, method: 'card', reason: 'The part was not needed' };
    const refusals: Array<[unknown, Record<string, string>]> = [
      [{ ...refund, amount: 0 }, { amount: 'not_positive' }],
      // A refund is its own request: a negative amount is not a way round its reason.
      [{ ...refund, amount: -1_000 }, { amount: 'not_positive' }],
      [{ ...refund, amount: 99.995 }, { amount: 'invalid_amount' }],
      [{ ...refund, amount: '100' }, { amount: 'invalid_amount' }],
      [{ ...refund, amount: 1_000_000_001 }, { amount: 'too_large' }],
      [{ orderId, amount: 1_000, method: 'card' }, { reason: 'required' }],
      [{ ...refund, amount: 30_001 }, { amount: 'refund_exceeds_paid' }],
      [{ ...refund, orderId: ulid(), amount: 1_000 }, { orderId: 'not_found' }],
    ];
    for (const [input, fields] of refusals) {
      const answer = await staff.clerk.call('payments.refund', input as never);
      expect(answer.ok || answer.error.fields, JSON.stringify(input)).toEqual(fields);
    }
    // A negative payment is no refund either.
    const negative = await staff.clerk.call('payments.record', { orderId, amount: -1_000, method: 'card' });
    expect(negative.ok || negative.error.fields).toEqual({ amount: 'not_positive' });
    expect(await storedPayments(t)).toBe(before);
    expect((await staff.clerk.ok('payments.of', { orderId })).balance).toMatchObject({ paid: 30_000, refunded: 0, received: 30_000 });
  });

  it('takes 10^9 exactly (the largest amount) and refuses one minor unit more; refuses an unknown order, and an order and a sale at once', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff);
    const part = await staff.manager.ok('parts.save', { sku: 'BAT-2', name: 'Battery', cost: 5_000, price: 11_800, warrantyDays: 180 });
    await staff.manager.ok('parts.receive', { partId: part.id, quantity: 1 });
    const sale = await staff.clerk.ok('parts.sales.create', { lines: [{ partId: part.id, quantity: 1 }] });
    const before = await storedPayments(t);
    const refusals: Array<[unknown, Record<string, string>]> = [
      [{ orderId, amount: 1_000_000_001, method: 'transfer' }, { amount: 'too_large' }],
      [{ orderId: ulid(), amount: 100, method: 'cash' }, { orderId: 'not_found' }],
      [{ saleId: ulid(), amount: 100, method: 'cash' }, { saleId: 'not_found' }],
      [{ orderId, saleId: sale.id, amount: 100, method: 'cash' }, { orderId: 'required' }],
      [{ saleId: sale.id, amount: 10.5, method: 'cash' }, { amount: 'invalid_amount' }],
    ];
    for (const [input, fields] of refusals) {
      const answer = await staff.clerk.call('payments.record', input as never);
      expect(answer.ok || answer.error.fields, JSON.stringify(input)).toEqual(fields);
    }
    expect(await storedPayments(t)).toBe(before);
    const largest = await staff.clerk.ok('payments.record', { orderId, amount: 1_000_000_000, method: 'transfer' });
    expect(largest.balance).toMatchObject({ paid: 1_000_000_000, overpaid: 1_000_000_000 - 100_000 });
    // A sale refunds at most what was paid for it.
    await staff.clerk.ok('payments.record', { saleId: sale.id, amount: 11_800, method: 'card' });
    const tooMuch = await staff.clerk.call('payments.refund', { saleId: sale.id, amount: 11_801, method: 'card', reason: 'Returned' });
    expect(tooMuch.ok || tooMuch.error.fields).toEqual({ amount: 'refund_exceeds_paid' });
  });

  it('two clerks paying one order at once while a third refunds: every payment recorded, paid − refunded right', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff, 'paid', 20_000);
    await Promise.all([
      staff.clerk.ok('payments.record', { orderId, amount: 30_000, method: 'cash' }),
      staff.manager.ok('payments.record', { orderId, amount: 50_000, method: 'card' }),
      staff.manager.ok('payments.refund', { orderId, amount: 20_000, method: 'other', reason: 'Prepayment returned, paid by card instead' }),
    ]);
    const money = await staff.clerk.ok('payments.of', { orderId });
    expect(money.payments.map((p) => p.amount).sort((a, b) => a - b)).toEqual([-20_000, 20_000, 30_000, 50_000]);
    expect(money.balance).toMatchObject({ charged: 100_000, paid: 100_000, refunded: 20_000, received: 80_000, due: 20_000 });
  });

  it('records both payments of two clerks paying one order at once, and lets only one of two full refunds through', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff);
    await Promise.all([
      staff.clerk.ok('payments.record', { orderId, amount: 60_000, method: 'cash' }),
      staff.manager.ok('payments.record', { orderId, amount: 40_000, method: 'card' }),
    ]);
    let money = await staff.clerk.ok('payments.of', { orderId });
    expect(money.payments).toHaveLength(2);
    expect(money.balance).toMatchObject({ paid: 100_000, due: 0 });
    const refunds = await Promise.all([
      staff.clerk.call('payments.refund', { orderId, amount: 100_000, method: 'cash', reason: 'Returned' }),
      staff.manager.call('payments.refund', { orderId, amount: 100_000, method: 'cash', reason: 'Returned' }),
    ]);
    expect(refunds.filter((r) => r.ok)).toHaveLength(1);
    money = await staff.clerk.ok('payments.of', { orderId });
    expect(money.balance).toMatchObject({ paid: 100_000, refunded: 100_000, received: 0 });
    expect(money.balance.paid - money.balance.refunded).toBe(money.payments.reduce((s, p) => s + p.amount, 0));
  });

  it('a technician takes no money', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff);
    const answer = await staff.technician.call('payments.record', { orderId, amount: 100, method: 'cash' });
    expect(answer.ok || answer.error.code).toBe('forbidden');
  });
});

describe('one answer for what the customer owes', () => {
  for (const basis of ['manufacturer', 'statutory', 'repeat_repair', 'paid', 'goodwill'] as const) {
    it(`the screen, the completion act and the invoice agree on a ${basis} order`, { timeout: 60_000 }, async () => {
      const t = await openBackend();
      const staff = await workshop(t);
      const orderId = await pricedOrder(staff, basis, basis === 'paid' ? 10_000 : undefined);
      await staff.technician.ok('orders.transition', { id: orderId, to: 'diagnosing' });
      await staff.technician.ok('orders.transition', { id: orderId, to: 'in_repair' });
      await staff.technician.ok('orders.transition', { id: orderId, to: 'ready' });
      const money = await staff.clerk.ok('payments.of', { orderId });
      expect(money.customer.gross).toBe(basis === 'paid' ? 100_000 : 0);
      const amount = (minor: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'ILS' }).format(minor / 100);
      const act = await staff.clerk.ok('orders.completionAct', { orderId, language: 'en' });
      const actText = await pdfText(await readFile(join(t.dataDir, act.file)));
      expect(actText.replace(/\s+/g, ' ')).toContain(`To pay ${amount(money.balance.due)}`);
      const invoice = await staff.clerk.ok('payments.invoice', { orderId, language: 'en' });
      const invoiceText = await pdfText(await readFile(join(t.dataDir, invoice.file)));
      expect(invoiceText.replace(/\s+/g, ' ')).toContain(`Total ${amount(money.customer.gross)}`);
      expect(actText.replace(/\s+/g, ' ')).toContain(`Charged to the customer ${amount(money.customer.gross)}`);
    });
  }
});

describe('a warranty basis against the cause found', () => {
  it('stops the hand-back of a manufacturer-warranty order diagnosed with liquid damage until the clerk confirms the basis', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff, 'manufacturer');
    await staff.technician.ok('orders.transition', { id: orderId, to: 'diagnosing' });
    await staff.technician.ok('orders.diagnose', { id: orderId, notes: 'Liquid traces on the board', defects: [{ symptom: 'S01', cause: 'C10' }] });
    await staff.technician.ok('orders.transition', { id: orderId, to: 'in_repair' });
    await staff.technician.ok('orders.transition', { id: orderId, to: 'ready' });
    const refused = await staff.clerk.call('orders.transition', { id: orderId, to: 'issued', outcome: 'repaired' });
    expect(refused.ok || refused.error.fields).toEqual({ basis: 'cause_outside_warranty' });
    expect((await staff.clerk.ok('orders.get', { id: orderId })).order.status).toBe('ready');
    const view = await staff.clerk.ok('orders.transition', { id: orderId, to: 'issued', outcome: 'repaired', basisConfirmed: true });
    expect(view.order.status).toBe('issued');
  });
});

describe('payments kept in the orders before they were records', () => {
  it('become payment records once at start-up, and a second start adds none', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const orderId = await pricedOrder(staff, 'paid', 25_000);
    const order = t.backend.store.orders.get(orderId)!;
    // As an earlier version saved it: a prepayment and a hand-back amount on the order, no payment record.
    const legacy = { ...order, id: ulid(), number: 'R-2026-00077', status: 'issued' as const, handedBackAt: new Date(Date.parse(order.receivedAt) + 3_600_000).toISOString(), paidAmount: 75_000 };
    await t.backend.store.exclusive(() => t.backend.store.orders.insert(legacy));
    expect(t.backend.store.payments.all().filter((p) => p.orderId === legacy.id)).toEqual([]);
    await t.close();
    for (let start = 0; start < 2; start++) {
      const again = await openBackend({ dataDir: t.dataDir });
      const clerk = await again.signIn(staff.clerk);
      const money = await clerk.ok('payments.of', { orderId: legacy.id });
      expect(money.payments.map((p) => [p.source, p.amount])).toEqual([['intake_prepayment', 25_000], ['hand_back', 75_000]]);
      expect((await clerk.ok('payments.of', { orderId })).payments).toHaveLength(1);
      await again.close();
    }
  });
});

describe('a counter sale', () => {
  it('is paid and refunded through the same records, with VAT on its receipt', async () => {
    const t = await openBackend();
    const staff = await workshop(t);
    const part = await staff.manager.ok('parts.save', { sku: 'BAT-1', name: 'Battery', cost: 5_000, price: 11_800, warrantyDays: 180 });
    await staff.manager.ok('parts.receive', { partId: part.id, quantity: 5 });
    const sale = await staff.clerk.ok('parts.sales.create', { lines: [{ partId: part.id, quantity: 2 }] });
    let money = await staff.clerk.ok('payments.record', { saleId: sale.id, amount: 23_600, method: 'cash' });
    expect(money.customer).toEqual({ net: 20_000, tax: 3_600, gross: 23_600 });
    money = await staff.clerk.ok('payments.refund', { saleId: sale.id, amount: 11_800, method: 'cash', reason: 'One battery returned unopened' });
    expect(money.balance).toMatchObject({ received: 11_800, due: 11_800 });
    const receipt = await staff.clerk.ok('parts.sales.receiptPdf', { id: sale.id, language: 'en' });
    expect(receipt).toBeTruthy();
  });
});
