import { z } from 'zod';
import { Id, IsoDateTime, OptionalText, Text } from '../platform/common.js';

export const CustomerKind = z.enum(['person', 'company']);

const Phone = z
  .string()
  .trim()
  .min(1, 'required')
  .max(40, 'too_long')
  .regex(/^\+?[\d\s\-().]{5,}$/, 'invalid_phone');

export const CustomerFields = z.strictObject({
  kind: CustomerKind.default('person'),
  name: Text(160),
  phones: z.array(Phone).min(1, 'required').max(5, 'too_many'),
  email: z.union([z.literal(''), z.email('invalid_email').max(200, 'too_long')]).optional(),
  address: OptionalText(300),
  notes: OptionalText(2000),
});
export type CustomerFields = z.infer<typeof CustomerFields>;

export const Customer = CustomerFields.extend({
  id: Id,
  createdAt: IsoDateTime,
  createdBy: Id,
});
export type Customer = z.infer<typeof Customer>;

export const CustomerSearchInput = z.strictObject({ query: z.string().trim().max(200, 'too_long') });
