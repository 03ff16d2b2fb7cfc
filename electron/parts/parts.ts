import { DomainError, type FieldErrors } from '../../shared/platform/result.js';
import { localDate } from '../../shared/rules/index.js';
import { textKey } from '../../shared/platform/search.js';
import { addQuantities, NO_STOCK, quantityProblem, type StockLevel } from '../../shared/parts/stock.js';
import type { Part, PartRow, StockMove } from '../../shared/parts/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelOutput, ChannelParsedInput } from '../../shared/channels.js';
import { may } from '../../shared/staff/index.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { getCounterparty } from './counterparties.js';
import { getLocation } from './locations.js';
import { allLevels, allocateToWaiting, appendMoves, followUp, getPart, ledgerTotals, levelOf, movesOf, newMove, waitingOrders } from './stockLedger.js';

export function partRow(ctx: ServiceContext, part: Part, level: StockLevel, shortage: number): PartRow {
  return {
    ...part,
    stock: level,
    belowMin: part.minStock > 0 && level.available < part.minStock,
    shortage,
    supplierName: part.supplierId ? ctx.store.counterparties.get(part.supplierId)?.name : undefined,
  };
}

/** What open orders still lack of each part. */
export function shortages(ctx: ServiceContext): Map<string, number> {
  const short = new Map<string, number>();
  for (const { lacking } of waitingOrders(ctx)) {
    for (const [partId, quantity] of lacking) short.set(partId, addQuantities(short.get(partId) ?? 0, quantity));
  }
  return short;
}

function checkQuantity(part: Part, quantity: number, field = 'quantity'): void {
  const problem = quantityProblem(part.unit, quantity);
  if (problem) throw new DomainError('validation', `${part.sku} is counted in ${part.unit}: ${quantity} does not fit.`, { [field]: problem });
}

/** A part matches a search by its SKU, name or a compatible model. */
function matches(part: Part, words: string[]): boolean {
  const haystack = textKey([part.sku, part.name, ...part.compatibleModels].join(' '));
  return words.every((w) => haystack.includes(w));
}

type PartChannels =
  | 'parts.list'
  | 'parts.save'
  | 'parts.ledger'
  | 'parts.receive'
  | 'parts.adjust'
  | 'parts.writeOff'
  | 'parts.returnToSupplier'
  | 'parts.returnsSummary';

/** Parts sent back to suppliers in a period, per supplier and part: defective from the supplier, or damaged here. */
export function returnsSummary(ctx: ServiceContext, { from, to, supplierId }: { from: string; to: string; supplierId?: string }): ChannelOutput<'parts.returnsSummary'> {
  const { store } = ctx;
  const rows = new Map<string, { supplierId: string; partId: string; supplierDefect: number; workshopDamage: number }>();
  for (const m of store.stockMoves.all()) {
    if (m.kind !== 'return_to_supplier' || !m.supplierId || (supplierId && m.supplierId !== supplierId)) continue;
    const day = localDate(m.at);
    if (day < from || day > to) continue;
    const key = `${m.supplierId}:${m.partId}`;
    const entry = rows.get(key) ?? { supplierId: m.supplierId, partId: m.partId, supplierDefect: 0, workshopDamage: 0 };
    if (m.cause === 'workshop_damage') entry.workshopDamage = addQuantities(entry.workshopDamage, m.quantity);
    else entry.supplierDefect = addQuantities(entry.supplierDefect, m.quantity);
    rows.set(key, entry);
  }
  return [...rows.values()]
    .map((r) => {
      const part = store.parts.get(r.partId);
      return { ...r, supplierName: store.counterparties.get(r.supplierId)?.name ?? '', sku: part?.sku ?? '', name: part?.name ?? '' };
    })
    .toSorted((a, b) => a.supplierName.localeCompare(b.supplierName) || a.sku.localeCompare(b.sku));
}

/** Add a part to the catalogue, or change one (cost and price of a known part are a manager's). */
export function savePart(ctx: ServiceContext, caller: Caller, { id, ...fields }: ChannelParsedInput<'parts.save'>) {
  const { store } = ctx;
  const row = (part: Part) => partRow(ctx, part, levelOf(ctx, part.id), shortages(ctx).get(part.id) ?? 0);
  return store.exclusive(async () => {
    const actor = requireRole(ctx, caller);
    const twin = store.parts.all().find((p) => p.sku.toLowerCase() === fields.sku.toLowerCase());
    if (twin && twin.id !== id) throw new DomainError('conflict', `SKU ${fields.sku} belongs to ${twin.name} already.`, { sku: 'duplicate' });
    if (fields.supplierId) getCounterparty(ctx, fields.supplierId, 'supplierId');
    if (fields.manufacturerId) getCounterparty(ctx, fields.manufacturerId, 'manufacturerId');
    const existing = id ? getPart(ctx, id, 'id') : undefined;
    // Cost and price are a manager's to change (a new part's first cost and price may be entered by anyone).
    if (existing && !may(actor.role, 'parts.prices')) {
      const changed: FieldErrors = { ...(fields.cost !== existing.cost && { cost: 'price_role' as const }), ...(fields.price !== existing.price && { price: 'price_role' as const }) };
      if (Object.keys(changed).length) throw new DomainError('forbidden', 'Only a manager may change cost and price.', changed);
    }
    if (fields.allowNegative && !existing?.allowNegative && !may(actor.role, 'parts.prices')) {
      throw new DomainError('forbidden', 'Only a manager may allow a part to go below zero.', { allowNegative: 'role' });
    }
    if (existing && existing.unit !== fields.unit && movesOf(ctx, 'partId', existing.id).length) {
      throw new DomainError('conflict', 'The unit of a part with stock moves cannot change.', { unit: 'has_moves' });
    }
    const minProblem = quantityProblem(fields.unit, fields.minStock);
    if (minProblem) throw new DomainError('validation', 'The minimum does not fit the unit.', { minStock: minProblem });
    const at = nowIso(ctx);
    const record = { ...fields, supplierId: fields.supplierId || undefined, manufacturerId: fields.manufacturerId || undefined, updatedAt: at, updatedBy: caller.id };
    const saved = existing
      ? await store.parts.replace({ ...existing, ...record })
      : await store.parts.insert({ ...record, id: ctx.newId(), createdAt: at });
    return row(saved);
  });
}

/** Goods in: the units go on the shelf, then to the orders waiting for them. */
export function receivePart(ctx: ServiceContext, caller: Caller, { partId, quantity, unitCost, supplierId, reason }: ChannelParsedInput<'parts.receive'>) {
  const { store } = ctx;
  const row = (part: Part) => partRow(ctx, part, levelOf(ctx, part.id), shortages(ctx).get(part.id) ?? 0);
  const at = () => nowIso(ctx);
  return store.exclusive(async () => {
    const actor = requireRole(ctx, caller);
    const part = getPart(ctx, partId);
    checkQuantity(part, quantity);
    if (supplierId) getCounterparty(ctx, supplierId, 'supplierId');
    const now = at();
    // The receipt is the change; the catalogue cost (a manager's, see parts.save) and serving waiting orders follow it.
    await appendMoves(ctx, [newMove(ctx, caller.id, now, { partId, kind: 'receipt', quantity, unitCost, supplierId: supplierId ?? part.supplierId, reason: reason || undefined })]);
    if (unitCost !== undefined && unitCost !== part.cost && may(actor.role, 'parts.prices')) {
      await followUp('The catalogue cost', () => store.parts.replace({ ...getPart(ctx, partId), cost: unitCost, updatedAt: now, updatedBy: caller.id }));
    }
    await followUp('Serving waiting orders', () => allocateToWaiting(ctx, new Set([partId]), caller.id, now));
    return row(getPart(ctx, partId));
  });
}

export function partHandlers(ctx: ServiceContext): Pick<Handlers, PartChannels> {
  const { store } = ctx;
  const row = (part: Part) => partRow(ctx, part, levelOf(ctx, part.id), shortages(ctx).get(part.id) ?? 0);
  const at = () => nowIso(ctx);

  /**
   * Releases that let units held for orders leave the shelf in the same batch: the named order's reservation
   * (the unit was that order's), or for a count the newest orders' reservations. The orders go back to waiting.
   */
  const releasesFor = (partId: string, quantity: number, actorId: string, source: { orderId?: string; newestFirst?: boolean }) => {
    const moves: StockMove[] = [];
    const totals = ledgerTotals(ctx);
    let left = source.orderId ? quantity : addQuantities(quantity, -Math.max(0, totals.level(partId).available));
    const holders = source.orderId
      ? [source.orderId]
      : source.newestFirst
        ? totals
            .holdingOrderIds()
            .filter((id) => (totals.holdings(id).get(partId)?.reserved ?? 0) > 0)
            .toSorted((a, b) => (store.orders.get(b)?.receivedAt ?? '').localeCompare(store.orders.get(a)?.receivedAt ?? '') || (a < b ? 1 : -1))
        : [];
    for (const orderId of holders) {
      const take = Math.min(left, totals.holdings(orderId).get(partId)?.reserved ?? 0);
      if (take <= 0) continue;
      moves.push(newMove(ctx, actorId, at(), { partId, kind: 'release', quantity: take, orderId, trigger: 'taken_off_shelf' }));
      left = addQuantities(left, -take);
    }
    return moves;
  };

  return {
    'parts.list': ({ query, attention, includeInactive, limit }) => {
      const levels = allLevels(ctx);
      const short = shortages(ctx);
      const words = textKey(query).split(/\s+/).filter(Boolean);
      return store.parts
        .all()
        .filter((p) => (includeInactive || p.active) && matches(p, words))
        .map((p) => partRow(ctx, p, levels.get(p.id) ?? NO_STOCK, short.get(p.id) ?? 0))
        .filter((r) => !attention || r.belowMin || r.shortage > 0)
        .toSorted((a, b) => a.sku.localeCompare(b.sku))
        .slice(0, limit);
    },

    'parts.save': (input, caller) => savePart(ctx, caller, input),

    'parts.ledger': ({ partId, limit }) => {
      const part = getPart(ctx, partId);
      const moves = movesOf(ctx, 'partId', partId);
      const totals = ledgerTotals(ctx);
      const holders = [...new Set(moves.filter((m) => m.kind === 'reservation' && m.orderId).map((m) => m.orderId!))]
        .map((orderId) => ({ orderId, number: store.orders.get(orderId)?.number ?? '', reserved: totals.holdings(orderId).get(partId)?.reserved ?? 0 }))
        .filter((h) => h.reserved > 0);
      return {
        part: row(part),
        total: moves.length,
        holders,
        moves: moves
          .slice(-limit)
          .reverse()
          .map((m) => ({ ...m, byName: store.staff.get(m.by)?.name ?? '', orderNumber: m.orderId ? store.orders.get(m.orderId)?.number : undefined })),
      };
    },

    'parts.receive': (input, caller) => receivePart(ctx, caller, input),

    'parts.adjust': ({ partId, counted, reason, locationId }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'parts.adjust');
        const part = getPart(ctx, partId);
        checkQuantity(part, counted, 'counted');
        if (locationId) getLocation(ctx, locationId);
        // The count is of one place: the workshop's shelves, or a van.
        const delta = addQuantities(counted, -ledgerTotals(ctx).onHandAt(partId, locationId));
        if (delta === 0) return row(part);
        // Fewer on the shelf than orders hold: the newest orders give theirs up in the same batch and wait again.
        const releases = delta < 0 && !locationId ? releasesFor(partId, -delta, caller.id, { newestFirst: true }) : [];
        await appendMoves(ctx, [...releases, newMove(ctx, caller.id, at(), { partId, kind: 'adjustment', quantity: delta, reason, locationId })], 'counted');
        if (delta > 0) await followUp('Serving waiting orders', () => allocateToWaiting(ctx, new Set([partId]), caller.id, at()));
        return row(part);
      }),

    'parts.writeOff': ({ partId, quantity, orderId, reason }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'parts.adjust');
        const part = getPart(ctx, partId);
        checkQuantity(part, quantity);
        if (orderId && !store.orders.get(orderId)) throw new DomainError('validation', 'No such order.', { orderId: 'not_found' });
        const releases = orderId ? releasesFor(partId, quantity, caller.id, { orderId }) : [];
        await appendMoves(ctx, [...releases, newMove(ctx, caller.id, at(), { partId, kind: 'write_off', quantity, orderId, reason })]);
        return row(part);
      }),

    'parts.returnToSupplier': ({ partId, quantity, supplierId, cause, orderId, reason }, caller) =>
      store.exclusive(async () => {
        // A return is paperwork with the supplier (and a credit note): clerks and managers, not technicians.
        requireRole(ctx, caller, 'parts.returnToSupplier');
        const part = getPart(ctx, partId);
        checkQuantity(part, quantity);
        getCounterparty(ctx, supplierId, 'supplierId');
        if (orderId && !store.orders.get(orderId)) throw new DomainError('validation', 'No such order.', { orderId: 'not_found' });
        // The unit returned for an order is the one it held: its reservation goes with it, and the order waits again.
        const releases = orderId ? releasesFor(partId, quantity, caller.id, { orderId }) : [];
        const taken = newMove(ctx, caller.id, at(), { partId, kind: 'return_to_supplier', quantity, supplierId, cause, orderId, reason: reason || undefined });
        await appendMoves(ctx, [...releases, taken]);
        return row(part);
      }),

    /** Returns per supplier and part in a period, supplier defects apart from workshop damage. */
    'parts.returnsSummary': (input) => returnsSummary(ctx, input),
  };
}
