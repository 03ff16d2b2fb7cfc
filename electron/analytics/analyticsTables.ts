import type { AnalyticsReport } from '../../shared/analytics/analytics.js';
import type { ANALYTICS_TABLES } from '../../shared/analytics/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import { ANALYTICS_TEXTS } from './analyticsTexts.js';

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

const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Every table of a report, labelled in a language: the same rows feed the CSV, the XLSX and the PDF report. */
export function analyticsTables(report: AnalyticsReport, ctx: TableContext): Record<TableName, Table> {
  const t = ANALYTICS_TEXTS[ctx.language];
  const c = t.columns;
  const spread = (s: { count: number; median: number | null; p90: number | null; mean: number | null }): Cell[] => [s.count, s.median, s.p90, s.mean];
  return {
    volume: {
      title: t.tables.volume,
      headers: [c.bucket, c.received, c.handedBack],
      rows: [...report.volume.series.map((s) => [s.bucket, s.received, s.handedBack]), [c.total, report.volume.received, report.volume.handedBack]],
    },
    statuses: {
      title: t.tables.statuses,
      headers: [c.status, c.count, c.median, c.p90, c.mean],
      rows: [[t.turnaroundLine, ...spread(report.turnaround)], ...report.timeInStatus.map((s) => [t.statuses[s.status], ...spread(s)])],
    },
    deadlines: {
      title: t.tables.deadlines,
      headers: [c.measure, c.total, c.within, `${c.share}, %`],
      rows: [
        [t.legal, report.deadlines.legal.total, report.deadlines.legal.within, pct(report.deadlines.legal.share)],
        [t.promised, report.deadlines.promised.total, report.deadlines.promised.kept, pct(report.deadlines.promised.share)],
        [t.repeatLine.replace('{{days}}', String(report.repeat.windowDays)), report.repeat.orders, report.repeat.repeats, pct(report.repeat.share)],
      ],
    },
    technicians: {
      title: t.tables.technicians,
      headers: [c.technician, c.received, c.handedBack, c.open, c.turnaround],
      rows: report.technicians.map((r) => [ctx.staff(r.technicianId), r.received, r.handedBack, r.open, r.turnaroundMedian]),
    },
    basis: {
      title: t.tables.basis,
      headers: [c.group, c.orders, `${c.share}, %`, c.cost, c.paid],
      rows: report.basis.map((r) => [t.groups[r.group], r.orders, pct(r.share), ctx.money(r.cost), ctx.money(r.paid)]),
    },
    models: {
      title: t.tables.models,
      headers: [c.model, c.orders, c.failures, c.manufacturing, c.unitsSold, c.rate, ...Object.values(t.categories)],
      rows: report.models.map((m) => [m.model, m.orders, m.failures, m.manufacturing, m.unitsSold, pct(m.rate), ...Object.keys(t.categories).map((k) => m.categories[k as keyof typeof m.categories])]),
    },
    causes: {
      title: t.tables.causes,
      headers: [c.cause, c.category, c.count],
      rows: report.causes.map((r) => [ctx.code(r.cause), r.category ? t.categories[r.category] : null, r.count]),
    },
    components: {
      title: t.tables.components,
      headers: [c.component, c.count],
      rows: report.components.map((r) => [ctx.code(r.component), r.count]),
    },
    serviceAge: {
      title: t.tables.serviceAge,
      headers: [c.band, c.count],
      rows: [...t.bands.map((band, i) => [band, report.serviceAge.bands[i]]), [`${t.ageLine}: ${c.median}`, report.serviceAge.median]],
    },
    parts: {
      title: t.tables.parts,
      headers: [c.part, c.quantity, c.orders],
      rows: report.parts.map((p) => [p.name, p.quantity, p.orders]),
    },
    satisfaction: {
      title: t.tables.satisfaction,
      headers: [c.bucket, c.responses, c.average],
      rows: [...report.satisfaction.series.map((s) => [s.bucket, s.responses, s.average]), [c.total, report.satisfaction.responses, report.satisfaction.average]],
    },
  };
}
