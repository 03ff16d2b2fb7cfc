import { z } from 'zod';
import { ORDER_STATUSES } from '../orders/index.js';
import { MOVE_KINDS, PART_UNITS } from './stock.js';
import { Id, IsoDate, IsoDateTime, Money, numberError, OptionalText, Text } from '../platform/common.js';

export const PartUnit = z.enum(PART_UNITS);
export const MoveKind = z.enum(MOVE_KINDS);
/** Why a part goes back: it came defective from the supplier, or the workshop damaged it. Kept apart. */
export const ReturnCause = z.enum(['supplier_defect', 'workshop_damage']);
export type ReturnCause = z.infer<typeof ReturnCause>;
/** What made the application move stock by itself (the UI names it in the user's language). */
export const MoveTrigger = z.enum(['diagnosis', 'lines_changed', 'completion', 'cancelled', 'unrepairable', 'goods_received', 'requisition', 'reconciled', 'taken_off_shelf']);
export type MoveTrigger = z.infer<typeof MoveTrigger>;

/** A positive quantity; whether it may have decimals depends on the part's unit (shared/parts/stock.ts). */
export const StockQuantity = z.number({ error: numberError('invalid_number') }).positive('not_positive').max(100_000, 'too_large');
const WarrantyDays = z.int('invalid_number').min(0, 'negative').max(3650, 'too_large');

export const Part = z.object({
  id: Id,
  sku: z.string(),
  name: z.string(),
  compatibleModels: z.array(z.string()),
  unit: PartUnit,
  /** What the workshop pays (minor units), and what it charges. */
  cost: z.int(),
  price: z.int(),
  supplierId: Id.optional(),
  manufacturerId: Id.optional(),
  warrantyDays: z.int(),
  minStock: z.number(),
  /** Set by a manager: consumption may take on-hand stock below zero (goods used before their paperwork). */
  allowNegative: z.boolean(),
  active: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type Part = z.infer<typeof Part>;

export const PartSaveInput = z.strictObject({
  id: Id.optional(),
  sku: Text(60),
  name: Text(200),
  compatibleModels: z.array(Text(120)).max(100, 'too_many').default([]),
  unit: PartUnit.default('pcs'),
  cost: Money,
  price: Money,
  supplierId: z.union([z.literal(''), Id]).optional(),
  manufacturerId: z.union([z.literal(''), Id]).optional(),
  warrantyDays: WarrantyDays.default(90),
  minStock: z.number('invalid_number').min(0, 'negative').max(100_000, 'too_large').default(0),
  allowNegative: z.boolean().default(false),
  active: z.boolean().default(true),
});

export const StockLevelOut = z.object({ onHand: z.number(), reserved: z.number(), available: z.number() });

/** A catalogue row: the part, its stock from the ledger, and what open orders still lack of it. */
export const PartRow = Part.extend({
  stock: StockLevelOut,
  belowMin: z.boolean(),
  /** Quantity open orders need beyond what is reserved for them. */
  shortage: z.number(),
  supplierName: z.string().optional(),
});
export type PartRow = z.infer<typeof PartRow>;

export const PartListInput = z.strictObject({
  query: z.string().trim().max(200, 'too_long').default(''),
  /** Only parts below their minimum stock or lacking for orders. */
  attention: z.boolean().default(false),
  includeInactive: z.boolean().default(false),
  limit: z.int().min(1).max(5000, 'too_large').default(500),
});

/** One line of the stock ledger: who moved how much of which part, when and why. Never changed once written. */
export const StockMove = z.object({
  id: Id,
  partId: Id,
  kind: MoveKind,
  quantity: z.number(),
  at: IsoDateTime,
  by: Id,
  reason: z.string().optional(),
  /** The part's cost per unit when it moved: what an order's parts cost is reckoned from. */
  unitCost: z.int(),
  orderId: Id.optional(),
  requisitionId: Id.optional(),
  saleId: Id.optional(),
  supplierId: Id.optional(),
  cause: ReturnCause.optional(),
  trigger: MoveTrigger.optional(),
  /** Where the move happens: a van (shared/parts/locations.ts); absent, the workshop's own store. */
  locationId: Id.optional(),
  /** Where a transfer takes the parts; absent, back to the workshop. */
  toLocationId: Id.optional(),
  /** The visit whose parts these are (used on site from the technician's van or the workshop). */
  visitId: Id.optional(),
});
export type StockMove = z.infer<typeof StockMove>;

export const PartLedgerInput = z.strictObject({ partId: Id, limit: z.int().min(1).max(10_000, 'too_large').default(200) });
export const PartLedgerOutput = z.object({
  part: PartRow,
  moves: z.array(StockMove.extend({ byName: z.string(), orderNumber: z.string().optional() })),
  total: z.int(),
  /** The orders holding this part now (a write-off or return can name one: its reservation goes with the unit). */
  holders: z.array(z.object({ orderId: Id, number: z.string(), reserved: z.number() })),
});

export const PartReceiveInput = z.strictObject({
  partId: Id,
  quantity: StockQuantity,
  /** The price paid per unit, when it differs from the catalogue cost; the catalogue cost follows it. */
  unitCost: Money.optional(),
  supplierId: Id.optional(),
  reason: OptionalText(500),
});

export const PartAdjustInput = z.strictObject({
  partId: Id,
  /** The count found on the shelf: the adjustment is the difference to the ledger's on-hand. */
  counted: z.number('invalid_number').min(0, 'negative').max(100_000, 'too_large'),
  reason: Text(500),
  /** The count of a van (shared/parts/locations.ts); absent, of the workshop's own shelves. */
  locationId: Id.optional(),
});

export const PartWriteOffInput = z.strictObject({
  partId: Id,
  quantity: StockQuantity,
  /** The order whose unit is written off (damaged in its repair): its reservation is released with it. */
  orderId: Id.optional(),
  reason: Text(500),
});

export const SupplierReturnInput = z.strictObject({
  partId: Id,
  quantity: StockQuantity,
  supplierId: Id,
  cause: ReturnCause,
  orderId: Id.optional(),
  reason: OptionalText(500),
});

export const Period = z.strictObject({ from: IsoDate, to: IsoDate });

export const ReturnsSummaryInput = z.strictObject({ from: IsoDate, to: IsoDate, supplierId: Id.optional() });
export const ReturnsSummaryRow = z.object({
  supplierId: Id,
  supplierName: z.string(),
  partId: Id,
  sku: z.string(),
  name: z.string(),
  supplierDefect: z.number(),
  workshopDamage: z.number(),
});

/** What an order holds of one part: needed by its lines, reserved, consumed, still lacking. */
export const OrderPartRow = z.object({
  partId: Id,
  sku: z.string(),
  name: z.string(),
  unit: PartUnit,
  required: z.number(),
  reserved: z.number(),
  consumed: z.number(),
  shortage: z.number(),
  available: z.number(),
});
export const OrderPartsOutput = z.object({ rows: z.array(OrderPartRow), partsArrivedAt: IsoDateTime.optional() });

export const ArrivedInput = z.strictObject({ technicianId: Id.optional() });
export const ArrivedRow = z.object({
  orderId: Id,
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  device: z.string(),
  technicianId: Id.optional(),
  partsArrivedAt: IsoDateTime,
});
export const WaitingRow = z.object({
  orderId: Id,
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  device: z.string(),
  receivedAt: IsoDateTime,
  lacking: z.array(z.object({ partId: Id, sku: z.string(), name: z.string(), quantity: z.number() })),
});
