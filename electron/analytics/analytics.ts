import ExcelJS from 'exceljs';
import { toCsv } from '../../shared/platform/csv.js';
import { analyse, type AnalyticsInput, type AnalyticsOrder, type AnalyticsReport } from '../../shared/analytics/analytics.js';
import { addDays, localDate } from '../../shared/rules/index.js';
import type { CauseCategory } from '../../shared/defects/index.js';
import { lineTotal } from '../../shared/platform/money.js';
import { addQuantities } from '../../shared/parts/index.js';
import { systemicAlerts } from '../../shared/analytics/systemic.js';
import { AnalyticsThresholds } from '../../shared/analytics/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import { analyticsTables, namesContext, type TableContext, type TableNames } from './analyticsTables.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { returnsSummary } from '../parts/index.js';
import { defectCatalogue } from '../defects/index.js';
import { today, workshopProfile } from '../rules/index.js';
import { currentSettings } from '../settings/index.js';

const REPEAT_WINDOW_DAYS = 90;

export function modelKey(device: { brand: string; model: string }): string {
  return `${device.brand} ${device.model}`;
}

/**
 * The slim records the analytics read, for the orders that can count in a period: received in it, handed back in
 * it or shortly before (repeat repairs), or still open (workload, deadlines missed). Other orders are skipped by a
 * string comparison, so a period of a month reads few of 100,000 orders in full.
 */
function* relevantOrders(ctx: ServiceContext, from: string, to: string): Generator<AnalyticsOrder> {
  const { store } = ctx;
  const early = addDays(from, -(REPEAT_WINDOW_DAYS + 1));
  const late = addDays(to, 1);
  for (const order of store.orders.all()) {
    const received = order.receivedAt.slice(0, 10);
    const back = order.handedBackAt?.slice(0, 10);
    const relevant = (received >= early && received <= late) || (back !== undefined && back >= early) || order.status !== 'issued';
    if (!relevant) continue;
    yield slim(ctx, order);
  }
}

function slim(ctx: ServiceContext, order: RepairOrder): AnalyticsOrder {
  const device = ctx.store.devices.get(order.deviceId);
  const customer = ctx.store.customers.get(order.customerId);
  const readyAt = order.timeline.find((e) => e.to === 'ready')?.at;
  return {
    deviceId: order.deviceId,
    model: device ? modelKey(device) : '?',
    receivedAt: order.receivedAt,
    receivedOn: localDate(order.receivedAt),
    handedBackAt: order.handedBackAt,
    handedBackOn: order.handedBackAt ? localDate(order.handedBackAt) : undefined,
    readyOn: readyAt ? localDate(readyAt) : undefined,
    outcome: order.outcome,
    status: order.status,
    warrantyBasis: order.intake.warrantyBasis,
    consumer: customer?.kind !== 'company',
    technicianId: order.technicianId,
    promisedDate: order.intake.promisedDate,
    timeline: order.timeline,
    defects: order.diagnosis?.defects,
    cost: order.workLines.reduce((s, l) => s + lineTotal(l), 0) + order.partLines.reduce((s, l) => s + lineTotal(l), 0),
    paid: order.paidAmount,
    parts: order.partLines.map((l) => ({ key: l.sku || l.name.toLowerCase(), name: l.name, quantity: l.quantity })),
    purchaseDate: device?.purchaseDate,
    satisfaction: order.satisfaction?.score,
  };
}

/**
 * Units sold per model up to a day: units an imported sales registry lists with a purchase date on or before it.
 * Units known only from intake are repairs, not sales, and do not count; a model the registry does not list has no
 * base (its rate is unknown, not 100%).
 */
function unitsSold(ctx: ServiceContext, upTo: string): Map<string, number> {
  const sold = new Map<string, number>();
  for (const device of ctx.store.devices.all()) {
    if (!device.fromRegistry || !device.purchaseDate || device.purchaseDate > upTo) continue;
    const key = modelKey(device);
    sold.set(key, (sold.get(key) ?? 0) + 1);
  }
  return sold;
}

/** Parts returned to their supplier as defective from the supplier (not damaged in the workshop), per part. */
function supplierDefects(ctx: ServiceContext, from: string, to: string): Map<string, { name: string; quantity: number }> {
  const returns = new Map<string, { name: string; quantity: number }>();
  for (const row of returnsSummary(ctx, { from, to })) {
    if (!row.supplierDefect) continue;
    const entry = returns.get(row.partId) ?? { name: `${row.sku} ${row.name} (${row.supplierName})`, quantity: 0 };
    entry.quantity = addQuantities(entry.quantity, row.supplierDefect);
    returns.set(row.partId, entry);
  }
  return returns;
}

export function causeCategories(ctx: ServiceContext): Map<string, CauseCategory> {
  return new Map(defectCatalogue(ctx).flatMap((c) => (c.category ? [[c.code, c.category] as const] : [])));
}

export function analyticsReport(ctx: ServiceContext, from: string, to: string, bucket: 'week' | 'month'): AnalyticsReport {
  const input: AnalyticsInput = {
    orders: relevantOrders(ctx, from, to),
    from,
    to,
    bucket,
    now: ctx.now().toISOString(),
    profile: workshopProfile(ctx),
    holidays: currentSettings(ctx).holidays,
    unitsSold: unitsSold(ctx, to),
    causeCategory: causeCategories(ctx),
    repeatWindowDays: REPEAT_WINDOW_DAYS,
    supplierReturns: supplierDefects(ctx, from, to),
  };
  return analyse(input);
}

export function thresholdsOf(ctx: ServiceContext): AnalyticsThresholds {
  return currentSettings(ctx).analyticsThresholds ?? AnalyticsThresholds.parse({});
}


/** Staff and defect-code names in a language, as plain data (the PDF worker gets them so). */
export function tableNames(ctx: ServiceContext, language: Language): TableNames {
  return {
    staff: Object.fromEntries(ctx.store.staff.all().map((s) => [s.id, s.name])),
    codes: Object.fromEntries(defectCatalogue(ctx).map((c) => [c.code, c.names[language]])),
  };
}

/** Systemic-defect alerts over the thresholds' window ending today. */
export function currentAlerts(ctx: ServiceContext) {
  const thresholds = thresholdsOf(ctx);
  const to = today(ctx);
  const from = addDays(to, -thresholds.windowDays);
  const report = analyticsReport(ctx, from, to, 'month');
  return { from, to, thresholds, report, alerts: systemicAlerts(report.models, thresholds, causeCategories(ctx)) };
}

export function tableContext(ctx: ServiceContext, language: Language, money: TableContext['money']): TableContext {
  return { language, ...namesContext(tableNames(ctx, language)), money };
}

type AnalyticsChannels = 'analytics.report' | 'analytics.export' | 'analytics.alerts' | 'analytics.setThresholds';

export function analyticsHandlers(ctx: ServiceContext): Pick<Handlers, AnalyticsChannels> {
  return {
    'analytics.report': ({ from, to, bucket }) => analyticsReport(ctx, from, to, bucket),

    'analytics.export': async ({ from, to, bucket, format, table, language }) => {
      const report = analyticsReport(ctx, from, to, bucket);
      const tables = analyticsTables(report, tableContext(ctx, language, (minor) => minor / 100));
      const base = `analytics-${from}-${to}`;
      if (format === 'csv') {
        const { headers, rows } = tables[table];
        // With a byte-order mark (Cyrillic and Hebrew read as UTF-8), every formula-like cell and line made text.
        const csv = toCsv(headers, rows);
        return { fileName: `${base}-${table}.csv`, mimeType: 'text/csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
      }
      const workbook = new ExcelJS.Workbook();
      workbook.created = ctx.now();
      for (const [name, t] of Object.entries(tables)) {
        const sheet = workbook.addWorksheet(name, { views: [{ rightToLeft: language === 'he' }] });
        sheet.addRow([t.title]).font = { bold: true, size: 13 };
        sheet.addRow(t.headers).font = { bold: true };
        for (const row of t.rows) sheet.addRow(row);
        sheet.columns.forEach((column, i) => (column.width = i === 0 ? 34 : 16));
      }
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      return { fileName: `${base}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: buffer.toString('base64') };
    },

    'analytics.alerts': () => {
      const { from, to, thresholds, alerts } = currentAlerts(ctx);
      return { from, to, thresholds, alerts };
    },

    'analytics.setThresholds': ({ thresholds }, caller) =>
      ctx.store.exclusive(async () => {
        requireRole(ctx, caller, 'analytics.manage');
        const record = { ...currentSettings(ctx), analyticsThresholds: thresholds, id: 'settings' as const };
        if (ctx.store.settings.get('settings')) await ctx.store.settings.replace(record);
        else await ctx.store.settings.insert(record);
        return thresholds;
      }),
  };
}
