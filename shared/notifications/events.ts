/** What a customer is told about, each with a template per language. */
export const NOTICE_EVENTS = ['received', 'estimate_ready', 'awaiting_approval', 'ready', 'uncollected', 'loaner_overdue', 'claim_answered', 'visit_reminder'] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

/** The only words a template may fill in; any other `{{name}}` is refused when the template is saved. */
export const PLACEHOLDERS = ['workshopName', 'workshopPhone', 'openingHours', 'customerName', 'orderNumber', 'device', 'amountDue', 'days', 'dueBack', 'claimNumber', 'visitDate', 'visitWindow', 'address'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

export const NOTICE_CHANNELS = ['email', 'sms'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/**
 * A message's life: queued (waiting for its turn or for the server to be reached again), sending (handed to the
 * server: the state is on disk before the first byte goes out), sent, failed (with its reason).
 */
export const MESSAGE_STATES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

/**
 * Why a message did not go (yet). `unreachable` and `timeout` and `server_error` are tried again with back-off;
 * the others are final: trying again would get the same answer, or might deliver the message twice (`interrupted`).
 */
export const SEND_FAILURES = [
  'unreachable',
  'timeout',
  'server_error',
  'rejected',
  'auth_failed',
  'no_email',
  'no_mobile',
  'not_configured',
  'interrupted',
] as const;
export type SendFailure = (typeof SEND_FAILURES)[number];

/** Failures worth another try later: the server was down or slow, not saying no. */
export const RETRIED: ReadonlySet<SendFailure> = new Set(['unreachable', 'timeout', 'server_error']);

/** Waits before the 2nd, 3rd... try (ms): a minute, 5, 15, an hour, 3 hours; after the 6th try it is failed. */
export const BACKOFF_MS = [60_000, 300_000, 900_000, 3_600_000, 10_800_000] as const;

/** When a message that failed for the `attempts`-th time is tried again, or undefined when it is given up. */
export function nextAttempt(failedAt: Date, attempts: number): Date | undefined {
  const wait = BACKOFF_MS[attempts - 1];
  return wait === undefined ? undefined : new Date(failedAt.getTime() + wait);
}
