import { z } from 'zod';

/** Ids are ULIDs: globally unique and time-ordered, so that stores can be replicated later. */
export const Id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'invalid_id');

/** A required single-line text: trimmed, not empty, bounded. */
export const Text = (max = 200) => z.string().trim().min(1, 'required').max(max, 'too_long');
/** An optional text: trimmed, may be empty, bounded. */
export const OptionalText = (max = 2000) => z.string().trim().max(max, 'too_long').optional();

export const IsoDate = z.iso.date('invalid_date');
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'invalid_date' });

/** Money in minor units (cents); at most 100 million in major units. */
export const Money = z.int('invalid_number').min(0, 'negative').max(10_000_000_000, 'too_large');

export const Language = z.enum(['en', 'ru', 'he']);
export type Language = z.infer<typeof Language>;

