import { daysBetween, type IsoDate } from '../rules/index.js';
import type { OrderStatus } from './status.js';

/**
 * The promised date binds the workshop while the repair is still its to do: once the order is ready (waiting for
 * the customer), handed back, cancelled or found unrepairable, it no longer runs late.
 */
function owesRepair(status: OrderStatus): boolean {
  return status !== 'ready' && status !== 'issued' && status !== 'cancelled' && status !== 'unrepairable';
}

/** Days an order is past its promised date on `today` (1 the day after it), or undefined when it is not late. */
export function daysPastPromised(order: { status: OrderStatus; promisedDate?: string }, today: IsoDate): number | undefined {
  if (!order.promisedDate || !owesRepair(order.status) || order.promisedDate >= today) return undefined;
  return daysBetween(order.promisedDate, today);
}
