import { z } from 'zod';
import { Id, IsoDateTime, Language, numberError, Text } from '../platform/common.js';
import { IssuedDocument } from '../documents/index.js';

export const PAYMENT_METHODS = ['cash', 'card', 'transfer', 'other'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** The largest payment or refund taken at the counter, in minor units. */
export const MAX_PAYMENT = 1_000_000_000;

/**
 * An amount in minor units (agorot, kopecks, pence): an integer, so more than 2 decimals of the major unit cannot
 * be written; above zero (a refund is its own request, with a reason); at most 10^9.
 */
export const PaymentAmount = z
  .number({ error: numberError('invalid_amount') })
  .refine(Number.isSafeInteger, 'invalid_amount')
  .min(1, 'not_positive')
  .max(MAX_PAYMENT, 'too_large');

/** A payment against an order or a counter sale; a refund is a negative amount with its reason. */
export const Payment = z.object({
  id: Id,
  orderId: Id.optional(),
  saleId: Id.optional(),
  amount: z.int(),
  method: PaymentMethod,
  at: IsoDateTime,
  by: Id,
  /** Refunds only: why the money went back. */
  reason: z.string().optional(),
  /**
   * Where a payment came from when it was not taken through payments.record: the prepayment at intake or the
   * amount typed at hand-back (orders saved before payments were records, moved once at start-up).
   */
  source: z.enum(['intake_prepayment', 'hand_back']).optional(),
});
export type Payment = z.infer<typeof Payment>;

const Against = { orderId: Id.optional(), saleId: Id.optional() };
const oneTarget = (input: { orderId?: string; saleId?: string }) => Boolean(input.orderId) !== Boolean(input.saleId);
const TARGET = { message: 'required', path: ['orderId'] };

export const PaymentRecordInput = z
  .strictObject({ ...Against, amount: PaymentAmount, method: PaymentMethod })
  .refine(oneTarget, TARGET);
export const RefundInput = z
  .strictObject({ ...Against, amount: PaymentAmount, method: PaymentMethod, reason: Text(500) })
  .refine(oneTarget, TARGET);
export const PaymentsOfInput = z.strictObject(Against).refine(oneTarget, TARGET);

const Taxed = z.object({ net: z.int(), tax: z.int(), gross: z.int() });
export const ChargedLine = Taxed.extend({
  kind: z.enum(['work', 'part']),
  description: z.string(),
  quantity: z.number(),
  unitPrice: z.int(),
  payer: z.enum(['customer', 'manufacturer', 'seller', 'workshop']),
  rate: z.int().nullable(),
});
export const Balance = z.object({ charged: z.int(), paid: z.int(), refunded: z.int(), received: z.int(), due: z.int(), overpaid: z.int() });

/** An order's or a sale's money: its lines with their tax, who pays them, the payments and what is left. */
export const MoneyView = z.object({
  lines: z.array(ChargedLine),
  total: Taxed,
  customer: Taxed,
  covered: Taxed,
  rate: z.int().nullable(),
  pricesIncludeTax: z.boolean(),
  balance: Balance,
  payments: z.array(Payment),
  /** Orders only: a cancelled order takes no payment; refunds are still possible. */
  open: z.boolean(),
});
export type MoneyView = z.infer<typeof MoneyView>;

export const InvoicePaper = z.enum(['A4', 'roll80']);
export type InvoicePaper = z.infer<typeof InvoicePaper>;
export const InvoiceInput = z
  .strictObject({ ...Against, language: Language.optional(), paper: InvoicePaper.default('A4') })
  .refine(oneTarget, TARGET);
export const CreditNoteInput = z.strictObject({ paymentId: Id, language: Language.optional(), paper: InvoicePaper.default('A4') });
export { IssuedDocument };

/** The workshop's tax settings (see tax.ts): every field optional, the profile decides the rest. */
export const TaxSettings = z.strictObject({
  regime: z.enum(['vat', 'exempt']).optional(),
  /** Basis points: 1800 = 18%; an integer, so a percent of at most 2 decimals, 0..100%. */
  rate: z.number('invalid_rate').refine(Number.isSafeInteger, 'invalid_rate').min(0, 'negative').max(10_000, 'too_large').optional(),
  pricesIncludeTax: z.boolean().optional(),
  rounding: z.enum(['line', 'document']).optional(),
  country: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, 'invalid_country')]).optional(),
});
export type TaxSettings = z.infer<typeof TaxSettings>;
