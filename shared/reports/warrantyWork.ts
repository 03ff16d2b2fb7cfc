import type { WarrantyBasis } from '../orders/index.js';
import type { CounterpartyClaim } from '../claims/index.js';

/** A warranty repair done in the period, as the report reads it. */
export interface WarrantyRepair {
  orderId: string;
  number: string;
  basis: WarrantyBasis;
  /** The day the repair was first completed, in the workshop's dates. */
  completedOn: string;
  device: string;
  /** The manufacturer answering for the brand (the counterparty whose brands hold it), when there is one. */
  manufacturerId?: string;
  manufacturerName?: string;
  /** The lines at their prices, gross: what the repair is worth, whoever pays it. */
  value: number;
  /** What the customer pays of it, gross (the charge rule's): the report keeps the repairs where this is zero. */
  customer: number;
  /** What it cost the workshop: catalogue parts at their cost, labour at the price list; hand-typed parts counted. */
  partsAtCost: number;
  labour: number;
  unknownCostParts: number;
}

/** A claim for reimbursement, with the value of every order it covers (its share is in proportion to it). */
export type ReimbursementClaim = Pick<CounterpartyClaim, 'id' | 'number' | 'kind' | 'status' | 'amountClaimed' | 'amountSettled' | 'orderIds'>;

export interface WarrantyWorkRow extends WarrantyRepair {
  cost: number;
  /** This order's share of what was claimed from the manufacturer (or another counterparty) for it. */
  claimed: number;
  /** Its share of what the counterparty paid back. */
  reimbursed: number;
  /** reimbursed − cost: what the workshop gained (+) or lost (−) on the repair. */
  difference: number;
  claims: Array<Pick<CounterpartyClaim, 'id' | 'number' | 'status'>>;
}

export interface WarrantyWork {
  rows: WarrantyWorkRow[];
  total: Pick<WarrantyWorkRow, 'value' | 'partsAtCost' | 'labour' | 'unknownCostParts' | 'cost' | 'claimed' | 'reimbursed' | 'difference'> & { orders: number; unclaimed: number };
}

/** A claim not yet sent (a draft) or taken back claims nothing. */
const CLAIMING: ReadonlySet<CounterpartyClaim['status']> = new Set(['sent', 'accepted', 'partly_accepted', 'rejected', 'settled']);

/**
 * An amount shared over parts in proportion to their weights, in whole minor units that add up to it exactly: each
 * part gets the floor of its exact share, and the units left over go to the largest remainders (the first of equal
 * ones). Parts of no weight at all share it equally.
 */
export function apportion(amount: number, weights: readonly number[]): number[] {
  if (!weights.length) return [];
  const sum = weights.reduce((s, w) => s + w, 0);
  const share = sum > 0 ? weights : weights.map(() => 1);
  const whole = sum > 0 ? sum : weights.length;
  const exact = share.map((w) => (amount * w) / whole);
  const floors = exact.map(Math.floor);
  let left = amount - floors.reduce((s, f) => s + f, 0);
  const order = exact.map((e, i) => [e - floors[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}

/**
 * Warranty work at zero price to the customer, against what was claimed and paid back for it: for each repair the
 * workshop did under a warranty basis and charged the customer nothing for, its cost (parts and labour), its share
 * of every reimbursement claim that covers it (a claim over several orders is shared in proportion to their value,
 * to the unit), what came back, and the difference. `values` holds the value of every order a claim covers, also
 * those outside the period, so that a share does not depend on the period asked.
 */
export function warrantyWork(repairs: readonly WarrantyRepair[], claims: readonly ReimbursementClaim[], values: ReadonlyMap<string, number>): WarrantyWork {
  const claimed = new Map<string, number>();
  const reimbursed = new Map<string, number>();
  const claimsOf = new Map<string, WarrantyWorkRow['claims']>();
  for (const claim of claims) {
    if (claim.kind !== 'warranty_reimbursement' || !CLAIMING.has(claim.status) || !claim.orderIds.length) continue;
    const weights = claim.orderIds.map((id) => values.get(id) ?? 0);
    const claimedShares = apportion(claim.amountClaimed, weights);
    const settledShares = apportion(claim.status === 'rejected' ? 0 : (claim.amountSettled ?? 0), weights);
    claim.orderIds.forEach((id, i) => {
      claimed.set(id, (claimed.get(id) ?? 0) + claimedShares[i]);
      reimbursed.set(id, (reimbursed.get(id) ?? 0) + settledShares[i]);
      claimsOf.set(id, [...(claimsOf.get(id) ?? []), { id: claim.id, number: claim.number, status: claim.status }]);
    });
  }
  const rows = repairs
    .filter((r) => r.customer === 0 && r.basis !== 'paid')
    .map((r) => {
      const cost = r.partsAtCost + r.labour;
      const back = reimbursed.get(r.orderId) ?? 0;
      return { ...r, cost, claimed: claimed.get(r.orderId) ?? 0, reimbursed: back, difference: back - cost, claims: claimsOf.get(r.orderId) ?? [] };
    })
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.number.localeCompare(b.number));
  const total = rows.reduce(
    (t, r) => ({
      value: t.value + r.value,
      partsAtCost: t.partsAtCost + r.partsAtCost,
      labour: t.labour + r.labour,
      unknownCostParts: t.unknownCostParts + r.unknownCostParts,
      cost: t.cost + r.cost,
      claimed: t.claimed + r.claimed,
      reimbursed: t.reimbursed + r.reimbursed,
      difference: t.difference + r.difference,
      orders: t.orders + 1,
      unclaimed: t.unclaimed + (r.claims.length ? 0 : 1),
    }),
    { value: 0, partsAtCost: 0, labour: 0, unknownCostParts: 0, cost: 0, claimed: 0, reimbursed: 0, difference: 0, orders: 0, unclaimed: 0 },
  );
  return { rows, total };
}
