import { z } from 'zod';
import { ORDER_STATUSES } from '../orders/index.js';
import { BASIS_GROUPS } from './analytics.js';
import { CAUSE_CATEGORIES } from '../defects/index.js';
import { IsoDate } from '../platform/common.js';

const Spread = { count: z.int(), median: z.number().nullable(), p90: z.number().nullable(), mean: z.number().nullable() };
const Categories = z.object(Object.fromEntries(CAUSE_CATEGORIES.map((c) => [c, z.int()])) as Record<(typeof CAUSE_CATEGORIES)[number], z.ZodInt>);
const Share = z.number().nullable();

export const AnalyticsPeriodInput = z
  .strictObject({ from: IsoDate, to: IsoDate, bucket: z.enum(['week', 'month']).default('month') })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'before_from' });

export const AnalyticsReport = z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(['week', 'month']),
  volume: z.object({ received: z.int(), handedBack: z.int(), series: z.array(z.object({ bucket: z.string(), received: z.int(), handedBack: z.int() })) }),
  turnaround: z.object(Spread),
  timeInStatus: z.array(z.object({ status: z.enum(ORDER_STATUSES), ...Spread })),
  deadlines: z.object({
    legal: z.object({ total: z.int(), within: z.int(), share: Share }),
    promised: z.object({ total: z.int(), kept: z.int(), share: Share }),
  }),
  technicians: z.array(z.object({ technicianId: z.string(), received: z.int(), handedBack: z.int(), open: z.int(), turnaroundMedian: z.number().nullable() })),
  basis: z.array(z.object({ group: z.enum(BASIS_GROUPS), orders: z.int(), share: Share, cost: z.int(), paid: z.int() })),
  models: z.array(
    z.object({ model: z.string(), orders: z.int(), failures: z.int(), manufacturing: z.int(), unitsSold: z.int().nullable(), rate: Share, categories: Categories, causes: z.record(z.string(), z.int()) }),
  ),
  components: z.array(z.object({ component: z.string(), count: z.int() })),
  causes: z.array(z.object({ cause: z.string(), category: z.enum(CAUSE_CATEGORIES).nullable(), count: z.int() })),
  categories: Categories,
  serviceAge: z.object({ ...Spread, bands: z.array(z.int()) }),
  repeat: z.object({ orders: z.int(), repeats: z.int(), share: Share, windowDays: z.int() }),
  parts: z.array(z.object({ key: z.string(), name: z.string(), quantity: z.number(), orders: z.int() })),
  supplierDefective: z.array(z.object({ key: z.string(), name: z.string(), quantity: z.number() })),
  satisfaction: z.object({
    responses: z.int(),
    average: z.number().nullable(),
    series: z.array(z.object({ bucket: z.string(), responses: z.int(), average: z.number().nullable() })),
  }),
});

export const ANALYTICS_TABLES = ['volume', 'statuses', 'deadlines', 'technicians', 'basis', 'models', 'causes', 'components', 'serviceAge', 'parts', 'satisfaction'] as const;

export const AnalyticsExportInput = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  bucket: z.enum(['week', 'month']).default('month'),
  format: z.enum(['csv', 'xlsx']),
  /** CSV holds one table; XLSX holds every table, one sheet each. */
  table: z.enum(ANALYTICS_TABLES).default('models'),
  language: z.enum(['en', 'ru', 'he']).default('en'),
});

/** When the dashboard raises a systemic-defect alert. */
export const AnalyticsThresholds = z.strictObject({
  /** Failures per 100 units sold of a model, over the window. */
  failureRatePercent: z.number('invalid_number').min(0, 'negative').max(100, 'too_large').default(2),
  /** Share of a model's failures that one cause takes, percent. */
  causeSharePercent: z.number('invalid_number').min(0, 'negative').max(100, 'too_large').default(40),
  /** Fewer failures than this never raise an alert (too few to tell). */
  minFailures: z.int('invalid_number').min(1, 'not_positive').max(10_000, 'too_large').default(5),
  /** The alert looks at orders received in this many past days. */
  windowDays: z.int('invalid_number').min(7, 'too_small').max(3650, 'too_large').default(90),
});
export type AnalyticsThresholds = z.infer<typeof AnalyticsThresholds>;

export const ThresholdsInput = z.strictObject({ thresholds: AnalyticsThresholds });

export const SystemicAlert = z.object({
  kind: z.enum(['failure_rate', 'cause_share']),
  model: z.string(),
  failures: z.int(),
  unitsSold: z.int().nullable(),
  /** The measured value and the threshold it crossed, both percent. */
  value: z.number(),
  threshold: z.number(),
  cause: z.string().optional(),
  causeCount: z.int().optional(),
});
export type SystemicAlert = z.infer<typeof SystemicAlert>;
