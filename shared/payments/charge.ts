import { addTaxed, exactTax, lineTotal, NO_AMOUNT, type PricedLine, type RateBp, roundExact, roundOnDocument, type TaxedAmount } from '../platform/money.js';
import type { WarrantyBasis } from '../orders/index.js';
import type { CauseCategory } from '../defects/index.js';
import { type EffectiveTax, rateOn } from './tax.js';
import type { MoneyView, Payment } from './schemas.js';

/**
 * Who pays the lines of an order under each warranty basis: the manufacturer's warranty is the manufacturer's, a
 * statutory (legal) claim is the seller's, a repeat repair under our own repair warranty and a post-warranty
 * goodwill repair are the workshop's, and a paid repair is the customer's. This is the one rule: the order
 * screen, the hand-back, the completion act and the invoice all take what the customer owes from here.
 */
export type Payer = 'customer' | 'manufacturer' | 'seller' | 'workshop';

export const PAYER_OF_BASIS: Record<WarrantyBasis, Payer> = {
  manufacturer: 'manufacturer',
  statutory: 'seller',
  repeat_repair: 'workshop',
  goodwill: 'workshop',
  paid: 'customer',
};

export interface ChargeLineInput extends PricedLine {
  kind: 'work' | 'part';
  description: string;
}

export interface ChargedLine extends ChargeLineInput, TaxedAmount {
  payer: Payer;
  /** The rate of this line (basis points), or null when no VAT is charged. */
  rate: RateBp | null;
}

export interface Charge {
  lines: ChargedLine[];
  /** Every line, whoever pays it. */
  total: TaxedAmount;
  /** What the customer pays: the sum of the customer's lines. */
  customer: TaxedAmount;
  /** What the warranty (manufacturer, seller, workshop) carries. */
  covered: TaxedAmount;
  rate: RateBp | null;
  pricesIncludeTax: boolean;
}

/** The lines' net, tax and gross, rounded per line or once for the group as the tax rules say. */
function taxLines(lines: ReadonlyArray<ChargeLineInput & { payer: Payer }>, rate: RateBp | null, tax: Pick<EffectiveTax, 'pricesIncludeTax' | 'rounding'>): ChargedLine[] {
  const amounts = lines.map((l) => lineTotal(l));
  const exact = amounts.map((amount) => exactTax(amount, rate ?? 0, tax.pricesIncludeTax));
  const taxes = rate === null ? amounts.map(() => 0) : tax.rounding === 'document' ? roundOnDocument(exact) : exact.map(roundExact);
  return lines.map((line, i) => {
    const amount = amounts[i];
    const t = taxes[i];
    const net = tax.pricesIncludeTax ? amount - t : amount;
    return { ...line, rate, net, tax: t, gross: net + t };
  });
}

const sum = (lines: readonly TaxedAmount[]) => lines.reduce<TaxedAmount>((s, l) => addTaxed(s, { net: l.net, tax: l.tax, gross: l.gross }), NO_AMOUNT);

/**
 * The charge of a set of lines on a date: each line's payer by the basis, its tax by the profile's rate on that
 * date, rounded within each payer's group (the customer's document and the warranty's are separate documents).
 */
export function charge(input: { basis: WarrantyBasis; lines: readonly ChargeLineInput[]; date: string }, tax: EffectiveTax): Charge {
  const rate = tax.exempt ? null : rateOn(tax, input.date);
  const payer = PAYER_OF_BASIS[input.basis];
  const lines = taxLines(input.lines.map((l) => ({ ...l, payer })), rate, tax);
  const customer = sum(lines.filter((l) => l.payer === 'customer'));
  const covered = sum(lines.filter((l) => l.payer !== 'customer'));
  return { lines, total: addTaxed(customer, covered), customer, covered, rate, pricesIncludeTax: tax.pricesIncludeTax };
}

/** An order's lines as the charge takes them (work first, then parts, in their order). */
export function orderLines(order: {
  workLines: ReadonlyArray<PricedLine & { description: string }>;
  partLines: ReadonlyArray<PricedLine & { name: string }>;
}): ChargeLineInput[] {
  return [
    ...order.workLines.map((l) => ({ kind: 'work' as const, description: l.description, quantity: l.quantity, unitPrice: l.unitPrice })),
    ...order.partLines.map((l) => ({ kind: 'part' as const, description: l.name, quantity: l.quantity, unitPrice: l.unitPrice })),
  ];
}

/** What has been paid against what the customer owes. Payments are positive, refunds negative. */
export interface Balance {
  charged: number;
  paid: number;
  refunded: number;
  /** paid − refunded: what the workshop holds of the customer's money. */
  received: number;
  due: number;
  /** Paid beyond the charge (e.g. a prepayment on a repair that became a warranty case): to refund. */
  overpaid: number;
}

export function balance(charged: number, payments: ReadonlyArray<{ amount: number }>): Balance {
  const paid = payments.reduce((s, p) => s + Math.max(0, p.amount), 0);
  const refunded = payments.reduce((s, p) => s + Math.max(0, -p.amount), 0);
  const received = paid - refunded;
  return { charged, paid, refunded, received, due: Math.max(0, charged - received), overpaid: Math.max(0, received - charged) };
}

/** Bases under which the customer does not pay because the defect is covered by a warranty or the law. */
const WARRANTY_BASES: readonly WarrantyBasis[] = ['manufacturer', 'statutory', 'repeat_repair'];
/** Causes that put a defect outside every warranty: misuse (liquid, tampering, wrong mains) and external damage. */
const OUTSIDE_WARRANTY: readonly CauseCategory[] = ['operation_violation', 'external_damage'];

/**
 * The recorded causes that contradict a warranty basis: before hand-back the clerk changes the basis or confirms
 * it (a manufacturer may still accept a case). Empty when there is nothing to ask.
 */
export function causesOutsideWarranty(basis: WarrantyBasis, causes: readonly CauseCategory[]): CauseCategory[] {
  if (!WARRANTY_BASES.includes(basis)) return [];
  return [...new Set(causes.filter((c) => OUTSIDE_WARRANTY.includes(c)))];
}

/**
 * An order's money: its lines charged by its warranty basis and taxed at the rate of its tax point (the hand-back
 * date, or `today` while it is open), with its payments and the balance. The one answer that the order screen,
 * the hand-back, the completion act and the invoice all show.
 */
export function orderMoney(
  order: Parameters<typeof orderLines>[0] & { status: string; handedBackOn?: string; intake: { warrantyBasis: WarrantyBasis } },
  tax: EffectiveTax,
  payments: readonly Payment[],
  today: string,
): MoneyView {
  const c = charge({ basis: order.intake.warrantyBasis, lines: orderLines(order), date: order.handedBackOn ?? today }, tax);
  return { ...c, balance: balance(c.customer.gross, payments), payments: [...payments], open: order.status !== 'cancelled' };
}
