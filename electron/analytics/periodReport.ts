import type { AnalyticsReport } from '../../shared/analytics/analytics.js';
import type { Alert } from '../../shared/analytics/systemic.js';
import type { Language } from '../../shared/platform/common.js';
import type { Settings } from '../../shared/settings/index.js';
import { analyticsTables, namesContext, type Table, type TableName, type TableNames } from './analyticsTables.js';
import { documentTitle, formatters, letterhead, SIGNATURES_HEIGHT, signatures, type LetterheadProfile } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { drawTable } from '../platform/pdf/reportTable.js';

export interface ReportData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  report: AnalyticsReport;
  tables: TableNames;
}

/** The first columns of a table only (the per-category columns of the models table do not fit a page). */
function narrow(table: Table, columns = 5): Table {
  return { ...table, headers: table.headers.slice(0, columns), rows: table.rows.map((r) => r.slice(0, columns)) };
}

const PERIOD_TABLES: TableName[] = ['volume', 'statuses', 'deadlines', 'technicians', 'basis', 'models', 'causes', 'satisfaction'];

function start(data: ReportData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>, titleKey: 'analyticsReport.periodTitle' | 'analyticsReport.proposalTitle') {
  const t = documentTexts(language);
  const title = t(titleKey);
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${title} ${data.documentNumber}` });
  const f = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, data.documentNumber);
  w.onNewPage();
  documentTitle(
    w,
    title,
    `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.date')} ${f.date(data.issuedAt.toISOString())}`,
    `${t('pdf.period')}: ${f.date(data.report.from)} – ${f.date(data.report.to)}`,
  );
  const tables = analyticsTables(data.report, { ...namesContext(data.tables), language, money: (minor) => f.money(minor) });
  return { w, t, tables };
}

/** DOMAIN.md document 10: the period report on the volume and timing of after-sales work. */
export async function renderPeriodReport(data: ReportData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const { w, t, tables } = start(data, language, options, 'analyticsReport.periodTitle');
  for (const name of PERIOD_TABLES.slice(0, -1)) drawTable(w, narrow(tables[name]));
  // The last table and the manager's signature stay on one page.
  signatures(w, t('pdf.signatures'), [t('analyticsReport.manager')], data.workshop.signatory, () => drawTable(w, narrow(tables[PERIOD_TABLES.at(-1)!])));
  return w.finish();
}

/** DOMAIN.md document 10: the defect analysis with the systemic defects found and the proposal to production. */
export async function renderDefectProposal(
  data: ReportData & { alerts: Alert[]; thresholds: { failureRatePercent: number; causeSharePercent: number; minFailures: number } },
  language: Language,
  options: Omit<RenderOptions, 'title' | 'createdAt'>,
): Promise<Uint8Array> {
  const { w, t, tables } = start(data, language, options, 'analyticsReport.proposalTitle');
  w.heading(t('analytics.alerts'));
  if (!data.alerts.length) w.paragraph(t('analytics.noAlerts'));
  for (const a of data.alerts) {
    w.paragraph(
      a.kind === 'failure_rate'
        ? t('analytics.alertRate', { model: a.model, value: a.value, failures: a.failures, units: a.unitsSold ?? '—', threshold: a.threshold })
        : t('analytics.alertCause', { model: a.model, cause: namesContext(data.tables).code(a.cause ?? ''), value: a.value, caused: a.causeCount ?? 0, failures: a.failures, threshold: a.threshold }),
      // A line that starts with a Latin model name still reads in the document's direction.
      { bold: true, base: 'document' },
    );
  }
  w.paragraph(
    t('analyticsReport.thresholds', { rate: data.thresholds.failureRatePercent, share: data.thresholds.causeSharePercent, min: data.thresholds.minFailures }),
    { size: 8.5, color: '#555555', base: 'document' },
  );
  w.heading(t('analyticsReport.evidence'));
  // A table without rows says nothing: only those with rows are printed.
  const evidence = (['models', 'causes', 'components', 'serviceAge'] as const).filter((name) => tables[name].rows.length);
  if (!evidence.length) w.paragraph(t('analyticsReport.noEvidence'));
  for (const name of evidence) drawTable(w, narrow(tables[name]));
  // Nothing crosses the thresholds: no model to name, so no proposal to suspend one.
  signatures(w, t('pdf.signatures'), [t('analyticsReport.received'), t('analyticsReport.manager')], data.workshop.signatory, () => {
    w.heading(t('analyticsReport.proposal'));
    w.paragraph(t(data.alerts.length ? 'analyticsReport.proposalText' : 'analyticsReport.noProposal'), {}, 4, SIGNATURES_HEIGHT);
  });
  return w.finish();
}
