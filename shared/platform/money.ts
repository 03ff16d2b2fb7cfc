/** Money is held in minor units (cents, agorot, kopecks) as integers, so totals never drift. */
export interface PricedLine {
  quantity: number;
  unitPrice: number;
}

export function lineTotal(line: PricedLine): number {
  return Math.round(line.quantity * line.unitPrice);
}

export interface OrderTotals {
  work: number;
  parts: number;
  total: number;
  prepayment: number;
  due: number;
}

export function orderTotals(
  workLines: readonly PricedLine[],
  partLines: readonly PricedLine[],
  prepayment = 0,
): OrderTotals {
  const work = workLines.reduce((sum, l) => sum + lineTotal(l), 0);
  const parts = partLines.reduce((sum, l) => sum + lineTotal(l), 0);
  const total = work + parts;
  return { work, parts, total, prepayment, due: Math.max(0, total - prepayment) };
}

/** "12.50" or "12,50" typed by a clerk → 1250 minor units; null when it is not an amount. */
export function parseMoney(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Why a typed amount is refused: a minus sign says "cannot be negative", anything else "not an amount". */
export function moneyProblem(text: string): 'negative' | 'invalid_amount' | undefined {
  if (parseMoney(text) !== null) return undefined;
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^[-\u2212]\d+(\.\d{1,2})?$/.test(cleaned) ? 'negative' : 'invalid_amount';
}
