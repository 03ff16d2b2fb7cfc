import { z } from 'zod';
import { CompletionActInput, ConditionActInput, DeviceLabelsInput, IntakeActInput, IssuedDocument } from '../documents/index.js';
import { LoanView } from '../loans/index.js';
import { Id } from '../platform/common.js';
import { LegalDeadline, OrderApprovalInput, OrderAssignInput, OrderCorrectInput, OrderCreateInput, OrderDiagnosisInput, OrderFindInput, OrderGetInput, OrderLinesInput, OrderListInput, OrderListOutput, OrderListRow, OrderTransitionInput, OrderView, SatisfactionInput } from './schemas.js';

/** The orders channels: every name starts with "orders.". */
export const ordersChannels = {
  'orders.create': {
    summary: "Intake: create a repair order, with a new or existing customer and device. A unit that has an open order already is refused (open_order) unless `insist.reason` says why; the reason is kept on the new order.",
    input: OrderCreateInput,
    output: OrderView,
  },
  'orders.correct': {
    summary: "Correct an order's intake facts (stated defect, appearance, accessories, completeness, demand, estimate, approved maximum, prepayment, promised date, loaner demand) as a clerk or a manager; each changed field is recorded (who, when, before, after, reason).",
    input: OrderCorrectInput,
    output: OrderView,
  },
  'orders.get': {
    summary: 'One order with its customer and device.',
    input: OrderGetInput,
    output: OrderView,
  },
  'orders.list': {
    summary: "Orders matching a search (number, serial, IMEI, phone, name), a status and a dashboard tile's filter (open, received today, past the promised date, legal deadline passed or due soon), in pages; sorted by received (newest first by default), promised date (orders without one last), status (in the workflow's order) or technician (unassigned last), ties newest first; with counts per status of the orders the search and the filter leave.",
    input: OrderListInput,
    output: OrderListOutput,
  },
  'orders.find': {
    summary: 'The order a scanned or typed code names (order number, serial or IMEI), or null.',
    input: OrderFindInput,
    output: z.object({ id: Id }).nullable(),
  },
  'orders.transition': {
    summary: 'Move an order to another status; only the allowed transitions are accepted. Hand-back needs an outcome.',
    input: OrderTransitionInput,
    output: OrderView,
  },
  'orders.assign': {
    summary: 'Assign a technician to an order (or clear the assignment).',
    input: OrderAssignInput,
    output: OrderView,
  },
  'orders.diagnose': {
    summary: "Record the technician's diagnosis notes and, optionally, its defect codes from the catalogue (symptom, cause, action, component).",
    input: OrderDiagnosisInput,
    output: OrderView,
  },
  'orders.setLines': {
    summary: 'Replace the work and part lines of an order (prices in minor units).',
    input: OrderLinesInput,
    output: OrderView,
  },
  'orders.dashboard': {
    summary: "What needs attention today (the workshop's date unless another day is given): counts per status, orders past their promised date, legal deadlines overdue or due soon (also one row per such deadline with its date and days left, most urgent first), loaners overdue or due back soon, ready for pickup. Each number is what orders.list gives with the tile's filter.",
    input: z.strictObject({ today: z.iso.date('invalid_date').optional() }),
    output: z.object({
      countsByStatus: z.record(z.string(), z.int()),
      open: z.int(),
      receivedToday: z.int(),
      overdue: z.array(OrderListRow),
      ready: z.array(OrderListRow),
      legalOverdue: z.array(OrderListRow),
      legalDueSoon: z.array(OrderListRow),
      legalDeadlines: z.array(OrderListRow.extend({ deadline: LegalDeadline })),
      loansAttention: z.array(LoanView),
    }),
  },
  'orders.intakeAct': {
    summary: 'Issue the intake act of an order in a language, or return the one already issued (same number, same bytes). After a correction of what it states, a new version with the same number says "corrected"; earlier versions stay as issued.',
    input: IntakeActInput,
    output: IssuedDocument,
  },
  'orders.rateSatisfaction': {
    summary: "Record the customer's satisfaction with a handed-back order: a score of 1 to 5 and a comment (a later answer replaces it).",
    input: SatisfactionInput,
    output: OrderView,
  },
  'orders.completionAct': {
    summary: 'Issue the work completion act of an order that is ready or handed back (dates, defects, work, parts and their warranties, costs, warranty extension); the same order state gives the same document.',
    input: CompletionActInput,
    output: IssuedDocument,
  },
  'orders.conditionAct': {
    summary: "Issue the technical condition act of an order: the defect confirmed or not, its cause, repairability and whether it is a warranty case; the same findings give the same document.",
    input: ConditionActInput,
    output: IssuedDocument,
  },
  'orders.labels': {
    summary: 'Issue device labels (62 × 29 mm, Code 128 of the order number) for one or more orders in one PDF, one label a page; the same orders give the same document.',
    input: DeviceLabelsInput,
    output: IssuedDocument,
  },
  'orders.recordApproval': {
    summary: "Record the customer's answer to lines above what they agreed to (the estimate, the approved maximum or their last approval) while the order awaits approval: approved up to an amount (at least what the lines come to now, else refused: below_total) by phone, in person or in writing, when (now unless given), who took it (the signed-in clerk or manager), a note. Approved, the order goes back to where the work stood; declined, it stays awaiting approval until the lines come down to the limit or it is cancelled.",
    input: OrderApprovalInput,
    output: OrderView,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
