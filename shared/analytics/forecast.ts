/**
 * Forecast of weekly counts (intake volume, parts demand) by Holt's linear exponential smoothing: a level and a
 * trend, each updated every week as a weighted mix of what was seen and what was expected.
 *
 *   level_t = α·y_t + (1 − α)·(level_{t−1} + trend_{t−1})
 *   trend_t = β·(level_t − level_{t−1}) + (1 − β)·trend_{t−1}
 *   forecast_{t+h} = level_t + h·trend_t            (never below zero)
 *
 * Started with level_0 = y_0 and trend_0 = y_1 − y_0. α = 0.3 and β = 0.1 by default: the level follows a change
 * within a few weeks, the trend is slow to turn, so one busy week does not project a boom. docs/analytics.md.
 */
export const HOLT_DEFAULTS = { alpha: 0.3, beta: 0.1 } as const;

export interface HoltFit {
  level: number;
  trend: number;
}

export function holtFit(series: readonly number[], alpha: number = HOLT_DEFAULTS.alpha, beta: number = HOLT_DEFAULTS.beta): HoltFit | null {
  if (series.length === 0) return null;
  if (series.length === 1) return { level: series[0], trend: 0 };
  let level = series[0];
  let trend = series[1] - series[0];
  for (let t = 1; t < series.length; t++) {
    const previous = level;
    level = alpha * series[t] + (1 - alpha) * (level + trend);
    trend = beta * (level - previous) + (1 - beta) * trend;
  }
  return { level, trend };
}

/** The next `horizon` values, rounded to one decimal, never below zero. */
export function holtForecast(series: readonly number[], horizon: number, alpha?: number, beta?: number): number[] {
  const fit = holtFit(series, alpha, beta);
  if (!fit) return new Array<number>(horizon).fill(0);
  return Array.from({ length: horizon }, (_, h) => Math.max(0, Math.round((fit.level + (h + 1) * fit.trend) * 10) / 10));
}
