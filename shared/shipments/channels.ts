import { z } from 'zod';
import { IssuedDocument } from '../documents/index.js';
import { ShipmentCreateInput, ShipmentListInput, ShipmentReceiveInput, ShipmentRow, WaybillInput } from './schemas.js';

/** The shipments channels: every name starts with "shipments.". */
export const shipmentsChannels = {
  'shipments.create': {
    summary: 'Send several orders to an external service centre in one shipment: each order goes to "at external service".',
    input: ShipmentCreateInput,
    output: ShipmentRow,
  },
  'shipments.receive': {
    summary: 'Receive some or all devices of a shipment back: their orders return to repair (or ready).',
    input: ShipmentReceiveInput,
    output: ShipmentRow,
  },
  'shipments.list': {
    summary: 'Shipments, newest first: open ones (devices still out) or all.',
    input: ShipmentListInput,
    output: z.array(ShipmentRow),
  },
  'shipments.waybill': {
    summary: 'Issue the waybill of a shipment: out (every device sent) or back (the devices received so far); the same shipment state gives the same document.',
    input: WaybillInput,
    output: IssuedDocument,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
