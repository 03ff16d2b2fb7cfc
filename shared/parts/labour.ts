import { z } from 'zod';
import { Id, IsoDateTime, Money, OptionalText, Text } from '../platform/common.js';

/** A labour operation of the workshop's price list: work lines are picked from it. */
export const LabourOperation = z.object({
  id: Id,
  code: z.string().optional(),
  name: z.string(),
  /** Standard time in minutes. */
  minutes: z.int(),
  price: z.int(),
  warrantyDays: z.int(),
  active: z.boolean(),
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type LabourOperation = z.infer<typeof LabourOperation>;

export const LabourSaveInput = z.strictObject({
  id: Id.optional(),
  code: OptionalText(30),
  name: Text(200),
  minutes: z.int('invalid_number').min(0, 'negative').max(100_000, 'too_large'),
  price: Money,
  warrantyDays: z.int('invalid_number').min(0, 'negative').max(3650, 'too_large').default(90),
  active: z.boolean().default(true),
});
