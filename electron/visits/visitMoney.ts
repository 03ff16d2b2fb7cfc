import type { Visit } from '../../shared/visits/schemas.js';
import { contractCover, contractYearStart } from '../../shared/contracts/index.js';
import { dayOf } from '../../shared/visits/slots.js';
import type { ServiceContext } from '../platform/context.js';

export interface VisitCharge {
  lines: Array<{ kind: 'work' | 'part'; description: string; quantity: number; unitPrice: number; amount: number; covered: boolean }>;
  /** What the customer owes for the visit's lines. */
  total: number;
}

/**
 * What the contract a visit is made under pays for (nothing without one): as many of its visits a contract year as
 * its price includes, counted in time order among those not cancelled nor left undone.
 */
function coverOf(ctx: ServiceContext, visit: Visit): { labour: boolean; parts: boolean } {
  const contract = visit.contractId ? ctx.store.contracts.get(visit.contractId) : undefined;
  if (!contract) return { labour: false, parts: false };
  const day = dayOf(visit.start);
  const yearStart = contractYearStart(contract.startsOn, day);
  const earlier = ctx.store.visits
    .byKey('contract', (v) => (v.contractId ? [v.contractId] : []), contract.id)
    .filter((v) => v.id !== visit.id && v.state !== 'cancelled' && v.state !== 'not_done' && dayOf(v.start) >= yearStart && (v.start < visit.start || (v.start === visit.start && v.id < visit.id))).length;
  return contractCover(contract, day, earlier);
}

/** The visit's lines with what each costs the customer: a line its contract includes costs nothing. */
export function visitCharge(ctx: ServiceContext, visit: Visit): VisitCharge {
  const cover = coverOf(ctx, visit);
  const lines = [
    ...visit.workLines.map((l) => ({ kind: 'work' as const, description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, covered: cover.labour })),
    ...visit.partLines.map((l) => ({ kind: 'part' as const, description: l.name, quantity: l.quantity, unitPrice: l.unitPrice, covered: cover.parts })),
  ].map((l) => ({ ...l, amount: l.covered ? 0 : Math.round(l.quantity * l.unitPrice) }));
  return { lines, total: lines.reduce((sum, l) => sum + l.amount, 0) };
}
