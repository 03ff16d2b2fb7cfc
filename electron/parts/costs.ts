import { DomainError } from '../../shared/platform/result.js';
import { localDate } from '../../shared/rules/index.js';
import { toCsv } from '../../shared/platform/csv.js';
import { lineTotal } from '../../shared/platform/money.js';
import { addCosts, NO_COST, repairCost, WARRANTY_BASES } from '../../shared/parts/repairCost.js';
import { addQuantities } from '../../shared/parts/stock.js';
import type { StatementOutput } from '../../shared/parts/cost.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { StockMove } from '../../shared/parts/schemas.js';
import { renderStatement } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { letterheadProfile } from '../settings/index.js';
import { getCounterparty } from './counterparties.js';
import { getOrder } from '../orders/index.js';
import { deliverPdf } from './partFiles.js';
import { currentSettings } from '../settings/index.js';
import { heldBy, movesOf, partsPhase, requiredParts } from './stockLedger.js';

/** The consumption moves of one order (from the ledger's index by order). */
function consumptionsOf(ctx: ServiceContext, orderId: string): StockMove[] {
  return movesOf(ctx, 'orderId', orderId).filter((m) => m.kind === 'consumption');
}

/** When the repair was completed: the FIRST time it became "ready" (a later return to work does not move it). */
export function completedAt(order: RepairOrder): string | undefined {
  return order.timeline.find((e) => e.to === 'ready')?.at;
}

/**
 * A warranty repair the workshop did: it was completed ("ready" is in its timeline) and, once handed back, went out
 * repaired or replaced. A refusal after a cancel, an unrepairable unit or a refund is no repair to count or claim.
 */
function isDoneRepair(order: RepairOrder): boolean {
  if (order.status === 'ready') return true;
  return order.status === 'issued' && (order.outcome === 'repaired' || order.outcome === 'replaced');
}

/** What a repair cost the workshop: the catalogue parts it consumed at their cost, its labour at the price list. */
export function repairCostOf(ctx: ServiceContext, order: RepairOrder) {
  return repairCost(order.workLines, order.partLines, consumptionsOf(ctx, order.id));
}

/** Warranty repairs completed in a period (local dates, both ends included). */
export function warrantyRepairs(ctx: ServiceContext, from: string, to: string, bases: readonly string[] = WARRANTY_BASES): RepairOrder[] {
  if (from > to) throw new DomainError('validation', 'The period ends before it starts.', { to: 'before_from' });
  return ctx.store.orders.all().filter((o) => {
    if (!bases.includes(o.intake.warrantyBasis) || !isDoneRepair(o)) return false;
    const done = completedAt(o);
    return done !== undefined && localDate(done) >= from && localDate(done) <= to;
  });
}

function statement(ctx: ServiceContext, manufacturerId: string, from: string, to: string): StatementOutput {
  const manufacturer = getCounterparty(ctx, manufacturerId, 'manufacturerId');
  if (!manufacturer.kinds.includes('manufacturer')) throw new DomainError('validation', `${manufacturer.name} is not a manufacturer.`, { manufacturerId: 'not_manufacturer' });
  const brands = new Set(manufacturer.brands.map((b) => b.toLowerCase()));
  const lines = warrantyRepairs(ctx, from, to, ['manufacturer']).flatMap((order) => {
    const device = ctx.store.devices.get(order.deviceId);
    if (!device || !brands.has(device.brand.toLowerCase())) return [];
    const moves = consumptionsOf(ctx, order.id);
    const cost = repairCostOf(ctx, order);
    const parts = [
      ...moves.map((m) => ({ sku: ctx.store.parts.get(m.partId)?.sku ?? '', name: ctx.store.parts.get(m.partId)?.name ?? '', quantity: m.quantity, unitCost: m.unitCost })),
      ...order.partLines.filter((l) => !l.partId).map((l) => ({ sku: l.sku ?? '', name: l.name, quantity: l.quantity, unitCost: undefined })),
    ];
    return [
      {
        ...cost,
        orderId: order.id,
        number: order.number,
        completedAt: completedAt(order)!,
        brand: device.brand,
        model: device.model,
        serial: device.imei ?? device.serial ?? '',
        defect: order.diagnosis?.notes || order.intake.statedDefect,
        basis: order.intake.warrantyBasis,
        parts,
        work: order.workLines.map((l) => ({ description: l.description, quantity: l.quantity, unitPrice: l.unitPrice })),
      },
    ];
  });
  const { id, name, legalName, taxId } = manufacturer;
  return { manufacturer: { id, name, legalName, taxId, brands: manufacturer.brands }, from, to, lines, total: lines.reduce(addCosts, NO_COST) };
}

const major = (minor: number) => (minor / 100).toFixed(2);

type CostChannels = 'parts.costs.order' | 'parts.costs.warranty' | 'parts.costs.warrantyCsv' | 'parts.costs.statement' | 'parts.costs.statementPdf' | 'parts.costs.statementCsv';

export function costHandlers(ctx: ServiceContext): Pick<Handlers, CostChannels> {
  const { store } = ctx;

  const warrantyByModel = (from: string, to: string, basis?: string) => {
      const rows = new Map<string, { brand: string; model: string; orders: number } & typeof NO_COST>();
    for (const order of warrantyRepairs(ctx, from, to, basis ? [basis] : WARRANTY_BASES)) {
      const device = store.devices.get(order.deviceId);
      const brand = device?.brand ?? '';
      const model = device?.model ?? '';
      const key = `${brand}\u0000${model}`.toLowerCase();
      const row = rows.get(key) ?? { brand, model, orders: 0, ...NO_COST };
      rows.set(key, { ...row, ...addCosts(row, repairCostOf(ctx, order)), orders: row.orders + 1 });
    }
    const sorted = [...rows.values()].toSorted((a, b) => b.total - a.total || a.model.localeCompare(b.model));
    const total = sorted.reduce((sum, r) => ({ ...sum, ...addCosts(sum, r), orders: sum.orders + r.orders }), { brand: '', model: '', orders: 0, ...NO_COST });
    return { rows: sorted, total };
  };

  return {
    'parts.costs.order': ({ orderId }) => {
      const order = getOrder(ctx, orderId);
      const moves = consumptionsOf(ctx, order.id);
      const parts = moves.map((m) => ({ partId: m.partId, sku: store.parts.get(m.partId)?.sku ?? '', name: store.parts.get(m.partId)?.name ?? '', quantity: m.quantity, unitCost: m.unitCost }));
      const cost = repairCost(order.workLines, order.partLines, moves);
      // An open repair's parts still to be used count at today's cost, so the figure is its expected cost.
      let partsPending = 0;
      if (partsPhase(order) !== 'settled') {
        const held = heldBy(ctx, order.id);
        for (const [partId, required] of requiredParts(order)) {
          const left = Math.max(0, addQuantities(required, -(held.get(partId)?.consumed ?? 0)));
          partsPending += lineTotal({ quantity: left, unitPrice: store.parts.get(partId)?.cost ?? 0 });
        }
      }
      return { ...cost, partsPending, total: cost.total + partsPending, parts };
    },

    'parts.costs.warranty': ({ from, to, basis }) => warrantyByModel(from, to, basis),

    'parts.costs.warrantyCsv': ({ from, to, basis }) => {
      const { rows, total } = warrantyByModel(from, to, basis);
      const line = (r: typeof total) => [r.brand, r.model, r.orders, major(r.partsAtCost), r.unknownCostParts, major(r.labour), major(r.total)];
      return {
        fileName: `warranty-cost-${from}-${to}.csv`,
        csv: toCsv(['brand', 'model', 'orders', 'parts_at_cost', 'parts_cost_unknown', 'labour', 'total'], [...rows.map(line), line({ ...total, brand: 'TOTAL' })]),
      };
    },

    'parts.costs.statement': ({ manufacturerId, from, to }) => statement(ctx, manufacturerId, from, to),

    'parts.costs.statementPdf': ({ manufacturerId, from, to, language }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const data = statement(ctx, manufacturerId, from, to);
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const pdf = await renderStatement({ statement: data, workshop: letterheadProfile(ctx, settings), currency: settings.currency }, lang, { paperSize: settings.paperSize, createdAt: ctx.now() });
        return deliverPdf(ctx, `statement-${data.manufacturer.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${from}-${to}-${lang}`, pdf);
      }),

    'parts.costs.statementCsv': ({ manufacturerId, from, to }) => {
      const data = statement(ctx, manufacturerId, from, to);
      const rows = data.lines.map((l) => [
        l.number,
        localDate(l.completedAt),
        l.brand,
        l.model,
        l.serial,
        l.defect,
        l.parts.map((p) => `${p.sku || p.name} x${p.quantity}${p.unitCost === undefined ? ' (cost unknown)' : ''}`).join('; '),
        major(l.partsAtCost),
        major(l.labour),
        major(l.total),
      ]);
      return {
        fileName: `statement-${from}-${to}.csv`,
        csv: toCsv(['order', 'completed', 'brand', 'model', 'serial', 'defect', 'parts', 'parts_cost', 'labour', 'total'], rows),
      };
    },
  };
}
