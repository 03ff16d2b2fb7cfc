export const ORDER_STATUSES = [
  'received',
  'diagnosing',
  'awaiting_approval',
  'awaiting_parts',
  'in_repair',
  'at_external_service',
  'ready',
  'issued',
  'cancelled',
  'unrepairable',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const OUTCOMES = ['repaired', 'replaced', 'refunded', 'unrepairable', 'refused'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Every allowed status change, explicitly. Not every path visits every status.
 * Cancelled and unrepairable orders still end with the device handed back ("issued").
 */
const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  received: ['diagnosing', 'awaiting_approval', 'cancelled'],
  diagnosing: ['awaiting_approval', 'awaiting_parts', 'in_repair', 'at_external_service', 'ready', 'unrepairable', 'cancelled'],
  // Approved, the work goes back to where it stood (shared/orders/approval.ts); refused, the order is cancelled.
  awaiting_approval: ['diagnosing', 'awaiting_parts', 'in_repair', 'at_external_service', 'ready', 'cancelled'],
  // Lines above what the customer agreed to stop the work wherever it is, until the customer answers.
  awaiting_parts: ['awaiting_approval', 'in_repair', 'at_external_service', 'cancelled'],
  in_repair: ['awaiting_approval', 'awaiting_parts', 'at_external_service', 'ready', 'unrepairable'],
  at_external_service: ['awaiting_approval', 'in_repair', 'ready', 'unrepairable'],
  ready: ['issued', 'in_repair', 'awaiting_approval'],
  cancelled: ['issued'],
  unrepairable: ['issued'],
  issued: [],
};

export function allowedTransitions(from: OrderStatus): readonly OrderStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Outcomes that make sense when a device is handed back from a given status. */
export function handBackOutcomes(from: OrderStatus): readonly Outcome[] {
  switch (from) {
    case 'ready':
      return ['repaired', 'replaced', 'refunded', 'refused'];
    case 'unrepairable':
      return ['unrepairable', 'replaced', 'refunded'];
    case 'cancelled':
      return ['refused'];
    default:
      return [];
  }
}

/** Orders in these statuses are still the workshop's to finish. */
export function isOpen(status: OrderStatus): boolean {
  return status !== 'issued';
}
