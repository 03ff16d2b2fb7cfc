import { z } from 'zod';
import { Id, IsoDateTime, Text } from '../platform/common.js';

const Months = z.int('invalid_number').min(0, 'negative').max(600, 'too_large');

/** A model of the catalogue: its default warranty and service life, and the flags the law cares about. */
export const ProductModelFields = z.strictObject({
  category: Text(80),
  brand: Text(80),
  model: Text(120),
  warrantyMonths: Months.optional(),
  serviceLifeMonths: Months.optional(),
  loanerEligible: z.boolean().default(false),
  technicallyComplex: z.boolean().default(false),
  heavy: z.boolean().default(false),
});

export const ProductModel = ProductModelFields.extend({ id: Id, updatedAt: IsoDateTime, updatedBy: Id });
export type ProductModel = z.infer<typeof ProductModel>;

export const ProductModelSaveInput = ProductModelFields.extend({ id: Id.optional() });
