import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { ShipmentRow } from '../../shared/shipments/schemas.js';
import { api } from '../app/api/index.js';
import { printDocument } from '../orders/index.js';

type OrderRow = ChannelOutput<'orders.list'>['rows'][number];

/** Statuses from which an order may go to an external service centre. */
const SENDABLE = ['diagnosing', 'awaiting_parts', 'in_repair'] as const;

interface ShipmentsState {
  open: ShipmentRow[];
  /** Also the shipments whose devices have all come back. */
  showAll: boolean;
  sendable: OrderRow[];
  error?: ApiError;
  load(): Promise<void>;
  setShowAll(showAll: boolean): Promise<void>;
  send(input: { serviceCentre: string; address?: string; note?: string; orderIds: string[] }, language: Language): Promise<boolean>;
  receive(id: string, orderIds: string[], to: 'in_repair' | 'ready', language: Language): Promise<void>;
  printWaybill(shipmentId: string, direction: 'out' | 'back', language: Language): Promise<void>;
}

export const useShipments = create<ShipmentsState>((set, get) => ({
  open: [],
  showAll: false,
  sendable: [],

  async setShowAll(showAll) {
    set({ showAll });
    await get().load();
  },

  async load() {
    const [open, ...lists] = await Promise.all([
      api().call('shipments.list', { status: get().showAll ? 'all' : 'open' }),
      ...SENDABLE.map((status) => api().call('orders.list', { status, limit: 500 })),
    ]);
    set({
      open: open.ok ? open.value : [],
      sendable: lists.flatMap((l) => (l.ok ? l.value.rows : [])).sort((a, b) => a.number.localeCompare(b.number)),
    });
  },

  async send(input, language) {
    const result = await api().call('shipments.create', input);
    set({ error: result.ok ? undefined : result.error });
    if (!result.ok) return false;
    await get().load();
    await get().printWaybill(result.value.shipment.id, 'out', language);
    return true;
  },

  async receive(id, orderIds, to, language) {
    const result = await api().call('shipments.receive', { id, orderIds, to });
    set({ error: result.ok ? undefined : result.error });
    if (!result.ok) return;
    await get().load();
    await get().printWaybill(id, 'back', language);
  },

  async printWaybill(shipmentId, direction, language) {
    const issued = await api().call('shipments.waybill', { shipmentId, direction, language });
    if (!issued.ok) return set({ error: issued.error });
    await printDocument(issued.value);
  },
}));
