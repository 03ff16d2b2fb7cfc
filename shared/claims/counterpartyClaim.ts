import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Money, OptionalText, Text } from '../platform/common.js';

/**
 * Claims the workshop brings against counterparties (manufacturers, suppliers), and referrals of units to an
 * independent examination. A counterparty is named by free text; `counterpartyId` links it to the counterparties
 * register when there is one.
 */
export const COUNTERPARTY_CLAIM_KINDS = ['warranty_reimbursement', 'defective_batch', 'other'] as const;
export const COUNTERPARTY_CLAIM_STATUSES = ['draft', 'sent', 'accepted', 'partly_accepted', 'rejected', 'settled', 'withdrawn'] as const;
export const CounterpartyClaimStatus = z.enum(COUNTERPARTY_CLAIM_STATUSES);

const Event = z.object({ at: IsoDateTime, by: Id, to: z.string(), note: z.string().optional() });

export const CounterpartyClaim = z.object({
  id: Id,
  number: z.string(),
  kind: z.enum(COUNTERPARTY_CLAIM_KINDS),
  counterpartyId: Id.optional(),
  counterpartyName: z.string(),
  subject: z.string(),
  /** The repair orders the claim covers (e.g. warranty repairs to be reimbursed). */
  orderIds: z.array(Id),
  amountClaimed: z.int(),
  amountSettled: z.int().optional(),
  sentOn: z.string().optional(),
  /** When the counterparty should answer, by the contract. */
  answerDueOn: z.string().optional(),
  settledOn: z.string().optional(),
  status: CounterpartyClaimStatus,
  history: z.array(Event),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type CounterpartyClaim = z.infer<typeof CounterpartyClaim>;

export const CounterpartyClaimSaveInput = z.strictObject({
  id: Id.optional(),
  kind: z.enum(COUNTERPARTY_CLAIM_KINDS),
  counterpartyId: Id.optional(),
  counterpartyName: Text(200),
  subject: Text(2000),
  orderNumbers: z.array(Text(40)).max(500, 'too_many').default([]),
  amountClaimed: Money,
  sentOn: z.union([z.literal(''), IsoDate]).optional(),
  answerDueOn: z.union([z.literal(''), IsoDate]).optional(),
});

export const CounterpartyClaimStatusInput = z.strictObject({
  id: Id,
  to: z.enum(['sent', 'accepted', 'partly_accepted', 'rejected', 'settled', 'withdrawn']),
  /** The day it happened; today when left out. */
  on: IsoDate.optional(),
  amountSettled: Money.optional(),
  note: OptionalText(1000),
});

export const CounterpartyClaimView = CounterpartyClaim.extend({ orderNumbers: z.array(z.string()), overdue: z.boolean() });

export const EXAMINATION_CONCLUSIONS = ['defect_confirmed', 'manufacturing_defect', 'operation_violation', 'no_defect', 'inconclusive'] as const;
export const PAYERS = ['workshop', 'seller', 'manufacturer', 'customer', 'undecided'] as const;

export const Examination = z.object({
  id: Id,
  number: z.string(),
  orderId: Id.optional(),
  claimId: Id.optional(),
  labId: Id.optional(),
  lab: z.string(),
  sentOn: z.string(),
  question: z.string(),
  resultOn: z.string().optional(),
  conclusion: z.enum(EXAMINATION_CONCLUSIONS).optional(),
  result: z.string().optional(),
  cost: z.int().optional(),
  paidBy: z.enum(PAYERS),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type Examination = z.infer<typeof Examination>;

export const ExaminationSaveInput = z.strictObject({
  id: Id.optional(),
  orderNumber: OptionalText(40),
  claimId: Id.optional(),
  labId: Id.optional(),
  lab: Text(200),
  sentOn: IsoDate,
  question: Text(2000),
  cost: Money.optional(),
  paidBy: z.enum(PAYERS).default('undecided'),
});

export const ExaminationResultInput = z.strictObject({
  id: Id,
  resultOn: IsoDate,
  conclusion: z.enum(EXAMINATION_CONCLUSIONS),
  result: Text(4000),
  cost: Money.optional(),
  paidBy: z.enum(PAYERS).optional(),
});

export const ExaminationView = Examination.extend({ orderNumber: z.string().optional(), claimNumber: z.string().optional() });
export const ExaminationListInput = z.strictObject({ orderId: Id.optional(), claimId: Id.optional() });
