/** Small statistics used by the analytics: percentiles, shares and rounding, each defined once. */

/**
 * The p-th percentile (0 < p ≤ 1) of numbers by the nearest-rank method: the smallest value with at least p of the
 * values at or below it. The median is the usual one: the middle value, or the mean of the two middle values.
 */
export function percentile(sortedAscending: readonly number[], p: number): number | null {
  const n = sortedAscending.length;
  if (!n) return null;
  if (p === 0.5) return n % 2 ? sortedAscending[(n - 1) / 2] : (sortedAscending[n / 2 - 1] + sortedAscending[n / 2]) / 2;
  return sortedAscending[Math.min(n, Math.max(1, Math.ceil(p * n))) - 1];
}

export interface Spread {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/** Count, median, 90th percentile and mean of a list (sorted in place), rounded to one decimal. */
export function spread(values: number[]): Spread {
  values.sort((a, b) => a - b);
  const sum = values.reduce((s, v) => s + v, 0);
  return {
    count: values.length,
    median: round1(percentile(values, 0.5)),
    p90: round1(percentile(values, 0.9)),
    mean: values.length ? round1(sum / values.length) : null,
  };
}

export function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** part / whole, rounded to 4 decimals; null when the whole is zero. */
export function share(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 10_000) / 10_000 : null;
}
