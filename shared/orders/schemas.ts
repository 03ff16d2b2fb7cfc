import { z } from 'zod';
import { ORDER_STATUSES, OUTCOMES } from './status.js';
import { APPROVAL_CHANNELS } from './approval.js';
import { Id, IsoDate, IsoDateTime, Money, numberError, OptionalText, Text } from '../platform/common.js';
import { Customer, CustomerFields } from '../customers/index.js';
import { Device, DeviceFields } from '../devices/index.js';
import { DiagnosisDefect } from '../defects/index.js';
import { Correction } from '../platform/corrections.js';
import { ImportMark } from '../platform/importMark.js';
import { PaymentMethod } from '../payments/schemas.js';

export const OrderStatus = z.enum(ORDER_STATUSES);
export const Outcome = z.enum(OUTCOMES);
export const CustomerDemand = z.enum(['repair', 'replacement', 'refund', 'price_reduction']);
export const WarrantyBasis = z.enum(['manufacturer', 'statutory', 'repeat_repair', 'paid', 'goodwill']);
export type WarrantyBasis = z.infer<typeof WarrantyBasis>;

export const IntakeDetails = z.strictObject({
  statedDefect: Text(2000),
  appearance: OptionalText(1000),
  accessories: z.array(Text(80)).max(30, 'too_many').default([]),
  completeness: OptionalText(500),
  demand: CustomerDemand.default('repair'),
  /** When left out, the warranty check decides (under warranty, repeat repair, statutory claim or paid). */
  warrantyBasis: WarrantyBasis.optional(),
  estimate: Money.optional(),
  approvedMax: Money.optional(),
  prepayment: Money.optional(),
  /** How the prepayment was paid (cash counts in the day's cash book); left out, it is recorded as "other". */
  prepaymentMethod: PaymentMethod.optional(),
  promisedDate: z.union([z.literal(''), IsoDate]).optional(),
  loanerDemanded: z.boolean().default(false),
});
export type IntakeDetails = z.infer<typeof IntakeDetails>;

/** Intake: an existing customer and device by id, or new ones with their fields. */
export const OrderCreateInput = z.strictObject({
  customer: z.union([z.strictObject({ id: Id }), CustomerFields]),
  device: z.union([z.strictObject({ id: Id }), DeviceFields]),
  intake: IntakeDetails,
  /** The unit is in for repair under another open order already and the clerk takes it in again anyway: why. */
  insist: z.strictObject({ reason: Text(500) }).optional(),
});
export type OrderCreateInput = z.input<typeof OrderCreateInput>;

const Quantity = z.number({ error: numberError('invalid_number') }).positive('not_positive').max(10_000, 'too_large');
const WarrantyDays = z.int('invalid_number').min(0, 'negative').max(3650, 'too_large');

export const WorkLineFields = z.strictObject({
  description: Text(300),
  quantity: Quantity.default(1),
  unitPrice: Money,
  warrantyDays: WarrantyDays.default(90),
  /** The labour operation of the price list this line was picked from. */
  operationId: Id.optional(),
});
export const PartLineFields = z.strictObject({
  name: Text(200),
  sku: OptionalText(60),
  quantity: Quantity.default(1),
  unitPrice: Money,
  warrantyDays: WarrantyDays.default(90),
  /** The catalogue part: diagnosis reserves it, completion consumes it, cancelling releases it. */
  partId: Id.optional(),
});

export const WorkLine = WorkLineFields.extend({ id: Id });
export const PartLine = PartLineFields.extend({ id: Id });
export type WorkLine = z.infer<typeof WorkLine>;
export type PartLine = z.infer<typeof PartLine>;

export const TimelineEntry = z.object({
  at: IsoDateTime,
  by: Id,
  from: OrderStatus.nullable(),
  to: OrderStatus,
  note: z.string().optional(),
  /** Moved to "awaiting approval" by saving lines: what the customer would pay, above the limit then in force. */
  overLimit: z.object({ total: z.int(), limit: z.int() }).optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Diagnosis = z.object({
  notes: z.string(),
  technicianId: Id,
  at: IsoDateTime,
  /** Defect codes from the catalogue (symptom, cause, action, component), one entry per defect found. */
  defects: z.array(DiagnosisDefect).optional(),
});

/** The customer's answer to lines above the estimate (shared/orders/approval.ts), as the clerk took it. */
export const ApprovalChannel = z.enum(APPROVAL_CHANNELS);
export const Approval = z.object({
  answer: z.enum(['approved', 'declined']),
  /** Approved: the most the customer agreed to pay, with tax (minor units). */
  approvedUpTo: z.int().optional(),
  channel: ApprovalChannel,
  /** When the customer answered. */
  at: IsoDateTime,
  /** Who took the answer (the member who recorded it), and when it was recorded. */
  by: Id,
  recordedAt: IsoDateTime,
  /** What the customer's lines came to when they answered, and the limit they were above. */
  total: z.int(),
  limit: z.int().optional(),
  note: z.string().optional(),
});
export type Approval = z.infer<typeof Approval>;

export const RepairOrder = z.object({
  id: Id,
  number: z.string(),
  customerId: Id,
  deviceId: Id,
  receivedAt: IsoDateTime,
  receivedBy: Id,
  intake: z.object({
    statedDefect: z.string(),
    appearance: z.string().optional(),
    accessories: z.array(z.string()),
    completeness: z.string().optional(),
    demand: CustomerDemand,
    warrantyBasis: WarrantyBasis,
    estimate: z.int().optional(),
    approvedMax: z.int().optional(),
    prepayment: z.int().optional(),
    prepaymentMethod: PaymentMethod.optional(),
    promisedDate: z.string().optional(),
    loanerDemanded: z.boolean(),
  }),
  status: OrderStatus,
  technicianId: Id.optional(),
  diagnosis: Diagnosis.optional(),
  workLines: z.array(WorkLine),
  partLines: z.array(PartLine),
  timeline: z.array(TimelineEntry),
  outcome: Outcome.optional(),
  /** When the customer demanded a replacement device: the legal clock for the loaner starts here. */
  loanerDemandedAt: IsoDateTime.optional(),
  handedBackAt: IsoDateTime.optional(),
  paidAmount: z.int().optional(),
  /** Set when a receipt brought in the last part the order was waiting for; cleared by its next status change. */
  partsArrivedAt: IsoDateTime.optional(),
  /** The customer's satisfaction after hand-back: a score of 1 to 5 and a comment. */
  satisfaction: z.object({ score: z.int(), comment: z.string().optional(), at: IsoDateTime, by: Id }).optional(),
  /** Intake facts corrected after intake, oldest first (the customer's and the unit's are on their own records). */
  corrections: z.array(Correction).optional(),
  /** Taken in while the unit had another open order: that order and the clerk's reason. */
  insisted: z.object({ orderId: Id, number: z.string(), reason: z.string() }).optional(),
  /** The customer's answers to lines above what they had agreed to, oldest first. */
  approvals: z.array(Approval).optional(),
  /**
   * Brought in from another system's history (shared/history/): the system, its own number of the order, the
   * import it came in, and the technician's name when no staff member has it; the digest of the order as imported
   * (an order changed since keeps its import from being undone).
   */
  imported: ImportMark.extend({ number: z.string(), technician: z.string().optional() }).optional(),
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type RepairOrder = z.infer<typeof RepairOrder>;

/** The intake facts a correction may change, in the order the intake form shows them. */
export const INTAKE_FIELDS = ['statedDefect', 'appearance', 'accessories', 'completeness', 'demand', 'estimate', 'approvedMax', 'prepayment', 'promisedDate', 'loanerDemanded'] as const;

/** Correct the intake facts of an order: only the fields given change; a reason is optional. */
export const OrderCorrectInput = z.strictObject({
  id: Id,
  statedDefect: Text(2000).optional(),
  appearance: OptionalText(1000),
  accessories: z.array(Text(80)).max(30, 'too_many').optional(),
  completeness: OptionalText(500),
  demand: CustomerDemand.optional(),
  estimate: Money.nullable().optional(),
  approvedMax: Money.nullable().optional(),
  prepayment: Money.nullable().optional(),
  promisedDate: z.union([z.literal(''), IsoDate]).optional(),
  loanerDemanded: z.boolean().optional(),
  reason: OptionalText(500),
});

export const LegalDeadline = z.object({
  kind: z.enum(['repair', 'loaner']),
  due: z.string(),
  daysLeft: z.int(),
  state: z.enum(['overdue', 'due_soon', 'on_time']),
});

/** An order with the customer and device it names and the legal deadlines running on it. */
export const OrderView = z.object({ order: RepairOrder, customer: Customer, device: Device, deadlines: z.array(LegalDeadline) });
export type OrderView = z.infer<typeof OrderView>;

/**
 * What a dashboard tile counts, as a filter of the orders list: open (not yet handed back), taken in today, past
 * the promised date while the repair is still the workshop's (shared/orders/promise.ts), a legal deadline passed or
 * due within DUE_SOON_DAYS (shared/rules/deadlines.ts).
 */
export const ORDER_LIST_FILTERS = ['open', 'received_today', 'overdue', 'legal_overdue', 'legal_due_soon'] as const;
export const OrderListFilter = z.enum(ORDER_LIST_FILTERS);
export type OrderListFilter = z.infer<typeof OrderListFilter>;

/** The columns the orders list sorts by: intake time, promised date, status (in the workflow's order), technician. */
export const ORDER_SORT_COLUMNS = ['received', 'promised', 'status', 'technician'] as const;
export const OrderSort = z.strictObject({ by: z.enum(ORDER_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) });
export type OrderSort = z.infer<typeof OrderSort>;
/** Newest first: the list's order when no other is asked for. */
export const DEFAULT_ORDER_SORT: OrderSort = { by: 'received', direction: 'desc' };

export const OrderListInput = z.strictObject({
  query: z.string().trim().max(200, 'too_long').default(''),
  status: OrderStatus.optional(),
  filter: OrderListFilter.optional(),
  sort: OrderSort.default(DEFAULT_ORDER_SORT),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500, 'too_large').default(100),
});
export const OrderListRow = z.object({
  id: Id,
  number: z.string(),
  status: OrderStatus,
  receivedAt: IsoDateTime,
  promisedDate: z.string().optional(),
  customerName: z.string(),
  customerPhone: z.string(),
  device: z.string(),
  serial: z.string(),
  technicianId: Id.optional(),
  /** Days past the promised date while the repair is still the workshop's to do; absent when not late. */
  daysPastPromised: z.int().optional(),
});
export const OrderListOutput = z.object({
  rows: z.array(OrderListRow),
  total: z.int(),
  countsByStatus: z.record(z.string(), z.int()),
});

export const OrderGetInput = z.strictObject({ id: Id });
export const OrderFindInput = z.strictObject({ code: Text(80) });

export const OrderTransitionInput = z.strictObject({
  id: Id,
  to: OrderStatus,
  note: OptionalText(1000),
  outcome: Outcome.optional(),
  paidAmount: Money.optional(),
  /** A manager may hand a device back while its loaner is still out, with a reason that goes into the timeline. */
  loanOverrideReason: OptionalText(500),
  /** The clerk keeps a warranty basis although the diagnosis records a cause outside warranty (shared/payments). */
  basisConfirmed: z.boolean().optional(),
});
export const OrderAssignInput = z.strictObject({ id: Id, technicianId: Id.nullable() });
export const OrderDiagnosisInput = z.strictObject({ id: Id, notes: Text(4000), defects: z.array(DiagnosisDefect).max(10, 'too_many').optional() });
export const OrderLinesInput = z.strictObject({
  id: Id,
  workLines: z.array(WorkLineFields).max(500, 'too_many'),
  partLines: z.array(PartLineFields).max(500, 'too_many'),
});

export const SatisfactionInput = z.strictObject({
  id: Id,
  score: z.int('invalid_number').min(1, 'out_of_range').max(5, 'out_of_range'),
  comment: OptionalText(1000),
});

/**
 * The customer's answer to lines above the estimate, approved maximum or last approval: approved up to an amount
 * (at least what the lines come to now), or declined; how it was given, when (now unless said), an optional note.
 */
export const OrderApprovalInput = z.strictObject({
  id: Id,
  answer: z.enum(['approved', 'declined']),
  /** Required when approved (the service names the field when it is missing); left out when declined. */
  approvedUpTo: Money.optional(),
  channel: ApprovalChannel,
  at: IsoDateTime.optional(),
  note: OptionalText(1000),
});
