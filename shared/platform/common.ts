import { z } from 'zod';

/** Ids are ULIDs: globally unique and time-ordered, so that stores can be replicated later. */
export const Id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'invalid_id');

/**
 * Spaces and the characters that show nothing (bidi controls such as U+202E, zero-width spaces and joiners, the BOM):
 * a text of only these is blank, as a clerk sees it. Any other text keeps them, as typed.
 */
const BLANK = /^[\s\p{Cf}]*$/u;
/** A text of only invisible characters becomes empty (so that a required field says "required"). */
export const blankToEmpty = (text: string): string => (BLANK.test(text) ? '' : text);

/** A required single-line text: trimmed, not empty (nor only invisible characters), bounded. */
export const Text = (max = 200) => z.string().trim().overwrite(blankToEmpty).min(1, 'required').max(max, 'too_long');
/** An optional text: trimmed, may be empty (only invisible characters count as empty), bounded. */
export const OptionalText = (max = 2000) => z.string().trim().overwrite(blankToEmpty).max(max, 'too_long').optional();

/**
 * The reason of a number field that is missing ("required") or not a number at all (a word, NaN, a fraction of a
 * cent where whole minor units are asked): `z.int(numberError('invalid_number'))`.
 */
export const numberError = (reason: 'invalid_number' | 'invalid_amount') => (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : reason);

export const IsoDate = z.iso.date('invalid_date');
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'invalid_date' });

/** Money in minor units (cents); at most 100 million in major units. */
export const Money = z.int({ error: numberError('invalid_number') }).min(0, 'negative').max(10_000_000_000, 'too_large');

export const Language = z.enum(['en', 'ru', 'he']);
export type Language = z.infer<typeof Language>;

