import { z } from 'zod';
import { IssuedDocument, LoanActInput, OrderDocumentsInput } from '../documents/index.js';
import { OrderView } from '../orders/index.js';
import { LoanDemandInput, LoanIssueInput, LoanListInput, LoanReturnInput, LoanView, LoanerPoolRow, LoanerSaveInput, LoanerStateInput, LoanerUnit } from './schemas.js';

const Empty = z.strictObject({});

/** The loans channels: every name starts with "loans.". */
export const loansChannels = {
  'loans.act': {
    summary: 'Issue the loaner issue act or return act of a loan in a language (the same loan gives the same document).',
    input: LoanActInput,
    output: IssuedDocument,
  },
  'loans.loaners.list': {
    summary: 'The loaner pool: every unit with its state, the loan it is on, how many loans it had and how much of the time it was lent.',
    input: Empty,
    output: z.array(LoanerPoolRow),
  },
  'loans.loaners.save': {
    summary: 'Add a unit to the loaner pool, or edit one (inventory numbers are unique).',
    input: LoanerSaveInput,
    output: LoanerUnit,
  },
  'loans.loaners.setState': {
    summary: 'Send a unit to maintenance, make it available again, or retire it (not while it is on loan).',
    input: LoanerStateInput,
    output: LoanerUnit,
  },
  'loans.demand': {
    summary: "Record that the customer demanded a replacement device; the rule profile's deadline runs from now.",
    input: LoanDemandInput,
    output: OrderView,
  },
  'loans.issue': {
    summary: 'Lend an available unit for an order: condition, accessories, deposit and due date. A unit is never on two loans.',
    input: LoanIssueInput,
    output: LoanView,
  },
  'loans.return': {
    summary: 'Take a loaner back: condition, deposit returned (or withheld with a reason); the unit goes back to the pool or to maintenance.',
    input: LoanReturnInput,
    output: LoanView,
  },
  'loans.list': {
    summary: 'Loans, newest first: open ones, those needing attention (overdue or due within 2 days), or all; optionally of one pool unit (its history).',
    input: LoanListInput,
    output: z.array(LoanView),
  },
  'loans.forOrder': {
    summary: 'Every loan of an order.',
    input: OrderDocumentsInput,
    output: z.array(LoanView),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
