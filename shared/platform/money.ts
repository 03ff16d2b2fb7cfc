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

/** 1250 minor units → "12.50", as an amount is typed into a field (parseMoney reads it back). */
export function moneyInput(minor: number | undefined): string {
  return minor === undefined ? '' : (minor / 100).toFixed(2);
}

/** Why a typed amount is refused: a minus sign says "cannot be negative", anything else "not an amount". */
export function moneyProblem(text: string): 'negative' | 'invalid_amount' | undefined {
  if (parseMoney(text) !== null) return undefined;
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^[-\u2212]\d+(\.\d{1,2})?$/.test(cleaned) ? 'negative' : 'invalid_amount';
}
/** A tax rate in basis points (1800 = 18%), so that every rate the law sets is an integer. */
export type RateBp = number;

/**
 * The tax inside or on top of an amount, in minor units: the whole units and the rest as a fraction (rest / per),
 * kept exact so that rounding per line or per document is decided by the caller, not by floating point.
 */
export interface ExactTax {
  whole: number;
  rest: number;
  per: number;
}

/** The tax of an amount at a rate: on top of it (net prices) or inside it (gross prices: tax = gross × r / (1 + r)). */
export function exactTax(amount: number, rate: RateBp, pricesIncludeTax: boolean): ExactTax {
  const per = pricesIncludeTax ? 10_000 + rate : 10_000;
  const product = amount * rate;
  return { whole: Math.floor(product / per), rest: product % per, per };
}

/** Half a unit and more rounds up (amounts here are never negative). */
export function roundExact(tax: ExactTax): number {
  return tax.whole + (2 * tax.rest >= tax.per ? 1 : 0);
}

/**
 * Taxes of several lines rounded once, on the document's total, and shared out to the lines by the largest
 * remainders (ties to the earlier line), so that the lines still add up to the rounded total.
 */
export function roundOnDocument(taxes: readonly ExactTax[]): number[] {
  if (!taxes.length) return [];
  const per = taxes[0].per;
  const wholes = taxes.reduce((sum, t) => sum + t.whole, 0);
  const rests = taxes.reduce((sum, t) => sum + t.rest, 0);
  const total = wholes + Math.floor(rests / per) + (2 * (rests % per) >= per ? 1 : 0);
  const shares = taxes.map((t) => t.whole);
  const order = taxes.map((t, i) => i).sort((a, b) => taxes[b].rest - taxes[a].rest || a - b);
  for (let left = total - wholes, k = 0; left > 0; left--, k = (k + 1) % order.length) shares[order[k]]++;
  return shares;
}

/** Net, tax and gross of an amount in minor units. */
export interface TaxedAmount {
  net: number;
  tax: number;
  gross: number;
}

export function addTaxed(a: TaxedAmount, b: TaxedAmount): TaxedAmount {
  return { net: a.net + b.net, tax: a.tax + b.tax, gross: a.gross + b.gross };
}

export const NO_AMOUNT: TaxedAmount = { net: 0, tax: 0, gross: 0 };
