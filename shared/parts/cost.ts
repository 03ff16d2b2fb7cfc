import { z } from 'zod';
import { WARRANTY_BASES } from './repairCost.js';
import { Id, IsoDate, IsoDateTime, Language } from '../platform/common.js';
import { WarrantyBasis } from '../orders/index.js';

/** unknownCostParts: part lines typed by hand, whose cost to the workshop is unknown (not in the total). */
export const RepairCostOut = z.object({ partsAtCost: z.int(), unknownCostParts: z.int(), labour: z.int(), total: z.int() });

export const OrderCostOutput = RepairCostOut.extend({
  /** Catalogue parts of an open order not used yet, at today's catalogue cost (already in the total). */
  partsPending: z.int(),
  parts: z.array(z.object({ partId: Id, sku: z.string(), name: z.string(), quantity: z.number(), unitCost: z.int() })),
});

const PeriodFields = { from: IsoDate, to: IsoDate };

export const WarrantyCostInput = z.strictObject({ ...PeriodFields, basis: z.enum(WARRANTY_BASES).optional() });
export const WarrantyCostRow = RepairCostOut.extend({ brand: z.string(), model: z.string(), orders: z.int() });
export const WarrantyCostOutput = z.object({ rows: z.array(WarrantyCostRow), total: WarrantyCostRow });

export const StatementInput = z.strictObject({ ...PeriodFields, manufacturerId: Id });
export const StatementLine = RepairCostOut.extend({
  orderId: Id,
  number: z.string(),
  completedAt: IsoDateTime,
  brand: z.string(),
  model: z.string(),
  serial: z.string(),
  defect: z.string(),
  basis: WarrantyBasis,
  /** unitCost is absent for a part typed by hand: its cost is unknown. */
  parts: z.array(z.object({ sku: z.string(), name: z.string(), quantity: z.number(), unitCost: z.int().optional() })),
  work: z.array(z.object({ description: z.string(), quantity: z.number(), unitPrice: z.int() })),
});
export const StatementOutput = z.object({
  manufacturer: z.object({ id: Id, name: z.string(), legalName: z.string().optional(), taxId: z.string().optional(), brands: z.array(z.string()) }),
  from: IsoDate,
  to: IsoDate,
  lines: z.array(StatementLine),
  total: RepairCostOut,
});
export type StatementOutput = z.infer<typeof StatementOutput>;
export const StatementPdfInput = z.strictObject({ ...PeriodFields, manufacturerId: Id, language: Language.optional() });
