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

/**
 * The closed set of reasons the backend gives for a field (DomainError fields, and register()'s reading of zod
 * issues). Every reason has a message in every language of the catalogue (shared/platform/i18n, typed
 * Record<FieldReason, string>): the interface shows that message, never the backend's English one.
 */
export const FIELD_REASONS = [
  // The shape of an input, as zod reports it.
  'required', 'invalid_type', 'invalid_choice', 'invalid_value', 'unknown_field', 'too_small', 'too_big', 'invalid_format',
  'not_multiple_of', 'invalid_key', 'invalid_element',
  // Values.
  'too_long', 'too_many', 'too_large', 'negative', 'not_positive', 'out_of_range', 'invalid_number', 'invalid_amount',
  'invalid_date', 'invalid_email', 'invalid_phone', 'invalid_id', 'invalid_token', 'invalid_code', 'not_absolute',
  'before_today', 'in_future', 'too_far', 'before_from', 'duplicate', 'not_found',
  // Staff and sign-in.
  'pin_format', 'pin_not_set', 'pin_required', 'wrong_pin', 'locked', 'not_signed_in', 'unknown_actor', 'role', 'last_manager', 'not_technician',
  // Devices and orders.
  'imei_length', 'imei_checksum', 'serial_or_imei', 'duplicate_device', 'unknown_model', 'before_purchase', 'not_allowed',
  'order_closed', 'unknown_code', 'not_completed', 'other_device', 'not_void', 'already_void', 'open_order',
  // Customers.
  'same_customer', 'merged_customer',
  // Loaners.
  'not_available', 'before_issue', 'open_loan', 'already_returned', 'more_than_taken', 'loan_open', 'on_loan', 'not_returned',
  // Parts and stock.
  'whole_units', 'too_precise', 'not_enough_stock', 'not_reserved', 'parts_missing', 'below_consumed', 'below_catalogue_price',
  'price_role', 'has_moves', 'nothing_to_order', 'not_draft', 'not_sent', 'not_in_requisition', 'more_than_ordered',
  'not_manufacturer',
  // Claims, examinations and shipments.
  'before_sent', 'not_handed_back', 'claim_answered', 'not_decided', 'before_received', 'before_decision', 'not_accepted',
  'already_fulfilled', 'cancelled', 'nothing_received', 'not_in_shipment', 'already_received',
  // Data: backups, imports and requests.
  'confirm', 'rate_limited', 'unreadable_archive', 'not_an_export', 'not_a_folder', 'invalid_country', 'invalid_time_zone', 'damaged_backup', 'empty', 'encoding', 'malformed', 'invalid_json',
  // Document numbers and the workshop logo.
  'no_year', 'no_sequence', 'clashes', 'too_many_pixels', 'not_an_image',
  'newer_version', 'invalid_record', 'unsafe_path', 'stray_file', 'missing_document', 'set_up',
  // Payments.
  'refund_exceeds_paid', 'order_cancelled', 'cause_outside_warranty', 'not_a_refund', 'invalid_rate',
  // The cash book.
  'day_closed', 'day_not_open', 'day_opened', 'not_a_closed_day',
  // The customer's approval of lines above the estimate.
  'approval_needed', 'below_total', 'not_awaiting_approval', 'before_intake',
  // Imports of a workshop's history.
  'unknown_status', 'ambiguous_date', 'number_taken',
  // Notifications.
  'unknown_placeholder', 'not_failed',
  // The network of service points.
  'invalid_site_code', 'invalid_hub_url', 'invalid_database', 'site_already_set',
  // Visits, vans and service contracts.
  'end_before_start', 'double_booked', 'visit_closed', 'bidi_control', 'no_technician', 'no_units', 'other_customer', 'same_location', 'inactive',
  'too_many_visits', 'not_covered',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

const REASONS: ReadonlySet<string> = new Set(FIELD_REASONS);
export function isFieldReason(value: string): value is FieldReason {
  return REASONS.has(value);
}

/** Field path (dot-joined, e.g. "customer.phone") → the reason it was refused (e.g. "required", "imei_checksum"). */
export type FieldErrors = Record<string, FieldReason>;

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  /** How long until the request may be tried again (a sign-in locked out for wrong PINs), in milliseconds. */
  retryAfterMs?: number;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A failure a service reports on purpose; register() turns it into an error envelope. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** How long until the request may be tried again, when that is known (ApiError.retryAfterMs). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
