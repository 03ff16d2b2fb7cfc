import ExcelJS from 'exceljs';
import { PAYMENT_METHODS } from '../../shared/payments/index.js';
import { toCsv } from '../../shared/platform/csv.js';
import type { Language } from '../../shared/platform/common.js';
import { type MoneyReport, REPORT_TABLES, type ReportTable } from '../../shared/reports/index.js';
import type { Flow } from '../../shared/reports/index.js';
import { sourceText } from '../../shared/rules/index.js';
import type { TextKey } from '../../shared/catalogue.js';
import { documentTexts } from '../platform/pdf/texts.js';

type Cell = string | number | null;
interface Table {
  title: string;
  sheet: string;
  headers: string[];
  rows: Cell[][];
  /** Columns (0-based) holding amounts in the major unit. */
  money: number[];
}

const major = (minor: number) => minor / 100;
/** A rate in basis points as a percentage: 1800 → 18. */
const percent = (rate: number) => rate / 100;

/** Every table of the money report, labelled in a language: the same rows feed the CSV and the XLSX. */
export function reportTables(report: MoneyReport, language: Language): Record<ReportTable, Table> {
  const t = documentTexts(language);
  const methods = PAYMENT_METHODS.map((m) => t(`payments.method.${m}`));
  const flowCells = (byMethod: Record<string, Flow>, total: Flow): Cell[] => [...PAYMENT_METHODS.map((m) => major(byMethod[m].net)), major(total.paid), major(total.refunded), major(total.net)];
  const flowHeaders = [...methods, t('reports.takings.paid'), t('reports.takings.refunded'), t('reports.takings.net')];
  const moneyFrom = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);
  const { takings, tax, warranty } = report;
  const total = t('reports.total');
  return {
    takings: {
      title: t('reports.takings.title'),
      sheet: t('reports.sheets.takings'),
      headers: [t('reports.takings.date'), ...flowHeaders],
      rows: [...takings.days.map((d) => [d.date, ...flowCells(d.methods, d.total)]), [total, ...flowCells(takings.methods, takings.total)]],
      money: moneyFrom(1, flowHeaders.length),
    },
    staff: {
      title: t('reports.takings.byStaff'),
      sheet: t('reports.sheets.staff'),
      headers: [t('reports.takings.staff'), ...flowHeaders, t('reports.takings.count')],
      rows: [...takings.staff.map((s) => [s.name, ...flowCells(s.methods, s.total), s.total.count]), [total, ...flowCells(takings.methods, takings.total), takings.total.count]],
      money: moneyFrom(1, flowHeaders.length),
    },
    tax: {
      title: t('reports.tax.title'),
      sheet: t('reports.sheets.tax'),
      headers: [t('reports.tax.rate'), t('reports.tax.from'), t('reports.tax.documents'), t('reports.tax.net'), t('reports.tax.tax'), t('reports.tax.gross')],
      rows: [
        ...tax.rates.map((r) => [r.rate === null ? t('payments.noTax') : percent(r.rate), r.from ?? '', r.documents, major(r.net), major(r.tax), major(r.gross)]),
        [total, '', tax.total.documents, major(tax.total.net), major(tax.total.tax), major(tax.total.gross)],
        [t('reports.tax.source'), `${sourceText((key, values) => t(key as TextKey, values), tax.source)}${tax.source.confirmed ? '' : ` (${t('reports.tax.unconfirmed')})`}`],
      ],
      money: [3, 4, 5],
    },
    warranty: {
      title: t('reports.warranty.title'),
      sheet: t('reports.sheets.warranty'),
      headers: [
        t('reports.warranty.order'),
        t('reports.warranty.completed'),
        t('reports.warranty.device'),
        t('reports.warranty.basis'),
        t('reports.warranty.manufacturer'),
        t('reports.warranty.value'),
        t('reports.warranty.parts'),
        t('reports.warranty.labour'),
        t('reports.warranty.cost'),
        t('reports.warranty.claimed'),
        t('reports.warranty.reimbursed'),
        t('reports.warranty.difference'),
        t('reports.warranty.unknownParts'),
        t('reports.warranty.claims'),
      ],
      rows: [
        ...warranty.rows.map((r) => [
          r.number,
          r.completedOn,
          r.device,
          t(`basis.${r.basis}`),
          r.manufacturerName ?? '',
          major(r.value),
          major(r.partsAtCost),
          major(r.labour),
          major(r.cost),
          major(r.claimed),
          major(r.reimbursed),
          major(r.difference),
          r.unknownCostParts,
          r.claims.length ? r.claims.map((c) => `${c.number} (${t(`counterparty.statuses.${c.status}`)})`).join(', ') : t('reports.warranty.unclaimed'),
        ]),
        [total, '', '', '', '', ...[warranty.total.value, warranty.total.partsAtCost, warranty.total.labour, warranty.total.cost, warranty.total.claimed, warranty.total.reimbursed, warranty.total.difference].map(major), warranty.total.unknownCostParts, ''],
      ],
      money: moneyFrom(5, 7),
    },
  };
}

/**
 * The separator a spreadsheet of the language splits a CSV on: Excel in a Russian locale (decimal comma) reads ";"
 * and "12,50"; in English and Hebrew (decimal point) ",".
 */
const CSV_STYLE: Record<Language, { separator: ',' | ';'; decimalComma: boolean }> = {
  en: { separator: ',', decimalComma: false },
  he: { separator: ',', decimalComma: false },
  ru: { separator: ';', decimalComma: true },
};

export interface ReportFileOptions {
  format: 'csv' | 'xlsx';
  table: ReportTable;
  language: Language;
  now: Date;
}

/** The report as a file: one table as CSV (UTF-8 with a BOM, formula-like cells made text), or all of them as XLSX. */
export async function reportFile(report: MoneyReport, options: ReportFileOptions): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array }> {
  const tables = reportTables(report, options.language);
  const base = `money-report-${report.from}-${report.to}-${options.language}`;
  if (options.format === 'csv') {
    const { headers, rows } = tables[options.table];
    const csv = toCsv(headers, rows, CSV_STYLE[options.language]);
    return { fileName: `${base}-${options.table}.csv`, mimeType: 'text/csv', bytes: Buffer.from(csv, 'utf8') };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.created = options.now;
  for (const name of REPORT_TABLES) {
    const table = tables[name];
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ rightToLeft: options.language === 'he' }] });
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    sheet.addRow([`${report.from} – ${report.to}`]);
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 22 : 16;
      if (table.money.includes(i)) column.numFmt = '#,##0.00';
    });
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${base}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes };
}
