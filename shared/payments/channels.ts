import { z } from 'zod';
import { CashDayInput, CashDaysInput, CashDaySummary, CashDayView, CashMovementInput, CashReportInput, CloseDayInput, OpenDayInput } from './cashBook.js';
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
  'payments.cashDay': {
    summary: "The cash book of a day (today by default) at the workshop's point: its opening float, every cash payment and refund (read from the payments) and every cash put in or taken out, the cash expected and, once closed, the count and the difference.",
    input: CashDayInput,
    output: CashDayView,
  },
  'payments.cashDays': {
    summary: "The earlier cash days of the workshop's point (before today, or before the date given), newest first (managers only): each with its float and state, and once closed what was expected, the cash counted, the difference, its reason and who closed it; open one with payments.cashDay and reprint its report with payments.xReport or payments.zReport.",
    input: CashDaysInput,
    output: z.array(CashDaySummary),
  },
  'payments.openDay': {
    summary: "Open today's cash day with the float in the drawer (once a day; a closed day is not opened again).",
    input: OpenDayInput,
    output: CashDayView,
  },
  'payments.cashMovement': {
    summary: "Put cash in or take it out of today's open day with a reason (change added, taken to the bank); naming a closed day makes it that day's correction (managers).",
    input: CashMovementInput,
    output: CashDayView,
  },
  'payments.closeDay': {
    summary: "Close today's cash day with the cash counted: the difference from what was expected is kept with its reason (required, and a manager's, when it is not zero). A closed day no longer changes.",
    input: CloseDayInput,
    output: CashDayView,
  },
  'payments.xReport': {
    summary: "The X report of today's open day (the cash so far) on A4 or an 80 mm roll, in its own series; the same state reprints the same report.",
    input: CashReportInput,
    output: IssuedDocument,
  },
  'payments.zReport': {
    summary: 'The Z report of a closed day (today by default) on A4 or an 80 mm roll, numbered in its own series, once per day.',
    input: CashReportInput,
    output: IssuedDocument,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;

