import type { z } from 'zod';
import { type FieldErrors, type FieldReason, isFieldReason } from './result.js';

/**
 * How a channel's input schema refuses an input, as field errors: register() answers with them, and a form may
 * check its input with the same schema before sending it (every problem of the form at once, also those the
 * backend would only find after the shape is right).
 */
/** zod issues → field path → a short code the UI translates ("required", "too_long", "imei_checksum", ...). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch the input came closest to (e.g. a new customer's fields, not "an existing id").
      const closest = [...issue.errors].sort((a, b) => shapeMismatch(a) - shapeMismatch(b))[0];
      Object.assign(fields, { ...fieldErrors(closest, path), ...fields });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      // Each field the schema does not know is named (e.g. an `actorId`: who acts comes from the session).
      for (const name of issue.keys) fields[[...path, name].map(String).join('.')] ??= 'unknown_field';
      continue;
    }
    const key = path.map(String).join('.') || '_';
    fields[key] ??= issueCode(issue);
  }
  return fields;
}

/** How badly a union branch missed: wrong types and unknown keys count more than a too-short value. */
function shapeMismatch(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce(
    (sum, issue) =>
      sum + (['invalid_type', 'unrecognized_keys', 'invalid_value', 'invalid_union'].includes(issue.code) ? 10 : 1),
    0,
  );
}

function issueCode(issue: z.core.$ZodIssue): FieldReason {
  switch (issue.code) {
    case 'custom':
      return isFieldReason(issue.message) ? issue.message : 'invalid_value';
    case 'invalid_type':
      // A schema that names its reason for a value of the wrong kind ("invalid_number" for a word in a money field).
      if (isFieldReason(issue.message) && issue.message !== 'invalid_type') return issue.message;
      return /received undefined/.test(issue.message) ? 'required' : 'invalid_type';
    case 'invalid_value':
      return 'invalid_choice';
    case 'invalid_union':
      return 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      // A schema names its reason in the message ("too_long"); without one, zod's issue code is the reason.
      return isFieldReason(issue.message) ? issue.message : issue.code;
  }
}
