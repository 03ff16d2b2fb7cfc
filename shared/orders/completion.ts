import type { WarrantyBasis } from './schemas.js';
import { type OrderTotals } from '../platform/money.js';
import type { OrderStatus } from './status.js';
import type { BasisStep } from '../warranty/index.js';
import { PAYER_OF_BASIS } from '../payments/index.js';

export interface CustomerCharge {
  /** Carried by the warranty (zero for paid work). */
  coveredByWarranty: number;
  /** What the customer pays in all, and what is still due after the prepayment. */
  charged: number;
  due: number;
}

/** The costs of a repair split between the warranty and the customer (zero to the customer for warranty work). */
export function customerCharge(basis: WarrantyBasis, totals: OrderTotals): CustomerCharge {
  // Who pays is the payments rule's: the manufacturer, the seller (statutory claim) or the workshop carries warranty work.
  const free = PAYER_OF_BASIS[basis] !== 'customer';
  const charged = free ? 0 : totals.total;
  return { coveredByWarranty: free ? totals.total : 0, charged, due: Math.max(0, charged - totals.prepayment) };
}

/** The extension of the unit's warranty that this repair brought, as the warranty check computed it. */
export type AppliedExtension =
  | { kind: 'days'; days: number; ongoing: boolean }
  | { kind: 'months'; months: number }
  | { kind: 'none' };

export function extensionOfRepair(steps: readonly BasisStep[], orderNumber: string): AppliedExtension {
  for (const step of steps) {
    if (step.kind === 'repair_days' && step.order === orderNumber) return { kind: 'days', days: step.days, ongoing: step.ongoing };
    if (step.kind === 'repair_months' && step.order === orderNumber) return { kind: 'months', months: step.months };
  }
  return { kind: 'none' };
}

/** The dates a work completion act states (Russian law, Art. 20: demand, hand-over, completion, return). */
export interface RepairDates {
  demand: string;
  handOver: string;
  completion?: string;
  return?: string;
}

export function repairDates(order: {
  receivedAt: string;
  handedBackAt?: string;
  timeline: ReadonlyArray<{ at: string; to: OrderStatus }>;
}): RepairDates {
  // Completed when the order last became ready (or unrepairable); without that step, on hand-back.
  const done = [...order.timeline].reverse().find((e) => e.to === 'ready' || e.to === 'unrepairable');
  return { demand: order.receivedAt, handOver: order.receivedAt, completion: done?.at ?? order.handedBackAt, return: order.handedBackAt };
}
