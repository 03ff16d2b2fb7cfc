/** A quantity as a clerk types it ("1,5" or "1.5"); NaN when it is not a number, so the backend names the field. */
export function parseQuantity(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

export { moneyInput } from '../../shared/platform/money.js';
