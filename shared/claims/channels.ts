import { z } from 'zod';
import { IssuedDocument } from '../documents/index.js';
import { CounterpartyClaimSaveInput, CounterpartyClaimStatusInput, CounterpartyClaimView, ExaminationListInput, ExaminationResultInput, ExaminationSaveInput, ExaminationView } from './counterpartyClaim.js';
import { ClaimDecideInput, ClaimFulfilInput, ClaimGetInput, ClaimLetterInput, ClaimListInput, ClaimSaveInput, ClaimStatusInput, ClaimView } from './schemas.js';

/** The claims channels: every name starts with "claims.". */
export const claimsChannels = {
  'claims.list': {
    summary: 'Consumer claims, newest first, each with its response deadline, its state against it and the penalty accrued: open ones, those needing attention (overdue or due within 2 days), or all; optionally of one order.',
    input: ClaimListInput,
    output: z.array(ClaimView),
  },
  'claims.get': {
    summary: 'One consumer claim with its deadline, state and penalty.',
    input: ClaimGetInput,
    output: ClaimView,
  },
  'claims.save': {
    summary: 'Register a consumer claim (received date, customer, goods or order, demand, price, statement), or correct one not yet answered.',
    input: ClaimSaveInput,
    output: ClaimView,
  },
  'claims.decide': {
    summary: 'Record the decision on a claim (managers only): accepted, partly accepted or rejected, reasons, legal basis, amount; the claim is answered on the decision day.',
    input: ClaimDecideInput,
    output: ClaimView,
  },
  'claims.fulfil': {
    summary: 'Record the day an accepted (or partly accepted) demand was satisfied (managers only): the penalty for the delay stops on that day.',
    input: ClaimFulfilInput,
    output: ClaimView,
  },
  'claims.setStatus': {
    summary: 'Move a claim to review, close an answered one, or record that the consumer withdrew it.',
    input: ClaimStatusInput,
    output: ClaimView,
  },
  'claims.responseLetter': {
    summary: 'Issue the response letter to a decided claim in a language: the claim, the decision with its reasons, the legal basis (the same decision gives the same letter).',
    input: ClaimLetterInput,
    output: IssuedDocument,
  },
  'claims.counterparty.list': {
    summary: 'Claims against counterparties (warranty reimbursement, defective batches), newest first: open ones or all, with the orders they cover.',
    input: z.strictObject({ filter: z.enum(['open', 'all']).default('open') }),
    output: z.array(CounterpartyClaimView),
  },
  'claims.counterparty.save': {
    summary: 'Prepare a claim against a counterparty (named, optionally linked to the counterparties register): kind, subject, orders covered, amount, dates; or correct a draft.',
    input: CounterpartyClaimSaveInput,
    output: CounterpartyClaimView,
  },
  'claims.counterparty.setStatus': {
    summary: 'Record that a claim was sent, accepted (in part), rejected, settled (with the amount received) or withdrawn.',
    input: CounterpartyClaimStatusInput,
    output: CounterpartyClaimView,
  },
  'claims.examinations.list': {
    summary: 'Independent examinations, newest first; optionally of one order or one consumer claim.',
    input: ExaminationListInput,
    output: z.array(ExaminationView),
  },
  'claims.examinations.save': {
    summary: 'Refer a unit to an independent examination: lab, date sent, the question asked, the order or claim, cost and who pays.',
    input: ExaminationSaveInput,
    output: ExaminationView,
  },
  'claims.examinations.result': {
    summary: "Record an examination's result: date, conclusion, the lab's findings, final cost and who pays.",
    input: ExaminationResultInput,
    output: ExaminationView,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
