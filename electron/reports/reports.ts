import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type MoneyReport, type ReimbursementClaim, taxCollected, type TaxedDocument, takings, type WarrantyRepair, warrantyWork, workshopDay } from '../../shared/reports/index.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { writeFileDurably } from '../platform/store/durableWrite.js';
import { currentSettings } from '../settings/index.js';
import { orderMoney, saleMoney, workshopTax } from '../payments/index.js';
import { completedAt, repairCostOf, warrantyRepairs } from '../parts/index.js';
import { reportFile } from './reportFiles.js';

/**
 * The workshop's time zone for the reports' days: none set yet, so this machine's, as the cash book reads its days.
 * The one place a workshop zone from the settings is to be read when they carry one.
 */
export function reportTimeZone(_ctx: ServiceContext): string | undefined {
  return undefined;
}

/** The customer's documents of a period: orders handed back in it (the tax point) and counter sales made in it. */
function taxedDocuments(ctx: ServiceContext, from: string, to: string, timeZone?: string): TaxedDocument[] {
  const inRange = (instant: string | undefined) => {
    if (!instant) return false;
    const day = workshopDay(instant, timeZone);
    return day >= from && day <= to;
  };
  const orders = ctx.store.orders
    .all()
    .filter((o) => o.status !== 'cancelled' && inRange(o.handedBackAt))
    .map((o): TaxedDocument => ({ kind: 'order', id: o.id, number: o.number, date: workshopDay(o.handedBackAt!, timeZone), lines: orderMoney(ctx, o).lines }));
  const sales = ctx.store.sales
    .all()
    .filter((s) => inRange(s.at))
    .map((s): TaxedDocument => ({ kind: 'sale', id: s.id, number: s.number, date: workshopDay(s.at, timeZone), lines: saleMoney(ctx, s).lines }));
  return [...orders, ...sales];
}

/** A warranty repair as the report reads it: its value and the customer's part (the charge rule's), its cost, its manufacturer. */
function repairOf(ctx: ServiceContext, order: RepairOrder, timeZone?: string): WarrantyRepair {
  const device = ctx.store.devices.get(order.deviceId);
  const brand = device?.brand.toLowerCase() ?? '';
  const manufacturer = ctx.store.counterparties.all().find((c) => c.kinds.includes('manufacturer') && c.brands.some((b) => b.toLowerCase() === brand));
  const money = orderMoney(ctx, order);
  const cost = repairCostOf(ctx, order);
  return {
    orderId: order.id,
    number: order.number,
    basis: order.intake.warrantyBasis,
    completedOn: workshopDay(completedAt(order)!, timeZone),
    device: device ? `${device.brand} ${device.model}`.trim() : '',
    ...(manufacturer ? { manufacturerId: manufacturer.id, manufacturerName: manufacturer.name } : {}),
    value: money.total.gross,
    customer: money.customer.gross,
    partsAtCost: cost.partsAtCost,
    labour: cost.labour,
    unknownCostParts: cost.unknownCostParts,
  };
}

/** The money report of a period: takings, tax charged per rate, and warranty work against its reimbursement. */
export function moneyReport(ctx: ServiceContext, from: string, to: string): MoneyReport {
  const timeZone = reportTimeZone(ctx);
  const period = { from, to };
  const taken = takings(ctx.store.payments.all(), period, timeZone);
  const names = new Map(ctx.store.staff.all().map((s) => [s.id, s.name]));
  const claims: ReimbursementClaim[] = ctx.store.counterpartyClaims.all().filter((c) => c.kind === 'warranty_reimbursement');
  // Every order a claim covers, also outside the period: a claim is shared in proportion to the orders' value.
  const values = new Map<string, number>();
  for (const id of new Set(claims.flatMap((c) => c.orderIds))) {
    const order = ctx.store.orders.get(id);
    if (order) values.set(id, orderMoney(ctx, order).total.gross);
  }
  return {
    from,
    to,
    takings: { ...taken, staff: taken.staff.map((s) => ({ ...s, name: names.get(s.staffId) ?? s.staffId })) },
    tax: taxCollected(taxedDocuments(ctx, from, to, timeZone), period, workshopTax(ctx)),
    warranty: warrantyWork(
      warrantyRepairs(ctx, from, to).map((o) => repairOf(ctx, o, timeZone)),
      claims,
      values,
    ),
  };
}

export function reportHandlers(ctx: ServiceContext): Pick<Handlers, 'reports.money' | 'reports.export'> {
  return {
    'reports.money': ({ from, to }, caller) => {
      requireRole(ctx, caller, 'reports.money');
      return moneyReport(ctx, from, to);
    },
    'reports.export': async ({ from, to, format, table, language }, caller) => {
      requireRole(ctx, caller, 'reports.money');
      const settings = currentSettings(ctx);
      const made = await reportFile(moneyReport(ctx, from, to), { format, table, language: language ?? settings.uiLanguage ?? 'en', now: ctx.now() });
      // Written by the main process into the data folder (the page also gets the bytes to save where it likes).
      const folder = join(ctx.store.dataDir, 'exports', 'reports');
      await mkdir(folder, { recursive: true });
      const file = join(folder, made.fileName);
      await writeFileDurably(file, made.bytes);
      return { fileName: made.fileName, mimeType: made.mimeType, contentBase64: Buffer.from(made.bytes).toString('base64'), file };
    },
  };
}
