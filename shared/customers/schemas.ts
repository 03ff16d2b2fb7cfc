import { z } from 'zod';
import { blankToEmpty, Id, IsoDateTime, Language, OptionalText, Text } from '../platform/common.js';
import { Correction } from '../platform/corrections.js';
import { ImportMark } from '../platform/importMark.js';

export const CustomerKind = z.enum(['person', 'company']);

const Phone = z
  .string()
  .trim()
  .overwrite(blankToEmpty)
  .min(1, 'required')
  .max(40, 'too_long')
  .regex(/^\+?[\d\s\-().]{5,}$/, 'invalid_phone');

/**
 * What the customer said about messages from the workshop: `notifyConsent` false is a no (nothing is sent to
 * them, by any channel); left out, the workshop's messages about their own repairs go. The channel and language
 * they prefer; left out, e-mail when they have an address, and the workshop's document language.
 */
const NoticePreferences = {
  notifyConsent: z.boolean().optional(),
  notifyChannel: z.enum(['email', 'sms']).optional(),
  notifyLanguage: Language.optional(),
};

export const CustomerFields = z.strictObject({
  kind: CustomerKind.default('person'),
  name: Text(160),
  phones: z.array(Phone).min(1, 'required').max(5, 'too_many'),
  email: z.union([z.literal(''), z.email('invalid_email').max(200, 'too_long')]).optional(),
  address: OptionalText(300),
  notes: OptionalText(2000),
  ...NoticePreferences,
});
export type CustomerFields = z.infer<typeof CustomerFields>;

/** A customer merged into this one: who it was, by whom and why (its orders, units, loans and claims came along). */
export const CustomerMerge = z.object({ at: IsoDateTime, by: Id, customerId: Id, name: z.string(), phones: z.array(z.string()), reason: z.string().optional() });

export const Customer = CustomerFields.extend({
  id: Id,
  createdAt: IsoDateTime,
  createdBy: Id,
  /** Every field corrected after the customer was taken in, oldest first. */
  corrections: z.array(Correction).optional(),
  /** The customers merged into this one. */
  merges: z.array(CustomerMerge).optional(),
  /** Set when this customer was merged into another: the record stays, found no more, pointing to the kept one. */
  mergedInto: Id.optional(),
  /** Created by an import of a workshop's history (shared/history/): undone with it while nothing else touched it. */
  imported: ImportMark.optional(),
});
export type Customer = z.infer<typeof Customer>;

/** The fields of a customer a correction may change, in the order a form shows them. */
export const CUSTOMER_FIELDS = ['name', 'phones', 'email', 'address', 'kind', 'notifyConsent', 'notifyChannel', 'notifyLanguage'] as const;

/** Correct a customer's facts: only the fields given change; a reason is optional. */
export const CustomerCorrectInput = z.strictObject({
  id: Id,
  kind: CustomerKind.optional(),
  name: Text(160).optional(),
  phones: z.array(Phone).min(1, 'required').max(5, 'too_many').optional(),
  email: z.union([z.literal(''), z.email('invalid_email').max(200, 'too_long')]).optional(),
  address: OptionalText(300),
  ...NoticePreferences,
  reason: OptionalText(500),
});

export const CustomerGetInput = z.strictObject({ id: Id });

/** Merge one customer into another: everything of `mergeId` goes to `keepId`. */
export const CustomerMergeInput = z.strictObject({ keepId: Id, mergeId: Id, reason: OptionalText(500) });

export const CustomerSearchInput = z.strictObject({ query: z.string().trim().max(200, 'too_long') });
