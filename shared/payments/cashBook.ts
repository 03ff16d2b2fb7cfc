import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Language, OptionalText, Text } from '../platform/common.js';
import { MAX_PAYMENT, PaymentAmount, PaymentMethod, InvoicePaper } from './schemas.js';

/**
 * The cash book: one day (shift) per service point. The workshop has one point today; every record carries its
 * `point` so that a second counter (a second till) is a new value, not a new shape.
 */
export const CASH_POINT = 'main';

/** Cash at hand in minor units: an integer (no more than 2 decimals of the major unit), 0 allowed, at most 10^9. */
export const CashAmount = z
  .number('invalid_amount')
  .refine(Number.isSafeInteger, 'invalid_amount')
  .min(0, 'negative')
  .max(MAX_PAYMENT, 'too_large');

/** A day of a point's cash: its opening float, and once closed the count, what was expected and the difference. */
export const CashDay = z.object({
  id: Id,
  point: z.string(),
  date: IsoDate,
  float: z.int(),
  openedAt: IsoDateTime,
  openedBy: Id,
  closedAt: IsoDateTime.optional(),
  closedBy: Id.optional(),
  /** At the close: the cash counted in the drawer, what the book expected, and counted − expected. */
  counted: z.int().optional(),
  expected: z.int().optional(),
  difference: z.int().optional(),
  /** Why the count differs from what was expected (required when it does). */
  reason: z.string().optional(),
});
export type CashDay = z.infer<typeof CashDay>;

/**
 * Cash put in or taken out by hand (change added, cash taken to the bank), with its reason; positive in, negative
 * out. A correction of a closed day is such an entry on a later day that names the day it corrects.
 */
export const CashMovement = z.object({
  id: Id,
  dayId: Id,
  point: z.string(),
  amount: z.int(),
  reason: z.string(),
  at: IsoDateTime,
  by: Id,
  corrects: Id.optional(),
});
export type CashMovement = z.infer<typeof CashMovement>;

/** One line of a day's cash: a cash payment or refund (read from the payment records), or a movement by hand. */
export const CashEntry = z.object({
  id: Id,
  kind: z.enum(['payment', 'refund', 'in', 'out']),
  /** Signed: what the drawer gained (+) or lost (−). */
  amount: z.int(),
  at: IsoDateTime,
  by: Id,
  orderId: Id.optional(),
  saleId: Id.optional(),
  /** The order's or sale's number. */
  label: z.string().optional(),
  reason: z.string().optional(),
  /** A correction: the date of the closed day it corrects. */
  corrects: IsoDate.optional(),
});
export type CashEntry = z.infer<typeof CashEntry>;

export const CashTotals = z.object({ float: z.int(), cashIn: z.int(), cashOut: z.int(), expected: z.int(), counted: z.int().nullable(), difference: z.int().nullable() });
export type CashTotals = z.infer<typeof CashTotals>;

export const CashDayView = z.object({
  point: z.string(),
  date: IsoDate,
  /** Absent: the day was not opened. */
  day: CashDay.nullable(),
  state: z.enum(['not_opened', 'open', 'closed']),
  entries: z.array(CashEntry),
  totals: CashTotals,
  /** The last closed day before this one: what a correction names. */
  lastClosed: z.object({ id: Id, date: IsoDate }).nullable(),
});
export type CashDayView = z.infer<typeof CashDayView>;

export const CashDayInput = z.strictObject({ date: IsoDate.optional() });

/** A day as the list of days shows it: its state, float and, once closed, the close (expected, counted, difference, who). */
export const CashDaySummary = z.object({
  id: Id,
  date: IsoDate,
  state: z.enum(['open', 'closed']),
  float: z.int(),
  openedBy: Id,
  /** What the book expects: at the close as it was then; while open, so far. */
  expected: z.int(),
  counted: z.int().nullable(),
  difference: z.int().nullable(),
  closedAt: IsoDateTime.nullable(),
  closedBy: Id.nullable(),
  reason: z.string().nullable(),
});
export type CashDaySummary = z.infer<typeof CashDaySummary>;
/** The days of the point before `before` (today by default), newest first, up to `limit`. */
export const CashDaysInput = z.strictObject({
  before: IsoDate.optional(),
  limit: z.int('invalid_number').min(1, 'not_positive').max(400, 'too_large').default(60),
});
export const OpenDayInput = z.strictObject({ float: CashAmount });
export const CashMovementInput = z.strictObject({ direction: z.enum(['in', 'out']), amount: PaymentAmount, reason: Text(500), corrects: Id.optional() });
export const CloseDayInput = z.strictObject({ counted: CashAmount, reason: OptionalText(500) });
export const CashReportInput = z.strictObject({ date: IsoDate.optional(), language: Language.optional(), paper: InvoicePaper.default('A4') });

/** Whether a payment moves the drawer: cash only (card, transfer and other never pass through it). */
export const movesCash = (payment: { method: PaymentMethod }) => payment.method === 'cash';

/**
 * The day's totals: cash in is the cash payments and the cash put in, cash out the cash refunds and the cash taken
 * out; expected = float + in − out; the difference (once counted) = counted − expected.
 */
export function cashTotals(float: number, entries: ReadonlyArray<Pick<CashEntry, 'amount'>>, counted?: number): CashTotals {
  let cashIn = 0;
  let cashOut = 0;
  for (const e of entries) {
    if (e.amount >= 0) cashIn += e.amount;
    else cashOut -= e.amount;
  }
  const expected = float + cashIn - cashOut;
  return { float, cashIn, cashOut, expected, counted: counted ?? null, difference: counted === undefined ? null : counted - expected };
}

/** What the cash book holds for an order: its cash payments less its cash refunds, over the days given. */
export function cashHeldFor(entries: ReadonlyArray<Pick<CashEntry, 'amount' | 'orderId'>>, orderId: string): number {
  return entries.reduce((sum, e) => (e.orderId === orderId ? sum + e.amount : sum), 0);
}
