import { z } from 'zod';
import { Id, IsoDateTime, Language, Money, OptionalText } from '../platform/common.js';
import { PartUnit, StockQuantity } from './schemas.js';

/** A part sold over the counter: taken from free stock, with a receipt. */
export const Sale = z.object({
  id: Id,
  number: z.string(),
  at: IsoDateTime,
  by: Id,
  customerName: z.string().optional(),
  customerPhone: z.string().optional(),
  lines: z.array(z.object({ partId: Id, sku: z.string(), name: z.string(), unit: PartUnit, quantity: z.number(), unitPrice: z.int(), warrantyDays: z.int() })),
  total: z.int(),
});
export type Sale = z.infer<typeof Sale>;

export const SaleCreateInput = z.strictObject({
  customerName: OptionalText(160),
  customerPhone: OptionalText(60),
  lines: z
    .array(z.strictObject({ partId: Id, quantity: StockQuantity, /** Defaults to the catalogue price. */ unitPrice: Money.optional() }))
    .min(1, 'required')
    .max(100, 'too_many'),
});

export const SaleListInput = z.strictObject({ limit: z.int().min(1).max(1000, 'too_large').default(50) });
export const SaleReceiptInput = z.strictObject({ id: Id, language: Language.optional() });
