import { z } from 'zod';
import { Id, IsoDateTime, OptionalText, Text } from '../platform/common.js';
import { StockQuantity } from './schemas.js';

/**
 * A stock location besides the workshop's own store: a technician's van. Its parts are moves of the one ledger
 * naming it (a transfer loads or unloads the van, a visit consumes from it), never a second ledger.
 */
export const StockLocation = z.object({
  id: Id,
  name: z.string(),
  /** Who drives it: a visit's parts come from the van of its technician. */
  technicianId: Id.optional(),
  active: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type StockLocation = z.infer<typeof StockLocation>;

export const LocationSaveInput = z.strictObject({
  id: Id.optional(),
  name: Text(80),
  technicianId: z.union([z.literal(''), Id]).optional(),
  active: z.boolean().default(true),
});

export const LocationRow = StockLocation.extend({
  technicianName: z.string().optional(),
  /** Parts on board now (kinds), and their worth at cost (minor units). */
  parts: z.int(),
  valueAtCost: z.int(),
});

export const LocationStockInput = z.strictObject({ locationId: Id });
export const LocationStockRow = z.object({ partId: Id, sku: z.string(), name: z.string(), unit: z.string(), onHand: z.number(), workshopAvailable: z.number() });

/** Load parts into a van from the workshop (no `from`), take them back (no `to`), or move them from one van to another. */
export const TransferInput = z.strictObject({
  partId: Id,
  quantity: StockQuantity,
  fromLocationId: Id.optional(),
  toLocationId: Id.optional(),
  reason: OptionalText(500),
});
