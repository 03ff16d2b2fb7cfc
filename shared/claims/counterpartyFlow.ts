import type { COUNTERPARTY_CLAIM_STATUSES } from './counterpartyClaim.js';

type Status = (typeof COUNTERPARTY_CLAIM_STATUSES)[number];

/** A claim against a manufacturer or supplier that still waits for an answer or for money. */
export const OPEN_COUNTERPARTY_CLAIM: readonly Status[] = ['draft', 'sent', 'accepted', 'partly_accepted'];

/**
 * Which status may follow which: a draft is sent, an answer comes, money settles it; withdrawn while open.
 * The backend refuses any other move, and the claims screen offers exactly these.
 */
export const COUNTERPARTY_CLAIM_MOVES: Record<Status, readonly Exclude<Status, 'draft'>[]> = {
  draft: ['sent', 'withdrawn'],
  sent: ['accepted', 'partly_accepted', 'rejected', 'settled', 'withdrawn'],
  accepted: ['settled', 'withdrawn'],
  partly_accepted: ['settled', 'withdrawn'],
  rejected: [],
  settled: [],
  withdrawn: [],
};
