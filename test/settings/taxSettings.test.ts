import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop } from '../platform/helpers.js';

/** An Israeli workshop (VAT 18% from 2025, prices with VAT) with a paid order of ₪1,000 on 1 March 2026. */
async function workshop() {
  const t = await openBackend({ now: () => new Date('2026-03-01T09:00:00Z') });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'il', currency: 'ILS', workshop: { name: 'Tikun Ltd' } });
  const base = intakeInput();
  const { order } = await staff.clerk.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid' } });
  await staff.technician.ok('orders.setLines', { id: order.id, workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 100_000, warrantyDays: 90 }], partLines: [] });
  const stored = () => JSON.stringify(t.backend.store.settings.all());
  return { t, ...staff, orderId: order.id, stored };
}

describe("the workshop's tax overrides (settings.setTax)", () => {
  it('a manager sets a rate of 17.5% with the reason: the order is taxed at it, and the audit log keeps who, when and why', async () => {
    const w = await workshop();
    expect((await w.clerk.ok('payments.of', { orderId: w.orderId })).rate).toBe(1800);
    const settings = await w.manager.ok('settings.setTax', { rate: 1750, reason: 'Rate confirmed by our accountant' });
    expect(settings.tax).toEqual({ rate: 1750 });
    const money = await w.clerk.ok('payments.of', { orderId: w.orderId });
    expect(money.rate).toBe(1750);
    // ₪1,000 with 17.5% inside: ₪851.06 net, ₪148.94 VAT.
    expect(money.customer).toEqual({ net: 85_106, tax: 14_894, gross: 100_000 });
    const { rows } = await w.manager.ok('data.audit.list', { limit: 50 });
    const entry = rows.find((r) => r.channel === 'settings.setTax');
    expect(entry).toMatchObject({ by: w.manager.id, note: 'Rate confirmed by our accountant' });
    // The same overrides again change nothing and write nothing.
    const total = (await w.manager.ok('data.audit.list', { limit: 1 })).total;
    await w.manager.ok('settings.setTax', { rate: 1750, reason: 'Again' });
    expect((await w.manager.ok('data.audit.list', { limit: 1 })).total).toBe(total);
  });

  it('a simplified regime charges no VAT; an empty set of overrides goes back to the profile', async () => {
    const w = await workshop();
    await w.manager.ok('settings.setTax', { regime: 'exempt', reason: 'Registered as an exempt dealer (osek patur)' });
    expect((await w.clerk.ok('payments.of', { orderId: w.orderId })).customer).toEqual({ net: 100_000, tax: 0, gross: 100_000 });
    const back = await w.manager.ok('settings.setTax', { reason: 'Registered for VAT again' });
    expect(back.tax).toBeUndefined();
    expect((await w.clerk.ok('payments.of', { orderId: w.orderId })).rate).toBe(1800);
  });

  it('refuses a rate below 0%, above 100% or with more than 2 decimals, a missing reason, a rate with no VAT, and a clerk, naming the field; nothing stored changes', async () => {
    const w = await workshop();
    const before = w.stored();
    const refusals: Array<[unknown, Record<string, string>]> = [
      [{ rate: -1, reason: 'x' }, { rate: 'negative' }],
      [{ rate: 10_001, reason: 'x' }, { rate: 'too_large' }],
      // 18.555% is 1855.5 basis points: more than 2 decimals of a percent.
      [{ rate: 1855.5, reason: 'x' }, { rate: 'invalid_rate' }],
      [{ rate: '18', reason: 'x' }, { rate: 'invalid_rate' }],
      [{ rate: 1800 }, { reason: 'required' }],
      [{ rate: 1800, reason: '   ' }, { reason: 'required' }],
      [{ regime: 'exempt', rate: 1800, reason: 'x' }, { rate: 'not_allowed' }],
      [{ rounding: 'bankers', reason: 'x' }, { rounding: 'invalid_choice' }],
      [{ country: 'Germany', reason: 'x' }, { country: 'invalid_country' }],
      [{ rate: 1800, reason: 'x', by: w.clerk.id }, { by: 'unknown_field' }],
    ];
    for (const [input, fields] of refusals) {
      const answer = await w.manager.call('settings.setTax', input as never);
      expect(answer.ok || answer.error.fields, JSON.stringify(input)).toEqual(fields);
    }
    // The general settings do not take the tax overrides: those change only with a reason.
    const untold = await w.manager.call('settings.update', { tax: { rate: 1700 } } as never);
    expect(untold.ok || untold.error.fields).toEqual({ tax: 'unknown_field' });
    const byClerk = await w.clerk.call('settings.setTax', { rate: 0, reason: 'x' });
    expect(byClerk.ok || byClerk.error.fields).toEqual({ _: 'role' });
    expect(w.stored()).toBe(before);
    // The bounds themselves are rates: 0% and 100%.
    expect((await w.manager.ok('settings.setTax', { rate: 0, reason: 'Zero-rated' })).tax).toEqual({ rate: 0 });
    expect((await w.manager.ok('settings.setTax', { rate: 10_000, reason: 'Bound' })).tax).toEqual({ rate: 10_000 });
  });
});
