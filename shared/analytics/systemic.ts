/**
 * Systemic defects: a model whose failures per unit sold, or whose failures from one cause, cross the manager's
 * thresholds. Evidence for a proposal to production to change or stop the model.
 */
import type { ModelRow } from './analytics.js';
import type { CauseCategory } from '../defects/index.js';

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

/**
 * Alerts, the worst first. Both rest on manufacturing-defect causes only: misuse, outside damage and wear are the
 * customer's or time's doing, not production's, and "no fault found" is no failure at all. The rate is
 * manufacturing-defect failures per unit sold; a cause's share is of the model's manufacturing-defect failures.
 */
export function systemicAlerts(models: readonly ModelRow[], thresholds: Thresholds, causeCategory: ReadonlyMap<string, CauseCategory>): Alert[] {
  const alerts: Alert[] = [];
  for (const m of models) {
    const failures = m.manufacturing;
    if (failures < thresholds.minFailures) continue;
    if (m.unitsSold) {
      const value = pct(failures, m.unitsSold);
      if (value >= thresholds.failureRatePercent) {
        alerts.push({ kind: 'failure_rate', model: m.model, failures, unitsSold: m.unitsSold, value, threshold: thresholds.failureRatePercent });
      }
    }
    for (const [cause, count] of Object.entries(m.causes)) {
      if (count < thresholds.minFailures || causeCategory.get(cause) !== 'manufacturing_defect') continue;
      const value = Math.min(100, pct(count, failures));
      if (value >= thresholds.causeSharePercent) {
        alerts.push({ kind: 'cause_share', model: m.model, failures, unitsSold: m.unitsSold, value, threshold: thresholds.causeSharePercent, cause, causeCount: Math.min(count, failures) });
      }
    }
  }
  return alerts.sort((a, b) => b.value / b.threshold - a.value / a.threshold || a.model.localeCompare(b.model));
}
