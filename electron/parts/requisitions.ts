import { DomainError, type FieldErrors } from '../../shared/platform/result.js';
import { toCsv } from '../../shared/platform/csv.js';
import { lineTotal } from '../../shared/platform/money.js';
import { addQuantities, isWholeUnit, NO_STOCK, quantityProblem } from '../../shared/parts/stock.js';
import type { Requisition, RequisitionLine, RequisitionView } from '../../shared/parts/requisition.js';
import { renderRequisition } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { letterheadProfile } from '../settings/index.js';
import { getCounterparty } from './counterparties.js';
import { deliverPdf } from './partFiles.js';
import { currentSettings } from '../settings/index.js';
import { allLevels, allocateToWaiting, appendMoves, followUp, getPart, movesOf, newMove, waitingOrders } from './stockLedger.js';

const OPEN_STATES: ReadonlyArray<Requisition['state']> = ['draft', 'sent', 'partly_received'];

function getRequisition(ctx: ServiceContext, id: string): Requisition {
  const requisition = ctx.store.requisitions.get(id);
  if (!requisition) throw new DomainError('not_found', 'No such requisition.', { id: 'not_found' });
  return requisition;
}

/**
 * A requisition as the ledger says it is: what each line received is the sum of the receipt moves naming the
 * requisition, and a sent one is partly or wholly received accordingly. Nothing about receipts is stored on the
 * requisition itself, so a receipt is one atomic batch of moves and can never be booked twice (stockLedger.ts).
 */
export function asReceived(ctx: ServiceContext, r: Requisition): Requisition {
  const received = new Map<string, number>();
  for (const m of movesOf(ctx, 'requisitionId', r.id)) if (m.kind === 'receipt') received.set(m.partId, addQuantities(received.get(m.partId) ?? 0, m.quantity));
  const lines = r.lines.map((l) => ({ ...l, received: received.get(l.partId) ?? 0 }));
  if (r.state === 'draft' || r.state === 'cancelled') return { ...r, lines };
  const state = lines.every((l) => l.received >= l.quantity) ? 'received' : lines.some((l) => l.received > 0) ? 'partly_received' : 'sent';
  return { ...r, lines, state };
}

export function requisitionView(ctx: ServiceContext, stored: Requisition): RequisitionView {
  const r = asReceived(ctx, stored);
  const lines = r.lines.map((l) => {
    const part = getPart(ctx, l.partId);
    const orderNumbers = l.orderIds.map((id) => ctx.store.orders.get(id)?.number ?? '').filter(Boolean);
    return { ...l, sku: part.sku, name: part.name, unit: part.unit, cost: part.cost, orderNumbers };
  });
  return {
    ...r,
    lines,
    supplierName: r.supplierId ? ctx.store.counterparties.get(r.supplierId)?.name : undefined,
    total: lines.reduce((sum, l) => sum + lineTotal({ quantity: l.quantity, unitPrice: l.cost }), 0),
  };
}

/** What is ordered and not yet received, per part, on open requisitions. */
function outstanding(ctx: ServiceContext): Map<string, number> {
  const open = new Map<string, number>();
  for (const stored of ctx.store.requisitions.all()) {
    if (!OPEN_STATES.includes(stored.state)) continue;
    const r = asReceived(ctx, stored);
    if (!OPEN_STATES.includes(r.state)) continue;
    for (const l of r.lines) open.set(l.partId, addQuantities(open.get(l.partId) ?? 0, l.quantity, -l.received));
  }
  return open;
}

/**
 * What needs ordering: for every active part, what waiting orders lack plus what brings free stock back up to its
 * minimum, less what open requisitions already ask for. Pieces are rounded up to whole ones.
 */
function needs(ctx: ServiceContext, supplierId?: string): Map<string | undefined, Array<Omit<RequisitionLine, 'id' | 'received'>>> {
  const levels = allLevels(ctx);
  const onOrder = outstanding(ctx);
  const lacking = new Map<string, { quantity: number; orderIds: string[] }>();
  for (const { order, lacking: short } of waitingOrders(ctx)) {
    for (const [partId, quantity] of short) {
      const entry = lacking.get(partId) ?? { quantity: 0, orderIds: [] };
      lacking.set(partId, { quantity: addQuantities(entry.quantity, quantity), orderIds: [...entry.orderIds, order.id] });
    }
  }
  const bySupplier = new Map<string | undefined, Array<Omit<RequisitionLine, 'id' | 'received'>>>();
  for (const part of ctx.store.parts.all()) {
    if (!part.active || (supplierId && part.supplierId !== supplierId)) continue;
    const forOrders = lacking.get(part.id);
    // What orders lack and the minimum, less the free stock (negative free stock is owed) and what is on order.
    const available = (levels.get(part.id) ?? NO_STOCK).available;
    let quantity = addQuantities(forOrders?.quantity ?? 0, part.minStock, -available, -(onOrder.get(part.id) ?? 0));
    if (isWholeUnit(part.unit)) quantity = Math.ceil(quantity);
    if (quantity <= 0) continue;
    const lines = bySupplier.get(part.supplierId) ?? [];
    lines.push({ partId: part.id, quantity, reason: forOrders ? 'orders' : 'min_stock', orderIds: forOrders?.orderIds ?? [] });
    bySupplier.set(part.supplierId, lines);
  }
  return bySupplier;
}

type RequisitionChannels =
  | 'parts.requisitions.generate'
  | 'parts.requisitions.list'
  | 'parts.requisitions.get'
  | 'parts.requisitions.save'
  | 'parts.requisitions.setState'
  | 'parts.requisitions.receive'
  | 'parts.requisitions.pdf'
  | 'parts.requisitions.csv';

export function requisitionHandlers(ctx: ServiceContext): Pick<Handlers, RequisitionChannels> {
  const { store } = ctx;
  const view = (r: Requisition) => requisitionView(ctx, r);

  return {
    /** One draft per supplier, gathered from orders awaiting parts and stock below minimum. */
    'parts.requisitions.generate': ({ supplierId }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        if (supplierId) getCounterparty(ctx, supplierId, 'supplierId');
        const groups = needs(ctx, supplierId);
        if (!groups.size) throw new DomainError('conflict', 'Nothing needs ordering: no order lacks parts and no stock is below its minimum.', { supplierId: 'nothing_to_order' });
        const at = nowIso(ctx);
        const created: Requisition[] = [];
        for (const [supplier, lines] of groups) {
          const number = ctx.sequences.next('RQ', ctx.now().getUTCFullYear(), () => store.requisitions.all().map((r) => r.number));
          const requisition: Requisition = {
            id: ctx.newId(),
            number,
            supplierId: supplier,
            state: 'draft',
            lines: lines.map((l) => ({ ...l, id: ctx.newId(), received: 0 })),
            createdAt: at,
            createdBy: caller.id,
            updatedAt: at,
            updatedBy: caller.id,
          };
          await store.requisitions.insert(requisition);
          ctx.sequences.commit(number);
          created.push(requisition);
        }
        return created.map(view);
      }),

    'parts.requisitions.list': ({ state }) =>
      [...store.requisitions.all()]
        .reverse()
        .map((r) => asReceived(ctx, r))
        .filter((r) => !state || r.state === state)
        .map(view),

    'parts.requisitions.get': ({ id }) => view(getRequisition(ctx, id)),

    'parts.requisitions.save': ({ id, supplierId, note, lines }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const requisition = getRequisition(ctx, id);
        if (requisition.state !== 'draft') throw new DomainError('conflict', `Requisition ${requisition.number} has been sent: it can no longer be edited.`, { id: 'not_draft' });
        if (supplierId) getCounterparty(ctx, supplierId, 'supplierId');
        const fields: FieldErrors = {};
        const seen = new Set<string>();
        lines.forEach((line, i) => {
          const part = store.parts.get(line.partId);
          if (!part) fields[`lines.${i}.partId`] = 'not_found';
          else if (seen.has(line.partId)) fields[`lines.${i}.partId`] = 'duplicate';
          else {
            const problem = quantityProblem(part.unit, line.quantity);
            if (problem) fields[`lines.${i}.quantity`] = problem;
          }
          seen.add(line.partId);
        });
        if (Object.keys(fields).length) throw new DomainError('validation', 'Some lines need attention.', fields);
        const at = nowIso(ctx);
        const saved = await store.requisitions.replace({
          ...requisition,
          supplierId: supplierId || undefined,
          note: note || undefined,
          lines: lines.map((l) => ({ ...l, id: requisition.lines.find((old) => old.partId === l.partId)?.id ?? ctx.newId(), received: 0 })),
          updatedAt: at,
          updatedBy: caller.id,
        });
        return view(saved);
      }),

    'parts.requisitions.setState': ({ id, state }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const requisition = asReceived(ctx, getRequisition(ctx, id));
        const allowed = state === 'sent' ? requisition.state === 'draft' : OPEN_STATES.includes(requisition.state);
        if (!allowed) throw new DomainError('invalid_transition', `Requisition ${requisition.number} is ${requisition.state}.`, { state: 'not_allowed' });
        if (state === 'sent' && !requisition.lines.length) throw new DomainError('validation', 'The requisition has no lines.', { lines: 'required' });
        const at = nowIso(ctx);
        return view(await store.requisitions.replace({ ...getRequisition(ctx, id), state, updatedAt: at, updatedBy: caller.id }));
      }),

    /** Goods arrive against a requisition, all or part of it: receipts in the ledger, then waiting orders served. */
    'parts.requisitions.receive': ({ id, lines, reason }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const requisition = asReceived(ctx, getRequisition(ctx, id));
        if (!['sent', 'partly_received'].includes(requisition.state)) {
          throw new DomainError('conflict', `Requisition ${requisition.number} is ${requisition.state}: goods are received against a sent one.`, { id: 'not_sent' });
        }
        const fields: FieldErrors = {};
        const received = new Map<string, number>();
        const paid = new Map<string, number>();
        lines.forEach((line, i) => {
          if (line.quantity === 0) return;
          const ordered = requisition.lines.find((l) => l.partId === line.partId);
          if (!ordered) return void (fields[`lines.${i}.partId`] = 'not_in_requisition');
          const problem = quantityProblem(getPart(ctx, line.partId).unit, line.quantity);
          if (problem) return void (fields[`lines.${i}.quantity`] = problem);
          const total = addQuantities(received.get(line.partId) ?? 0, line.quantity);
          if (addQuantities(ordered.received, total) > ordered.quantity) return void (fields[`lines.${i}.quantity`] = 'more_than_ordered');
          received.set(line.partId, total);
          if (line.unitCost !== undefined) paid.set(line.partId, line.unitCost);
        });
        if (Object.keys(fields).length) throw new DomainError('validation', 'Some received quantities need attention.', fields);
        if (!received.size) throw new DomainError('validation', 'Nothing received.', { lines: 'required' });
        const at = nowIso(ctx);
        const moves = [...received].map(([partId, quantity]) =>
          newMove(ctx, caller.id, at, {
            partId,
            kind: 'receipt',
            quantity,
            unitCost: paid.get(partId),
            requisitionId: requisition.id,
            supplierId: requisition.supplierId,
            trigger: 'requisition',
            reason: reason || undefined,
          }),
        );
        // The receipt is one batch of moves and the whole of it: the requisition's received and state follow from it.
        await appendMoves(ctx, moves);
        await followUp('Serving waiting orders', () => allocateToWaiting(ctx, new Set(received.keys()), caller.id, at));
        return view(getRequisition(ctx, id));
      }),

    'parts.requisitions.pdf': ({ id, language }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const requisition = view(getRequisition(ctx, id));
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const pdf = await renderRequisition(
          {
            requisition,
            supplier: requisition.supplierId ? store.counterparties.get(requisition.supplierId) : undefined,
            workshop: letterheadProfile(ctx, settings),
            currency: settings.currency,
            requestedBy: store.staff.get(requisition.createdBy)?.name ?? '',
          },
          lang,
          { paperSize: settings.paperSize, createdAt: new Date(requisition.updatedAt) },
        );
        return deliverPdf(ctx, `${requisition.number}-${lang}`, pdf);
      }),

    'parts.requisitions.csv': ({ id }) => {
      const r = view(getRequisition(ctx, id));
      const rows = r.lines.map((l) => [l.sku, l.name, l.quantity, l.unit, l.received, (l.cost / 100).toFixed(2), l.reason, l.orderNumbers.join(' ')]);
      return { fileName: `${r.number}.csv`, csv: toCsv(['sku', 'name', 'quantity', 'unit', 'received', 'unit_cost', 'reason', 'orders'], rows) };
    },
  };
}
