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

/** The names a table shows for ids and codes, as plain data (it crosses to the PDF worker): staff id → name, defect code → name. */
export interface TableNames {
  staff: Record<string, string>;
  codes: Record<string, string>;
}

/** The name lookups of a table context, from the names: an unknown id or code shows as itself. */
export function namesContext(names: TableNames): Pick<TableContext, 'staff' | 'code'> {
  return {
    staff: (id) => (Object.hasOwn(names.staff, id) ? names.staff[id] : id),
    code: (code) => (Object.hasOwn(names.codes, code) ? `${code} · ${names.codes[code]}` : code),
  };
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
      title: t('analytics.tables.volume'),
      headers: [t('analytics.columns.bucket'), t('analytics.columns.received'), t('analytics.columns.handedBack')],
      rows: [...report.volume.series.map((s) => [s.bucket, s.received, s.handedBack]), [t('analytics.columns.total'), report.volume.received, report.volume.handedBack]],
    },
    statuses: {
      title: t('analytics.tables.statuses'),
      headers: [t('analytics.columns.status'), t('analytics.columns.count'), t('analytics.columns.median'), t('analytics.columns.p90'), t('analytics.columns.mean')],
      rows: [[t('analyticsReport.turnaroundLine'), ...spread(report.turnaround)], ...report.timeInStatus.map((s) => [t(`status.${s.status}`), ...spread(s)])],
    },
    deadlines: {
      title: t('analytics.tables.deadlines'),
      headers: [t('analytics.columns.measure'), t('analytics.columns.total'), t('analytics.columns.within'), `${t('analytics.columns.share')}, %`],
      rows: [
        [t('analytics.legal'), report.deadlines.legal.total, report.deadlines.legal.within, pct(report.deadlines.legal.share)],
        [t('analytics.promised'), report.deadlines.promised.total, report.deadlines.promised.kept, pct(report.deadlines.promised.share)],
        [t('analyticsReport.repeatLine', { count: report.repeat.windowDays }), report.repeat.orders, report.repeat.repeats, pct(report.repeat.share)],
      ],
    },
    technicians: {
      title: t('analytics.tables.technicians'),
      headers: [t('analytics.columns.technician'), t('analytics.columns.received'), t('analytics.columns.handedBack'), t('analytics.columns.open'), t('analytics.columns.turnaround')],
      rows: report.technicians.map((r) => [ctx.staff(r.technicianId), r.received, r.handedBack, r.open, r.turnaroundMedian]),
    },
    basis: {
      title: t('analytics.tables.basis'),
      headers: [t('analytics.columns.group'), t('analytics.columns.orders'), `${t('analytics.columns.share')}, %`, t('analytics.columns.cost'), t('analytics.columns.paid')],
      rows: report.basis.map((r) => [t(`analytics.groups.${r.group}`), r.orders, pct(r.share), ctx.money(r.cost), ctx.money(r.paid)]),
    },
    models: {
      title: t('analytics.tables.models'),
      headers: [t('analytics.columns.model'), t('analytics.columns.orders'), t('analytics.columns.failures'), t('analytics.columns.manufacturing'), t('analytics.columns.unitsSold'), t('analytics.columns.rate'), ...CAUSE_CATEGORIES.map((k) => t(`defects.categories.${k}`))],
      rows: report.models.map((m) => [m.model, m.orders, m.failures, m.manufacturing, m.unitsSold, pct(m.rate), ...CAUSE_CATEGORIES.map((k) => m.categories[k])]),
    },
    causes: {
      title: t('analytics.tables.causes'),
      headers: [t('analytics.columns.cause'), t('analytics.columns.category'), t('analytics.columns.count')],
      rows: report.causes.map((r) => [ctx.code(r.cause), r.category ? t(`defects.categories.${r.category}`) : null, r.count]),
    },
    components: {
      title: t('analytics.tables.components'),
      headers: [t('analytics.columns.component'), t('analytics.columns.count')],
      rows: report.components.map((r) => [ctx.code(r.component), r.count]),
    },
    serviceAge: {
      title: t('analytics.tables.serviceAge'),
      headers: [t('analytics.columns.band'), t('analytics.columns.count')],
      rows: [...ageBands(t).map((band, i) => [band, report.serviceAge.bands[i]]), [`${t('analyticsReport.ageLine')}: ${t('analytics.columns.median')}`, report.serviceAge.median]],
    },
    parts: {
      title: t('analytics.tables.parts'),
      headers: [t('analytics.columns.part'), t('analytics.columns.quantity'), t('analytics.columns.orders')],
      rows: report.parts.map((p) => [p.name, p.quantity, p.orders]),
    },
    satisfaction: {
      title: t('analytics.tables.satisfaction'),
      headers: [t('analytics.columns.bucket'), t('analytics.columns.responses'), t('analytics.columns.average')],
      rows: [...report.satisfaction.series.map((s) => [s.bucket, s.responses, s.average]), [t('analytics.columns.total'), report.satisfaction.responses, report.satisfaction.average]],
    },
  };
}
