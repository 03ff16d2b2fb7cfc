import type { OrderStatus } from './status.js';

/** How the customer gave their answer. */
export const APPROVAL_CHANNELS = ['phone', 'in_person', 'in_writing'] as const;
export type ApprovalChannel = (typeof APPROVAL_CHANNELS)[number];

/** The customer's answers so far, as the rule reads them: an approval up to an amount, or a refusal. */
export interface ApprovalAnswer {
  answer: 'approved' | 'declined';
  /** Approved: the most the customer agreed to pay (minor units, what the customer pays with tax). */
  approvedUpTo?: number;
}

/** Where the limit in force comes from: the customer's last approval, the approved maximum, the estimate, or none. */
export type LimitSource = 'approval' | 'approved_max' | 'estimate' | 'none';

export interface ApprovalState {
  /** The most the customer has agreed to pay, or undefined when nothing limits the work. */
  limit?: number;
  source: LimitSource;
  /** The customer's total is above the limit: the work waits for the customer's answer. */
  needed: boolean;
}

/**
 * The approval rule. The limit in force is the customer's last approval, or else the approved maximum given at
 * intake, or else the estimate; an amount of zero at intake states no limit (the form's "0" is "not given": a
 * workshop that quotes nothing has nothing to exceed). The work needs the customer's approval when what the
 * CUSTOMER pays (shared/payments charge: warranty lines are the warranty's, at zero to the customer) is above it.
 * A refusal does not raise the limit: the lines must come down to it, or the order is cancelled.
 */
export function approvalState(customerTotal: number, intake: { estimate?: number; approvedMax?: number }, answers: readonly ApprovalAnswer[] = []): ApprovalState {
  const approved = [...answers].reverse().find((a) => a.answer === 'approved' && a.approvedUpTo !== undefined);
  const [limit, source]: [number | undefined, LimitSource] = approved
    ? [approved.approvedUpTo, 'approval']
    : intake.approvedMax
      ? [intake.approvedMax, 'approved_max']
      : intake.estimate
        ? [intake.estimate, 'estimate']
        : [undefined, 'none'];
  return { limit, source, needed: limit !== undefined && customerTotal > limit };
}

/** The statuses in which saving lines above the limit stops the work until the customer answers. */
export const WORK_STATUSES: readonly OrderStatus[] = ['received', 'diagnosing', 'awaiting_parts', 'in_repair', 'at_external_service', 'ready'];

/**
 * Whether moving to `to` advances the work (so it waits for an approval that is needed): any status of the work
 * itself, and the hand-back of a ready unit. Cancelling, "unrepairable" and handing back a cancelled or
 * unrepairable unit stay open: they are how a refusal ends.
 */
export function advancesWork(from: OrderStatus, to: OrderStatus): boolean {
  if (to === 'issued') return from === 'ready';
  return to !== 'received' && WORK_STATUSES.includes(to);
}

/**
 * Where an approved order goes: back to the status it was in before it waited for approval, or on to the
 * diagnosis when it waited straight from intake ("received" is never returned to).
 */
export function statusAfterApproval(timeline: ReadonlyArray<{ from: OrderStatus | null; to: OrderStatus }>): OrderStatus {
  const entered = [...timeline].reverse().find((e) => e.to === 'awaiting_approval');
  const before = entered?.from;
  return before && before !== 'received' && WORK_STATUSES.includes(before) ? before : 'diagnosing';
}
