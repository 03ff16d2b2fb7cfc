import { lineTotal, type PricedLine } from './money.js';

/** The cost of one repair to the workshop, in minor units. */
export interface RepairCost {
  /** Catalogue parts consumed, at what they cost when they were used. */
  partsAtCost: number;
  /** Parts typed by hand (not from the catalogue): their cost is unknown, so they count at their line price. */
  otherParts: number;
  /** Work lines at the workshop's own prices. */
  labour: number;
  total: number;
}

export interface Consumption {
  quantity: number;
  unitCost: number;
}

export function repairCost(
  workLines: readonly PricedLine[],
  partLines: ReadonlyArray<PricedLine & { partId?: string }>,
  consumptions: readonly Consumption[],
): RepairCost {
  const partsAtCost = consumptions.reduce((sum, c) => sum + lineTotal({ quantity: c.quantity, unitPrice: c.unitCost }), 0);
  const otherParts = partLines.filter((l) => !l.partId).reduce((sum, l) => sum + lineTotal(l), 0);
  const labour = workLines.reduce((sum, l) => sum + lineTotal(l), 0);
  return { partsAtCost, otherParts, labour, total: partsAtCost + otherParts + labour };
}

export function addCosts(a: RepairCost, b: RepairCost): RepairCost {
  return { partsAtCost: a.partsAtCost + b.partsAtCost, otherParts: a.otherParts + b.otherParts, labour: a.labour + b.labour, total: a.total + b.total };
}

export const NO_COST: RepairCost = { partsAtCost: 0, otherParts: 0, labour: 0, total: 0 };

/** Warranty work is every repair the customer does not pay for. */
export const WARRANTY_BASES = ['manufacturer', 'statutory', 'repeat_repair', 'goodwill'] as const;
