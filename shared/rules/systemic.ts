/**
 * Systemic defects: a model whose failures per unit sold, or whose failures from one cause, cross the manager's
 * thresholds. Evidence for a proposal to production to change or stop the model.
 */
import type { ModelRow } from './analytics.js';
import type { CauseCategory } from './defects.js';

export interface Thresholds {
  failureRatePercent: number;
  causeSharePercent: number;
  minFailures: number;
}

export interface Alert {
  kind: 'failure_rate' | 'cause_share';
  model: string;
  failures: number;
  unitsSold: number | null;
  value: number;
  threshold: number;
  cause?: string;
  causeCount?: number;
}

const pct = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** Alerts, the worst first; "no fault found" is never a cause of alarm. */
export function systemicAlerts(models: readonly ModelRow[], thresholds: Thresholds, causeCategory: ReadonlyMap<string, CauseCategory>): Alert[] {
  const alerts: Alert[] = [];
  for (const m of models) {
    if (m.failures < thresholds.minFailures) continue;
    if (m.unitsSold) {
      const value = pct(m.failures, m.unitsSold);
      if (value >= thresholds.failureRatePercent) {
        alerts.push({ kind: 'failure_rate', model: m.model, failures: m.failures, unitsSold: m.unitsSold, value, threshold: thresholds.failureRatePercent });
      }
    }
    for (const [cause, count] of Object.entries(m.causes)) {
      if (count < thresholds.minFailures || causeCategory.get(cause) === 'no_fault_found') continue;
      const value = pct(count, m.failures);
      if (value >= thresholds.causeSharePercent) {
        alerts.push({ kind: 'cause_share', model: m.model, failures: m.failures, unitsSold: m.unitsSold, value, threshold: thresholds.causeSharePercent, cause, causeCount: count });
      }
    }
  }
  return alerts.sort((a, b) => b.value / b.threshold - a.value / a.threshold || a.model.localeCompare(b.model));
}
