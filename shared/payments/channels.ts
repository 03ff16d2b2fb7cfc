import type { z } from 'zod';
import { CreditNoteInput, InvoiceInput, IssuedDocument, MoneyView, PaymentRecordInput, PaymentsOfInput, RefundInput } from './schemas.js';

/** The payments channels: every name starts with "payments.". */
export const paymentsChannels = {
  'payments.record': {
    summary: 'Take a payment (cash, card, transfer, other) against an order or a counter sale, in minor units; refused on a cancelled order. Answers the money of the order or sale after it.',
    input: PaymentRecordInput,
    output: MoneyView,
  },
  'payments.refund': {
    summary: 'Give money back on an order or a sale, with a reason: stored as a negative payment, refused above what was paid less what was refunded.',
    input: RefundInput,
    output: MoneyView,
  },
  'payments.of': {
    summary: 'The money of an order or a sale: its lines with their tax and who pays them (by the warranty basis), net, tax and gross, every payment, paid, refunded and due.',
    input: PaymentsOfInput,
    output: MoneyView,
  },
  'payments.invoice': {
    summary: "Issue the tax invoice / receipt of an order or a sale (named as the rule profile names it) on A4 or an 80 mm roll, in its own consecutive series; the same money state reprints the same document.",
    input: InvoiceInput,
    output: IssuedDocument,
  },
  'payments.creditNote': {
    summary: 'Issue the credit note of a refund (a negative payment), on A4 or an 80 mm roll, in its own consecutive series.',
    input: CreditNoteInput,
    output: IssuedDocument,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;

