import { z } from 'zod';
import { ClaimDecideInput, ClaimFulfilInput, ClaimGetInput, ClaimLetterInput, ClaimListInput, ClaimSaveInput, ClaimStatusInput, ClaimView } from './schemas.js';
import { IssuedDocument } from '../documents/schemas.js';

/** Consumer claims: register, statutory response deadline and penalty, decision, response letter. */
export const claimChannels = {
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
  'documents.claimResponse': {
    summary: 'Issue the response letter to a decided claim in a language: the claim, the decision with its reasons, the legal basis (the same decision gives the same letter).',
    input: ClaimLetterInput,
    output: IssuedDocument,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType }>;
