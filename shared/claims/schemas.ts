import { z } from 'zod';
import { CLAIM_DEMANDS, CLAIM_STATUSES, REPLACEMENT_CASES } from './claims.js';
import { Id, IsoDate, IsoDateTime, Language, Money, OptionalText, Text } from '../platform/common.js';

export const ClaimDemand = z.enum(CLAIM_DEMANDS);
export const ReplacementCase = z.enum(REPLACEMENT_CASES);
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export const DECISION_OUTCOMES = ['accepted', 'partly_accepted', 'rejected'] as const;
export const DecisionOutcome = z.enum(DECISION_OUTCOMES);

export const ClaimDecision = z.object({
  outcome: DecisionOutcome,
  reasons: z.string(),
  legalBasis: z.string().optional(),
  /** What the workshop pays or refunds, minor units. */
  amount: z.int().optional(),
  decidedOn: z.string(),
  decidedBy: Id,
});
export type ClaimDecision = z.infer<typeof ClaimDecision>;

/** What happened besides a status move: the demand satisfied, or the claim's facts corrected by a manager. */
export const CLAIM_ACTIONS = ['fulfilled', 'corrected'] as const;
export const ClaimEvent = z.object({
  at: IsoDateTime,
  by: Id,
  from: ClaimStatus.nullable(),
  to: ClaimStatus,
  action: z.enum(CLAIM_ACTIONS).optional(),
  note: z.string().optional(),
});

/** A source by its catalogue key (`rules.sources.*`); claims stored before keys were kept have none. */
const Cites = z.array(z.object({ key: z.string(), preset: z.string().optional() })).optional();

const Deadline = z.object({
  due: z.string().nullable(),
  rule: z.string().nullable(),
  term: z.object({ amount: z.number(), unit: z.enum(['days', 'working_days', 'months']) }).optional(),
  source: z.string(),
  cites: Cites,
  confirmed: z.boolean(),
  from: z.literal('agreement').optional(),
  company: z.literal(true).optional(),
});

/** The deadline and penalty rate fixed at registration, each with the rule and source used. */
export const ClaimTerms = z.object({
  deadline: Deadline,
  penaltyRate: z.object({ percentPerDay: z.number(), source: z.string(), cites: Cites, confirmed: z.boolean() }).nullable(),
});

/** A consumer's written claim: what is demanded, by when the law wants an answer, and the answer given. */
export const Claim = z.object({
  id: Id,
  number: z.string(),
  receivedOn: z.string(),
  customerId: Id.optional(),
  customerName: z.string(),
  customerPhone: z.string().optional(),
  customerAddress: z.string().optional(),
  orderId: Id.optional(),
  deviceId: Id.optional(),
  /** The goods as the claim names them ("Samsung Galaxy S23, IMEI …"). */
  goods: z.string(),
  demand: ClaimDemand,
  replacementCase: ReplacementCase.optional(),
  /** Price of the goods, minor units: the base of a statutory penalty. */
  goodsPrice: z.int().optional(),
  /** What the consumer asks to be paid, minor units. */
  amountClaimed: z.int().optional(),
  statement: z.string(),
  status: ClaimStatus,
  decision: ClaimDecision.optional(),
  /** Stored at registration; re-derived only when the claim's own dates or demand change. Absent on older claims. */
  terms: ClaimTerms.optional(),
  /** The day an accepted demand was satisfied: the penalty stops here. */
  fulfilledOn: z.string().optional(),
  history: z.array(ClaimEvent),
  createdAt: IsoDateTime,
  createdBy: Id,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type Claim = z.infer<typeof Claim>;

export const ClaimSaveInput = z.strictObject({
  id: Id.optional(),
  receivedOn: IsoDate,
  /** The repair order the claim is about: customer, goods and price are taken from it when not given. */
  orderId: Id.optional(),
  customerName: OptionalText(160),
  customerPhone: OptionalText(60),
  customerAddress: OptionalText(300),
  goods: OptionalText(300),
  demand: ClaimDemand,
  replacementCase: ReplacementCase.optional(),
  goodsPrice: Money.optional(),
  amountClaimed: Money.optional(),
  statement: Text(4000),
});

export const ClaimDecideInput = z.strictObject({
  id: Id,
  outcome: DecisionOutcome,
  reasons: Text(4000),
  legalBasis: OptionalText(1000),
  amount: Money.optional(),
  /** The day of the answer; today when left out. */
  decidedOn: IsoDate.optional(),
});

export const ClaimStatusInput = z.strictObject({
  id: Id,
  to: z.enum(['under_review', 'closed', 'withdrawn']),
  note: OptionalText(1000),
});

/** The consumer claims a list shows: awaiting an answer, overdue or due within 2 days, all. */
export const CLAIM_LIST_FILTERS = ['open', 'attention', 'all'] as const;
export const ClaimListInput = z.strictObject({
  filter: z.enum(CLAIM_LIST_FILTERS).default('open'),
  orderId: Id.optional(),
});

export const ClaimFulfilInput = z.strictObject({
  id: Id,
  /** The day the refund was paid, the goods replaced or the repair done. */
  fulfilledOn: IsoDate,
});

export const ClaimView = z.object({
  claim: Claim,
  orderNumber: z.string().optional(),
  deadline: Deadline,
  state: z.enum(['on_time', 'due_soon', 'overdue', 'answered_on_time', 'answered_late', 'no_deadline']),
  daysLeft: z.int().optional(),
  penalty: z
    .object({
      overdueDays: z.int(),
      percentPerDay: z.number(),
      perDay: z.int(),
      amount: z.int(),
      until: z.string(),
      running: z.boolean(),
      source: z.string(),
      cites: Cites,
      confirmed: z.boolean(),
    })
    .optional(),
});
export type ClaimView = z.infer<typeof ClaimView>;

export const ClaimGetInput = z.strictObject({ id: Id });
export const ClaimLetterInput = z.strictObject({ claimId: Id, language: Language.optional() });
