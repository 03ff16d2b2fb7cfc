import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Money, OptionalText, Text } from '../platform/common.js';

export const LOANER_STATES = ['available', 'on_loan', 'in_maintenance', 'retired'] as const;
export const LoanerState = z.enum(LOANER_STATES);

/** A unit of the replacement pool, lent to customers while their own unit is in repair. */
export const LoanerUnit = z.object({
  id: Id,
  inventoryNumber: z.string(),
  category: z.string(),
  model: z.string(),
  serial: z.string().optional(),
  value: z.int(),
  condition: z.string(),
  notes: z.string().optional(),
  state: LoanerState,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type LoanerUnit = z.infer<typeof LoanerUnit>;

export const LoanerSaveInput = z.strictObject({
  id: Id.optional(),
  inventoryNumber: Text(40),
  category: Text(80),
  model: Text(160),
  serial: OptionalText(60),
  value: Money,
  condition: Text(500),
  notes: OptionalText(1000),
});

/** Only these moves are the clerk's: "on loan" is set by issuing a loan, and left by returning it. */
export const LoanerStateInput = z.strictObject({ id: Id, state: z.enum(['available', 'in_maintenance', 'retired']), note: OptionalText(500) });

export const Loan = z.object({
  id: Id,
  number: z.string(),
  unitId: Id,
  orderId: Id,
  customerId: Id,
  issuedAt: IsoDateTime,
  issuedBy: Id,
  dueBack: z.string(),
  conditionOut: z.string(),
  accessoriesOut: z.array(z.string()),
  depositTaken: z.int(),
  returnedAt: IsoDateTime.optional(),
  returnedBy: Id.optional(),
  conditionIn: z.string().optional(),
  depositReturned: z.int().optional(),
  withheldReason: z.string().optional(),
  unitWentTo: z.enum(['available', 'in_maintenance']).optional(),
});
export type Loan = z.infer<typeof Loan>;

export const LoanDemandInput = z.strictObject({ orderId: Id });

export const LoanIssueInput = z.strictObject({
  orderId: Id,
  unitId: Id,
  dueBack: IsoDate,
  conditionOut: Text(500),
  accessoriesOut: z.array(Text(80)).max(30, 'too_many').default([]),
  depositTaken: Money.default(0),
});

export const LoanReturnInput = z.strictObject({
  loanId: Id,
  conditionIn: Text(500),
  depositReturned: Money,
  withheldReason: OptionalText(500),
  unitTo: z.enum(['available', 'in_maintenance']).default('available'),
});

export const LoanView = z.object({
  loan: Loan,
  unit: LoanerUnit,
  orderNumber: z.string(),
  customerName: z.string(),
  customerPhone: z.string(),
  /** Days until due back; negative when overdue. Absent once returned. */
  daysLeft: z.int().optional(),
  state: z.enum(['open', 'due_soon', 'overdue', 'returned']),
});
export type LoanView = z.infer<typeof LoanView>;

export const LoanListInput = z.strictObject({
  filter: z.enum(['open', 'attention', 'all']).default('open'),
  /** Only the loans of this pool unit: its history. */
  unitId: Id.optional(),
});

export const LoanerPoolRow = LoanerUnit.extend({
  currentLoan: LoanView.optional(),
  loans: z.int(),
  /** Share of the days since the unit joined the pool that it spent on loan (0..1). */
  utilisation: z.number(),
});
