import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balance, causesOutsideWarranty, charge, effectiveTax, orderMoney, PAYER_OF_BASIS, rateOn, TAX_PRESETS } from '../../shared/payments/index.js';
import { customerCharge } from '../../shared/orders/completion.js';
import { exactTax, lineTotal, orderTotals, roundExact } from '../../shared/platform/money.js';
import { WarrantyBasis } from '../../shared/orders/index.js';
import { PROFILE_IDS } from '../../shared/rules/index.js';

const BASES = WarrantyBasis.options;
const line = fc.record({
  kind: fc.constantFrom('work' as const, 'part' as const),
  description: fc.string({ maxLength: 5 }),
  quantity: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constantFrom(0.5, 1.25, 2.5)),
  unitPrice: fc.integer({ min: 0, max: 5_000_000 }),
});
const taxSettings = fc.record({
  regime: fc.constantFrom('vat' as const, 'exempt' as const, undefined),
  rate: fc.option(fc.integer({ min: 0, max: 2700 }), { nil: undefined }),
  pricesIncludeTax: fc.option(fc.boolean(), { nil: undefined }),
  rounding: fc.constantFrom('line' as const, 'document' as const, undefined),
});
const payment = fc.integer({ min: -100_000, max: 1_000_000 }).filter((n) => n !== 0).map((amount) => ({ amount }));

describe('who pays what (shared/payments)', () => {
  it('gives every basis its payer: manufacturer, seller, workshop, or the customer for a paid repair', () => {
    expect(PAYER_OF_BASIS).toEqual({ manufacturer: 'manufacturer', statutory: 'seller', repeat_repair: 'workshop', goodwill: 'workshop', paid: 'customer' });
  });

  it('for every basis, line mix and tax setting: lines add up, net + tax = gross, and the customer pays only a paid repair', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(line, { maxLength: 12 }), fc.constantFrom(...PROFILE_IDS), taxSettings, (basis, lines, profile, overrides) => {
        const tax = effectiveTax(profile, overrides);
        const c = charge({ basis, lines, date: '2026-03-01' }, tax);
        const sum = (key: 'net' | 'tax' | 'gross') => c.lines.reduce((s, l) => s + l[key], 0);
        expect(c.total).toEqual({ net: sum('net'), tax: sum('tax'), gross: sum('gross') });
        expect(c.total.net + c.total.tax).toBe(c.total.gross);
        for (const l of c.lines) {
          expect(l.net + l.tax).toBe(l.gross);
          expect(Number.isInteger(l.tax) && l.tax >= 0).toBe(true);
          // A price entered with the tax in it is what the customer pays; one without has the tax added.
          expect(tax.pricesIncludeTax ? l.gross : l.net).toBe(lineTotal(l));
        }
        expect(c.customer.gross).toBe(basis === 'paid' ? c.total.gross : 0);
        expect(c.covered.gross).toBe(basis === 'paid' ? 0 : c.total.gross);
        // The completion act's split (shared/orders) agrees with the payments rule on every basis.
        const totals = orderTotals(lines.filter((l) => l.kind === 'work'), lines.filter((l) => l.kind === 'part'));
        expect(customerCharge(basis, totals).charged === 0).toBe(basis !== 'paid' || totals.total === 0);
        expect(c.customer.gross === 0).toBe(basis !== 'paid' || totals.total === 0);
      }),
    );
  });

  it('rounds VAT per line or once on the document, as the profile or the workshop says', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 2700 }), fc.boolean(), (lines, rate, gross) => {
        const perLine = charge({ basis: 'paid', lines, date: '2026-03-01' }, effectiveTax('custom', { rate, pricesIncludeTax: gross, rounding: 'line' }));
        const perDoc = charge({ basis: 'paid', lines, date: '2026-03-01' }, effectiveTax('custom', { rate, pricesIncludeTax: gross, rounding: 'document' }));
        perLine.lines.forEach((l) => expect(l.tax).toBe(roundExact(exactTax(lineTotal(l), rate, gross))));
        const exact = lines.reduce((s, l) => s + (lineTotal(l) * rate) / (gross ? 10_000 + rate : 10_000), 0);
        expect(Math.abs(perDoc.customer.tax - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
        expect(Math.abs(perLine.customer.tax - exact)).toBeLessThanOrEqual(lines.length * 0.5 + 1e-6);
      }),
    );
  });

  it('paid − refunded is the sum of the payment records, and due never goes below zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(payment, { maxLength: 20 }), (charged, payments) => {
        const b = balance(charged, payments);
        expect(b.paid - b.refunded).toBe(payments.reduce((s, p) => s + p.amount, 0));
        expect(b.received).toBe(b.paid - b.refunded);
        expect(b.due).toBe(Math.max(0, charged - b.received));
        expect(b.overpaid).toBe(Math.max(0, b.received - charged));
      }),
    );
  });

  it('the screen, the act and the invoice read one answer: the same order gives the same money', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(line, { maxLength: 8 }), fc.array(payment, { maxLength: 6 }), (basis, lines, payments) => {
        const order = {
          status: 'ready',
          intake: { warrantyBasis: basis },
          workLines: lines.filter((l) => l.kind === 'work').map((l) => ({ description: l.description, quantity: l.quantity, unitPrice: l.unitPrice })),
          partLines: lines.filter((l) => l.kind === 'part').map((l) => ({ name: l.description, quantity: l.quantity, unitPrice: l.unitPrice })),
        };
        const records = payments.map((p, i) => ({ id: String(i).padStart(26, '0'), amount: p.amount, method: 'cash' as const, at: '2026-03-01T10:00:00Z', by: '0'.repeat(26) }));
        const tax = effectiveTax('il');
        const screen = orderMoney(order, tax, records, '2026-03-01');
        const act = orderMoney(order, tax, records, '2026-03-01');
        expect(act).toEqual(screen);
        expect(screen.balance.charged).toBe(screen.customer.gross);
      }),
    );
  });

  it("a manufacturer's-warranty order owes nothing, whatever it was priced at (the ₪800 that the screen showed as due)", () => {
    const order = { status: 'ready', intake: { warrantyBasis: 'manufacturer' as const }, workLines: [{ description: 'Display', quantity: 1, unitPrice: 80_000 }], partLines: [] };
    const money = orderMoney(order, effectiveTax('il'), [], '2026-03-01');
    expect(money.customer.gross).toBe(0);
    expect(money.covered.gross).toBe(80_000);
    expect(money.balance.due).toBe(0);
  });
});

describe('VAT by rule profile', () => {
  it('charges 18% in Israel from 1 January 2025 (17% before), prices entered with VAT', () => {
    const il = effectiveTax('il');
    expect(rateOn(il, '2024-12-31')).toBe(1700);
    expect(rateOn(il, '2025-01-01')).toBe(1800);
    const c = charge({ basis: 'paid', lines: [{ kind: 'work', description: 'Repair', quantity: 1, unitPrice: 11_800 }], date: '2026-03-01' }, il);
    expect(c.customer).toEqual({ net: 10_000, tax: 1_800, gross: 11_800 });
    expect(il.invoiceName).toBe('il_tax_invoice_receipt');
  });

  it('charges 20% in the UK and 22% in Russia from 2026, the Russian rate marked unconfirmed', () => {
    expect(rateOn(effectiveTax('uk'), '2026-03-01')).toBe(2000);
    expect(rateOn(effectiveTax('ru'), '2025-12-31')).toBe(2000);
    expect(rateOn(effectiveTax('ru'), '2026-01-01')).toBe(2200);
    expect(TAX_PRESETS.ru.sources.rates.confirmed).toBe(false);
    expect(TAX_PRESETS.uk.sources.rates.source).toContain('1994, s.2');
  });

  it('has no EU rate until the workshop sets its country’s, and none at all on a simplified regime', () => {
    const eu = effectiveTax('eu');
    expect(rateOn(eu, '2026-03-01')).toBeNull();
    expect(eu.note).toBe('eu_country_rate');
    const de = effectiveTax('eu', { rate: 1900, country: 'DE' });
    expect(rateOn(de, '2026-03-01')).toBe(1900);
    expect(de.sources.rates.source).toMatch(/^set by the workshop/);
    const exempt = effectiveTax('il', { regime: 'exempt' });
    expect(exempt.invoiceName).toBe('il_receipt');
    const c = charge({ basis: 'paid', lines: [{ kind: 'work', description: 'Repair', quantity: 1, unitPrice: 11_800 }], date: '2026-03-01' }, exempt);
    expect(c.customer).toEqual({ net: 11_800, tax: 0, gross: 11_800 });
    expect(c.rate).toBeNull();
  });

  it('adds VAT on top of net prices when the workshop enters them net', () => {
    const c = charge({ basis: 'paid', lines: [{ kind: 'part', description: 'Battery', quantity: 3, unitPrice: 333 }], date: '2026-03-01' }, effectiveTax('uk', { pricesIncludeTax: false }));
    expect(c.customer).toEqual({ net: 999, tax: 200, gross: 1199 });
  });
});

describe('a warranty basis against the recorded cause', () => {
  it('asks about liquid, impact or tampering on a warranty basis, never on a paid or goodwill repair', () => {
    expect(causesOutsideWarranty('manufacturer', ['operation_violation', 'manufacturing_defect'])).toEqual(['operation_violation']);
    expect(causesOutsideWarranty('statutory', ['external_damage', 'external_damage'])).toEqual(['external_damage']);
    expect(causesOutsideWarranty('repeat_repair', ['wear'])).toEqual([]);
    expect(causesOutsideWarranty('paid', ['external_damage'])).toEqual([]);
    expect(causesOutsideWarranty('goodwill', ['operation_violation'])).toEqual([]);
  });
});
