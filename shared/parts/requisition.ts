import { z } from 'zod';
import { Id, IsoDateTime, Language, Money, OptionalText } from '../platform/common.js';
import { PartUnit, StockQuantity } from './schemas.js';

export const REQUISITION_STATES = ['draft', 'sent', 'partly_received', 'received', 'cancelled'] as const;
export const RequisitionState = z.enum(REQUISITION_STATES);
/** Why a line was asked for: orders waiting for the part, stock below its minimum, or added by hand. */
export const RequisitionReason = z.enum(['orders', 'min_stock', 'manual']);

export const RequisitionLine = z.object({
  id: Id,
  partId: Id,
  quantity: z.number(),
  received: z.number(),
  reason: RequisitionReason,
  orderIds: z.array(Id),
});
export type RequisitionLine = z.infer<typeof RequisitionLine>;

/** A request for parts to a supplier: gathered from orders and minimum stock, edited, sent, received against. */
export const Requisition = z.object({
  id: Id,
  number: z.string(),
  supplierId: Id.optional(),
  state: RequisitionState,
  lines: z.array(RequisitionLine),
  note: z.string().optional(),
  createdAt: IsoDateTime,
  createdBy: Id,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type Requisition = z.infer<typeof Requisition>;

export const RequisitionGenerateInput = z.strictObject({
  /** Only parts of this supplier; without it, every part that needs ordering. */
  supplierId: Id.optional(),
});

export const RequisitionSaveInput = z.strictObject({
  id: Id,
  supplierId: z.union([z.literal(''), Id]).optional(),
  note: OptionalText(1000),
  lines: z
    .array(z.strictObject({ partId: Id, quantity: StockQuantity, reason: RequisitionReason.default('manual'), orderIds: z.array(Id).max(500).default([]) }))
    .max(500, 'too_many'),
});

export const RequisitionStateInput = z.strictObject({ id: Id, state: z.enum(['sent', 'cancelled']) });

export const RequisitionReceiveInput = z.strictObject({
  id: Id,
  lines: z
    .array(
      z.strictObject({
        partId: Id,
        quantity: z.number('invalid_number').min(0, 'negative').max(100_000, 'too_large'),
        /** The price paid per unit, when it differs from the catalogue cost: the receipt is booked at it. */
        unitCost: Money.optional(),
      }),
    )
    .min(1, 'required')
    .max(500, 'too_many'),
  reason: OptionalText(500),
});

export const RequisitionLineView = RequisitionLine.extend({ sku: z.string(), name: z.string(), unit: PartUnit, cost: z.int(), orderNumbers: z.array(z.string()) });
export const RequisitionView = Requisition.extend({
  lines: z.array(RequisitionLineView),
  supplierName: z.string().optional(),
  total: z.int(),
});
export type RequisitionView = z.infer<typeof RequisitionView>;

export const RequisitionGetInput = z.strictObject({ id: Id });
export const RequisitionPdfInput = z.strictObject({ id: Id, language: Language.optional() });
export const FileOutput = z.object({ fileName: z.string(), base64: z.string(), printed: z.boolean() });
export const RequisitionListInput = z.strictObject({ state: RequisitionState.optional() });
export const CsvOutput = z.object({ fileName: z.string(), csv: z.string() });
