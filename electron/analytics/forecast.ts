import { bucketOf } from '../../shared/analytics/analytics.js';
import { addDays, localDate } from '../../shared/rules/index.js';
import { HOLT_DEFAULTS, holtForecast } from '../../shared/analytics/forecast.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ServiceContext } from '../platform/context.js';
import { today } from '../rules/index.js';

/**
 * Intake volume and parts demand for the coming weeks: the weekly counts of the last complete weeks (the current
 * week is not over, so it is left out), each series continued by Holt's linear smoothing (shared/analytics/forecast.ts).
 * Parts demand is read from the part lines of the orders taken in each week; with the parts ledger it can read the
 * ledger's consumption instead.
 */
export function forecastHandlers(ctx: ServiceContext): Pick<Handlers, 'analytics.forecast'> {
  return {
    'analytics.forecast': ({ weeks, history }) => {
      const thisWeek = bucketOf(today(ctx), 'week');
      const first = addDays(thisWeek, -7 * history);
      const index = (week: string) => Math.round((Date.parse(week) - Date.parse(first)) / (7 * 86_400_000));
      const intake = new Array<number>(history).fill(0);
      const parts = new Map<string, { name: string; weekly: number[] }>();
      for (const order of ctx.store.orders.all()) {
        if (order.receivedAt.slice(0, 10) < addDays(first, -1)) continue;
        const received = localDate(order.receivedAt);
        if (received < first || received >= thisWeek) continue;
        const i = index(bucketOf(received, 'week'));
        intake[i]++;
        for (const line of order.partLines) {
          const key = line.sku || line.name.toLowerCase();
          let row = parts.get(key);
          if (!row) parts.set(key, (row = { name: line.name, weekly: new Array<number>(history).fill(0) }));
          row.weekly[i] += line.quantity;
        }
      }
      const total = (list: number[]) => Math.round(list.reduce((s, v) => s + v, 0) * 10) / 10;
      return {
        method: 'holt_linear',
        ...HOLT_DEFAULTS,
        weeks: Array.from({ length: weeks }, (_, h) => addDays(thisWeek, 7 * h)),
        history: intake.map((count, i) => ({ week: addDays(first, 7 * i), count })),
        intake: holtForecast(intake, weeks),
        parts: [...parts]
          .map(([key, row]) => ({ key, name: row.name, used: total(row.weekly), forecast: holtForecast(row.weekly, weeks) }))
          .map((p) => ({ ...p, total: total(p.forecast) }))
          .sort((a, b) => b.used - a.used || a.key.localeCompare(b.key))
          .slice(0, 20),
      };
    },
  };
}
