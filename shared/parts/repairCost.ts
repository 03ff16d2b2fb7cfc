import { lineTotal, type PricedLine } from '../platform/money.js';

/** The cost of one repair to the workshop, in minor units. */
export interface RepairCost {
  /** Catalogue parts consumed, at what they cost when they were used. */
  partsAtCost: number;
  /**
   * Part lines typed by hand (not from the catalogue): what they cost the workshop is unknown, so they are counted
   * and flagged ("cost unknown"), never reckoned at their sale price, and are not in the total.
   */
  unknownCostParts: number;
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
  const unknownCostParts = partLines.filter((l) => !l.partId).length;
  const labour = workLines.reduce((sum, l) => sum + lineTotal(l), 0);
  return { partsAtCost, unknownCostParts, labour, total: partsAtCost + labour };
}

export function addCosts(a: RepairCost, b: RepairCost): RepairCost {
  return { partsAtCost: a.partsAtCost + b.partsAtCost, unknownCostParts: a.unknownCostParts + b.unknownCostParts, labour: a.labour + b.labour, total: a.total + b.total };
}

export const NO_COST: RepairCost = { partsAtCost: 0, unknownCostParts: 0, labour: 0, total: 0 };

/** Warranty work is every repair the customer does not pay for. */
export const WARRANTY_BASES = ['manufacturer', 'statutory', 'repeat_repair', 'goodwill'] as const;
