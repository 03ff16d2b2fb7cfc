import { AGE_BANDS, type AnalyticsReport } from '../../shared/analytics/analytics.js';
import { CAUSE_CATEGORIES } from '../../shared/defects/index.js';
import type { ANALYTICS_TABLES } from '../../shared/analytics/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import { documentTexts, type DocumentTexts } from '../platform/pdf/texts.js';

export type TableName = (typeof ANALYTICS_TABLES)[number];
export type Cell = string | number | null;
export interface Table {
  title: string;
  headers: string[];
  rows: Cell[][];
}

export interface TableContext {
  language: Language;
  /** Staff id → name. */
  staff: (id: string) => string;
  /** Defect code → "C01 · name". */
  code: (code: string) => string;
  /** Minor units → major units as a number (exports) or a formatted amount (PDF). */
  money: (minor: number) => Cell;
}

/** "under 3", "3-6", ..., "24 and more" (months in service), from the limits the analytics count by. */
function ageBands(t: DocumentTexts): string[] {
  const middle = AGE_BANDS.slice(1).map((to, i) => `${AGE_BANDS[i]}-${to}`);
  return [t('analyticsReport.ageUnder', { months: AGE_BANDS[0] }), ...middle, t('analyticsReport.ageFrom', { months: AGE_BANDS[AGE_BANDS.length - 1] })];
}

const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Every table of a report, labelled in a language: the same rows feed the CSV, the XLSX and the PDF report. */
export function analyticsTables(report: AnalyticsReport, ctx: TableContext): Record<TableName, Table> {
  const t = documentTexts(ctx.language);
  const spread = (s: { count: number; median: number | null; p90: number | null; mean: number | null }): Cell[] => [s.count, s.median, s.p90, s.mean];
  return {
    volume: {
      title: t('analyticsReport.tables.volume'),
      headers: [t('analyticsReport.columns.bucket'), t('analyticsReport.columns.received'), t('analyticsReport.columns.handedBack')],
      rows: [...report.volume.series.map((s) => [s.bucket, s.received, s.handedBack]), [t('analyticsReport.columns.total'), report.volume.received, report.volume.handedBack]],
    },
    statuses: {
      title: t('analyticsReport.tables.statuses'),
      headers: [t('analyticsReport.columns.status'), t('analyticsReport.columns.count'), t('analyticsReport.columns.median'), t('analyticsReport.columns.p90'), t('analyticsReport.columns.mean')],
      rows: [[t('analyticsReport.turnaroundLine'), ...spread(report.turnaround)], ...report.timeInStatus.map((s) => [t(`analyticsReport.statuses.${s.status}`), ...spread(s)])],
    },
    deadlines: {
      title: t('analyticsReport.tables.deadlines'),
      headers: [t('analyticsReport.columns.measure'), t('analyticsReport.columns.total'), t('analyticsReport.columns.within'), `${t('analyticsReport.columns.share')}, %`],
      rows: [
        [t('analyticsReport.legal'), report.deadlines.legal.total, report.deadlines.legal.within, pct(report.deadlines.legal.share)],
        [t('analyticsReport.promised'), report.deadlines.promised.total, report.deadlines.promised.kept, pct(report.deadlines.promised.share)],
        [t('analyticsReport.repeatLine', { days: report.repeat.windowDays }), report.repeat.orders, report.repeat.repeats, pct(report.repeat.share)],
      ],
    },
    technicians: {
      title: t('analyticsReport.tables.technicians'),
      headers: [t('analyticsReport.columns.technician'), t('analyticsReport.columns.received'), t('analyticsReport.columns.handedBack'), t('analyticsReport.columns.open'), t('analyticsReport.columns.turnaround')],
      rows: report.technicians.map((r) => [ctx.staff(r.technicianId), r.received, r.handedBack, r.open, r.turnaroundMedian]),
    },
    basis: {
      title: t('analyticsReport.tables.basis'),
      headers: [t('analyticsReport.columns.group'), t('analyticsReport.columns.orders'), `${t('analyticsReport.columns.share')}, %`, t('analyticsReport.columns.cost'), t('analyticsReport.columns.paid')],
      rows: report.basis.map((r) => [t(`analyticsReport.groups.${r.group}`), r.orders, pct(r.share), ctx.money(r.cost), ctx.money(r.paid)]),
    },
    models: {
      title: t('analyticsReport.tables.models'),
      headers: [t('analyticsReport.columns.model'), t('analyticsReport.columns.orders'), t('analyticsReport.columns.failures'), t('analyticsReport.columns.manufacturing'), t('analyticsReport.columns.unitsSold'), t('analyticsReport.columns.rate'), ...CAUSE_CATEGORIES.map((k) => t(`analyticsReport.categories.${k}`))],
      rows: report.models.map((m) => [m.model, m.orders, m.failures, m.manufacturing, m.unitsSold, pct(m.rate), ...CAUSE_CATEGORIES.map((k) => m.categories[k])]),
    },
    causes: {
      title: t('analyticsReport.tables.causes'),
      headers: [t('analyticsReport.columns.cause'), t('analyticsReport.columns.category'), t('analyticsReport.columns.count')],
      rows: report.causes.map((r) => [ctx.code(r.cause), r.category ? t(`analyticsReport.categories.${r.category}`) : null, r.count]),
    },
    components: {
      title: t('analyticsReport.tables.components'),
      headers: [t('analyticsReport.columns.component'), t('analyticsReport.columns.count')],
      rows: report.components.map((r) => [ctx.code(r.component), r.count]),
    },
    serviceAge: {
      title: t('analyticsReport.tables.serviceAge'),
      headers: [t('analyticsReport.columns.band'), t('analyticsReport.columns.count')],
      rows: [...ageBands(t).map((band, i) => [band, report.serviceAge.bands[i]]), [`${t('analyticsReport.ageLine')}: ${t('analyticsReport.columns.median')}`, report.serviceAge.median]],
    },
    parts: {
      title: t('analyticsReport.tables.parts'),
      headers: [t('analyticsReport.columns.part'), t('analyticsReport.columns.quantity'), t('analyticsReport.columns.orders')],
      rows: report.parts.map((p) => [p.name, p.quantity, p.orders]),
    },
    satisfaction: {
      title: t('analyticsReport.tables.satisfaction'),
      headers: [t('analyticsReport.columns.bucket'), t('analyticsReport.columns.responses'), t('analyticsReport.columns.average')],
      rows: [...report.satisfaction.series.map((s) => [s.bucket, s.responses, s.average]), [t('analyticsReport.columns.total'), report.satisfaction.responses, report.satisfaction.average]],
    },
  };
}
