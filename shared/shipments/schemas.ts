import { z } from 'zod';
import { Id, IsoDateTime, OptionalText, Text } from '../platform/common.js';

/** One device of a shipment: its order, and when (and by whom) it came back from the service centre. */
export const ShipmentItem = z.object({
  orderId: Id,
  receivedBackAt: IsoDateTime.optional(),
  receivedBy: Id.optional(),
  returnNote: z.string().optional(),
  /** Which return brought it back (1, 2, …): each return has its own waybill. */
  returnBatch: z.int().optional(),
});
export type ShipmentItem = z.infer<typeof ShipmentItem>;

/** Several devices sent together to an external service centre, and brought back (all at once or some at a time). */
export const Shipment = z.object({
  id: Id,
  number: z.string(),
  serviceCentre: z.string(),
  address: z.string().optional(),
  note: z.string().optional(),
  status: z.enum(['sent', 'partly_returned', 'returned', 'cancelled']),
  items: z.array(ShipmentItem),
  sentAt: IsoDateTime,
  sentBy: Id,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type Shipment = z.infer<typeof Shipment>;

const OrderIds = z.array(Id).min(1, 'required').max(100, 'too_many');

export const ShipmentCreateInput = z.strictObject({
  serviceCentre: Text(200),
  address: OptionalText(300),
  note: OptionalText(1000),
  orderIds: OrderIds,
});
export const ShipmentReceiveInput = z.strictObject({
  id: Id,
  orderIds: OrderIds,
  /** Back into repair (default), or ready for the customer when the centre finished the repair. */
  to: z.enum(['in_repair', 'ready']).default('in_repair'),
  note: OptionalText(1000),
});
export const ShipmentListInput = z.strictObject({ status: z.enum(['open', 'all']).default('open') });

/** A shipment with what the list and the waybill show of each order. */
export const ShipmentRow = z.object({
  shipment: Shipment,
  orders: z.array(z.object({ id: Id, number: z.string(), customerName: z.string(), device: z.string(), serial: z.string(), status: z.string() })),
});
export type ShipmentRow = z.infer<typeof ShipmentRow>;

export const WaybillInput = z.strictObject({ shipmentId: Id, direction: z.enum(['out', 'back']), language: z.enum(['en', 'ru', 'he']).optional() });
