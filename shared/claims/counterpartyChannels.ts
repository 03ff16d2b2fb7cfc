import { z } from 'zod';
import {
  CounterpartyClaimSaveInput,
  CounterpartyClaimStatusInput,
  CounterpartyClaimView,
  ExaminationListInput,
  ExaminationResultInput,
  ExaminationSaveInput,
  ExaminationView,
} from './counterpartyClaim.js';

/** Claims against counterparties, and independent examinations. */
export const counterpartyChannels = {
  'counterpartyClaims.list': {
    summary: 'Claims against counterparties (warranty reimbursement, defective batches), newest first: open ones or all, with the orders they cover.',
    input: z.strictObject({ filter: z.enum(['open', 'all']).default('open') }),
    output: z.array(CounterpartyClaimView),
  },
  'counterpartyClaims.save': {
    summary: 'Prepare a claim against a counterparty (named, optionally linked to the counterparties register): kind, subject, orders covered, amount, dates; or correct a draft.',
    input: CounterpartyClaimSaveInput,
    output: CounterpartyClaimView,
  },
  'counterpartyClaims.setStatus': {
    summary: 'Record that a claim was sent, accepted (in part), rejected, settled (with the amount received) or withdrawn.',
    input: CounterpartyClaimStatusInput,
    output: CounterpartyClaimView,
  },
  'examinations.list': {
    summary: 'Independent examinations, newest first; optionally of one order or one consumer claim.',
    input: ExaminationListInput,
    output: z.array(ExaminationView),
  },
  'examinations.save': {
    summary: 'Refer a unit to an independent examination: lab, date sent, the question asked, the order or claim, cost and who pays.',
    input: ExaminationSaveInput,
    output: ExaminationView,
  },
  'examinations.result': {
    summary: "Record an examination's result: date, conclusion, the lab's findings, final cost and who pays.",
    input: ExaminationResultInput,
    output: ExaminationView,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType }>;
