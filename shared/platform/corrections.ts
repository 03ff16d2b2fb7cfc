import { z } from 'zod';
import { Id, IsoDateTime } from './common.js';

/** A value as it stood before or after a correction: what a field holds, or null when it was empty. */
export const CorrectionValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type CorrectionValue = z.infer<typeof CorrectionValue>;

/** One field corrected after intake: who, when, which field, what it said and says now, and why. */
export const Correction = z.object({
  at: IsoDateTime,
  by: Id,
  field: z.string(),
  before: CorrectionValue,
  after: CorrectionValue,
  reason: z.string().optional(),
});
export type Correction = z.infer<typeof Correction>;

const valueOf = (value: unknown): CorrectionValue => {
  if (value === undefined || value === '' || value === null) return null;
  if (Array.isArray(value)) return value.length ? value.map(String) : null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
};

/**
 * The corrections that turn `before` into `after`, one per field of `fields` whose value differs (an empty text, an
 * empty list and a missing value are the same: nothing). A correction that changes nothing gives none.
 */
export function correctionsOf<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  stamp: { at: string; by: string; reason?: string },
): Correction[] {
  return fields.flatMap((field) => {
    const was = valueOf(before[field]);
    const now = valueOf(after[field]);
    if (JSON.stringify(was) === JSON.stringify(now)) return [];
    return [{ at: stamp.at, by: stamp.by, field, before: was, after: now, ...(stamp.reason ? { reason: stamp.reason } : {}) }];
  });
}
