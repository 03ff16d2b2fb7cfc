import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charge, effectiveTax, PAYMENT_METHODS, type PaymentMethod } from '../../shared/payments/index.js';
import { apportion, periodOf, shiftPeriod, sumFlows, takings, taxCollected, warrantyWork, workshopDay, type WarrantyRepair } from '../../shared/reports/index.js';

const ANNA = '01HZZZZZZZZZZZZZZZZZZZZZZA';
const BORIS = '01HZZZZZZZZZZZZZZZZZZZZZZB';
const pay = (amount: number, method: PaymentMethod, at: string, by = ANNA) => ({ amount, method, at, by });
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('the workshop day and the periods (shared/reports)', () => {
  it("dates an instant by the workshop's zone: 23:30 UTC on 1 March is 2 March in Jerusalem and 1 March in London", () => {
    expect(workshopDay('2026-03-01T23:30:00Z', 'Asia/Jerusalem')).toBe('2026-03-02');
    expect(workshopDay('2026-03-01T23:30:00Z', 'Europe/London')).toBe('2026-03-01');
  });

  it('makes a day, a week from Sunday (Israel) or Monday (Europe, Russia), and a calendar month, and steps to the next and previous', () => {
    expect(periodOf('day', '2026-03-04')).toEqual({ from: '2026-03-04', to: '2026-03-04' });
    // Wednesday 4 March 2026.
    expect(periodOf('week', '2026-03-04', 1)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(periodOf('week', '2026-03-04', 0)).toEqual({ from: '2026-03-01', to: '2026-03-07' });
    expect(periodOf('week', '2026-03-01', 1)).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(periodOf('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(shiftPeriod('month', periodOf('month', '2026-01-31'), 1)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(shiftPeriod('week', periodOf('week', '2026-03-04', 0), -1, 0)).toEqual({ from: '2026-02-22', to: '2026-02-28' });
    expect(shiftPeriod('day', periodOf('day', '2026-03-01'), -1)).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });
});

describe('takings by day, method and staff member', () => {
  it('adds payments and subtracts refunds on the day they were given, by method and by who took them (hand-computed)', () => {
    const payments = [
      pay(30_000, 'cash', '2026-03-02T08:00:00Z'),
      pay(50_000, 'card', '2026-03-02T09:00:00Z', BORIS),
      pay(-5_000, 'cash', '2026-03-03T10:00:00Z', BORIS),
      pay(12_000, 'transfer', '2026-03-03T11:00:00Z'),
      // Outside the period: left out.
      pay(99_900, 'cash', '2026-02-28T12:00:00Z'),
      pay(77_700, 'card', '2026-04-01T12:00:00Z'),
    ];
    const t = takings(payments, MARCH, 'UTC');
    expect(t.total).toEqual({ paid: 92_000, refunded: 5_000, net: 87_000, count: 4 });
    expect(t.days.map((d) => [d.date, d.methods.cash.net, d.methods.card.net, d.methods.transfer.net, d.total.net])).toEqual([
      ['2026-03-02', 30_000, 50_000, 0, 80_000],
      ['2026-03-03', -5_000, 0, 12_000, 7_000],
    ]);
    expect(t.methods.cash).toEqual({ paid: 30_000, refunded: 5_000, net: 25_000, count: 2 });
    // Most taken first: Boris took 50,000 and gave 5,000 back; Anna took 42,000.
    expect(t.staff.map((s) => [s.staffId, s.total.net, s.total.refunded])).toEqual([
      [BORIS, 45_000, 5_000],
      [ANNA, 42_000, 0],
    ]);
  });

  it('puts a payment on the day of the zone asked for (the cash book day), not the UTC day', () => {
    const late = [pay(10_000, 'cash', '2026-03-01T22:30:00Z')];
    expect(takings(late, MARCH, 'Asia/Jerusalem').days.map((d) => d.date)).toEqual(['2026-03-02']);
    expect(takings(late, MARCH, 'UTC').days.map((d) => d.date)).toEqual(['2026-03-01']);
  });

  it('for any payments and refunds: the sum over methods = the sum over days = the sum over staff = the takings = paid − refunded', () => {
    const instant = fc.integer({ min: Date.parse('2026-02-25T00:00:00Z'), max: Date.parse('2026-04-05T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
    const payment = fc.record({
      amount: fc.integer({ min: -200_000, max: 1_000_000 }).filter((n) => n !== 0),
      method: fc.constantFrom(...PAYMENT_METHODS),
      at: instant,
      by: fc.constantFrom(ANNA, BORIS, '01HZZZZZZZZZZZZZZZZZZZZZZC'),
    });
    fc.assert(
      fc.property(fc.array(payment, { maxLength: 60 }), fc.constantFrom('UTC', 'Asia/Jerusalem', 'Europe/Moscow'), (payments, zone) => {
        const t = takings(payments, MARCH, zone);
        const inside = payments.filter((p) => workshopDay(p.at, zone) >= MARCH.from && workshopDay(p.at, zone) <= MARCH.to);
        const net = inside.reduce((s, p) => s + p.amount, 0);
        expect(t.total.net).toBe(net);
        expect(t.total.paid - t.total.refunded).toBe(net);
        expect(t.total.refunded).toBe(inside.filter((p) => p.amount < 0).reduce((s, p) => s - p.amount, 0));
        expect(sumFlows(PAYMENT_METHODS.map((m) => t.methods[m]))).toEqual(t.total);
        expect(sumFlows(t.days.map((d) => d.total))).toEqual(t.total);
        expect(sumFlows(t.staff.map((s) => s.total))).toEqual(t.total);
        for (const m of PAYMENT_METHODS) expect(sumFlows(t.days.map((d) => d.methods[m]))).toEqual(t.methods[m]);
        for (const d of t.days) expect(sumFlows(PAYMENT_METHODS.map((m) => d.methods[m]))).toEqual(d.total);
      }),
    );
  });
});

describe('tax charged per rate', () => {
  it("takes the customer's lines of each document at their rate, 17% before 2025 and 18% after in Israel, with the profile's source", () => {
    const il = effectiveTax('il');
    const lines = [{ kind: 'work' as const, description: 'Display', quantity: 1, unitPrice: 11_800 }];
    const doc = (id: string, date: string, basis: 'paid' | 'manufacturer' = 'paid') => ({ kind: 'order' as const, id, number: id, date, lines: charge({ basis, lines, date }, il).lines });
    const result = taxCollected([doc('A', '2026-03-02'), doc('B', '2026-03-05'), doc('C', '2024-12-31'), doc('W', '2026-03-06', 'manufacturer')], { from: '2024-12-01', to: '2026-03-31' }, il);
    // 11,800 with 18% in it: tax 1,800, net 10,000; with 17% in it: tax 11,800 × 17/117 = 1,714.5… → 1,715.
    expect(result.rates).toEqual([
      { rate: 1800, from: '2025-01-01', net: 20_000, tax: 3_600, gross: 23_600, documents: 2 },
      { rate: 1700, from: '2015-10-01', net: 10_085, tax: 1_715, gross: 11_800, documents: 1 },
    ]);
    // The manufacturer's warranty order charges the customer nothing: it is not the customer's tax.
    expect(result.total).toEqual({ net: 30_085, tax: 5_315, gross: 35_400, documents: 3 });
    expect(result.source).toMatchObject({ key: 'il.tax.rates', confirmed: true });
  });

  it('shows what an exempt workshop charged under "no VAT", with the workshop as the source', () => {
    const exempt = effectiveTax('il', { regime: 'exempt' });
    const lines = charge({ basis: 'paid', lines: [{ kind: 'part', description: 'Cable', quantity: 2, unitPrice: 2_500 }], date: '2026-03-02' }, exempt).lines;
    const result = taxCollected([{ kind: 'sale', id: 'S', number: 'S-1', date: '2026-03-02', lines }], MARCH, exempt);
    expect(result.rates).toEqual([{ rate: null, net: 5_000, tax: 0, gross: 5_000, documents: 1 }]);
    expect(result.source.key).toBe('workshopExempt');
  });
});

describe('warranty work against what the manufacturer reimburses', () => {
  it('shares an amount in whole units that add up to it: in proportion, the leftover units to the largest remainders', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(20_000, [30_000, 10_000])).toEqual([15_000, 5_000]);
    expect(apportion(10, [0, 0])).toEqual([5, 5]);
    expect(apportion(0, [5, 7])).toEqual([0, 0]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }), (amount, weights) => {
        const shares = apportion(amount, weights);
        expect(shares.reduce((s, x) => s + x, 0)).toBe(amount);
        const sum = weights.reduce((s, w) => s + w, 0);
        shares.forEach((share, i) => expect(Math.abs(share - (sum ? (amount * weights[i]) / sum : amount / weights.length))).toBeLessThan(1));
      }),
    );
  });

  it('keeps the repairs at zero price to the customer, with their cost, their share of each claim, what came back and the difference (hand-computed)', () => {
    const repair = (orderId: string, number: string, over: Partial<WarrantyRepair> = {}): WarrantyRepair => ({
      orderId,
      number,
      basis: 'manufacturer',
      completedOn: '2026-03-10',
      device: 'Samsung A54',
      value: 30_000,
      customer: 0,
      partsAtCost: 12_000,
      labour: 8_000,
      unknownCostParts: 0,
      ...over,
    });
    const repairs = [
      repair('O1', 'R-2026-00001'),
      repair('O2', 'R-2026-00002', { value: 10_000, partsAtCost: 3_000, labour: 2_000, completedOn: '2026-03-05' }),
      repair('O3', 'R-2026-00003', { basis: 'goodwill', partsAtCost: 1_000, labour: 0 }),
      // A paid repair is not warranty work.
      repair('O4', 'R-2026-00004', { basis: 'paid', customer: 30_000 }),
    ];
    const claim = (id: string, status: 'sent' | 'settled' | 'draft' | 'rejected', orderIds: string[], amountClaimed: number, amountSettled?: number) => ({ id, number: `CC-${id}`, kind: 'warranty_reimbursement' as const, status, orderIds, amountClaimed, amountSettled });
    const claims = [
      // Over O1 and O2 (values 30,000 and 10,000): claimed 20,000 → 15,000 and 5,000; settled 16,000 → 12,000 and 4,000.
      claim('K1', 'settled', ['O1', 'O2'], 20_000, 16_000),
      // A draft claims nothing yet.
      claim('K2', 'draft', ['O3'], 5_000),
    ];
    const values = new Map([['O1', 30_000], ['O2', 10_000], ['O3', 30_000]]);
    const work = warrantyWork(repairs, claims, values);
    expect(work.rows.map((r) => [r.number, r.cost, r.claimed, r.reimbursed, r.difference, r.claims.map((c) => c.number)])).toEqual([
      ['R-2026-00002', 5_000, 5_000, 4_000, -1_000, ['CC-K1']],
      ['R-2026-00001', 20_000, 15_000, 12_000, -8_000, ['CC-K1']],
      ['R-2026-00003', 1_000, 0, 0, -1_000, []],
    ]);
    expect(work.total).toEqual({ value: 70_000, partsAtCost: 16_000, labour: 10_000, unknownCostParts: 0, cost: 26_000, claimed: 20_000, reimbursed: 16_000, difference: -10_000, orders: 3, unclaimed: 1 });
  });

  it('counts a rejected claim as claimed with nothing reimbursed', () => {
    const work = warrantyWork(
      [{ orderId: 'O1', number: 'R-1', basis: 'statutory', completedOn: '2026-03-01', device: '', value: 9_000, customer: 0, partsAtCost: 4_000, labour: 1_000, unknownCostParts: 1 }],
      [{ id: 'K', number: 'CC-1', kind: 'warranty_reimbursement', status: 'rejected', orderIds: ['O1'], amountClaimed: 9_000, amountSettled: 9_000 }],
      new Map([['O1', 9_000]]),
    );
    expect(work.rows[0]).toMatchObject({ claimed: 9_000, reimbursed: 0, difference: -5_000, unknownCostParts: 1 });
  });
});
