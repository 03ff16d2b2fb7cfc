/** The closed set of error codes that cross the IPC / HTTP boundary. The UI maps each to a message. */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'invalid_transition',
  'forbidden',
  'unauthenticated',
  /** Too soon after the same request (e.g. a manual backup a minute): the message says how long to wait. */
  'rate_limited',
  'unknown_channel',
  'storage',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field path (dot-joined, e.g. "customer.phone") → field error code (e.g. "required", "imei_checksum"). */
export type FieldErrors = Record<string, string>;

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A failure a service reports on purpose; register() turns it into an error envelope. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
