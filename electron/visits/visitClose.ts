import { DomainError } from '../../shared/platform/result.js';
import { channels, type ChannelParsedInput } from '../../shared/channels.js';
import { correctionsOf } from '../../shared/platform/corrections.js';
import { addQuantities, quantityProblem } from '../../shared/parts/index.js';
import type { Device } from '../../shared/devices/index.js';
import type { StockMove } from '../../shared/parts/index.js';
import { dayOf } from '../../shared/visits/slots.js';
import { KINDS_WITH_ACT, type Visit } from '../../shared/visits/schemas.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { appendMoves, getLocation, getPart, movesOf, newMove } from '../parts/index.js';
import { createOrder } from '../orders/index.js';
import { today } from '../rules/index.js';
import { getVisit, viewOf } from './visitViews.js';
import { requirePlanned } from './visits.js';

type CloseInput = ChannelParsedInput<'visits.close'>;

/**
 * The stock moves a visit's part lines call for beyond what the ledger already took for this visit, per part and
 * place: a retry after a failed save takes nothing twice (as the orders' parts do, electron/parts/stockLedger.ts).
 */
function partMoves(ctx: ServiceContext, visit: Visit, lines: CloseInput['partLines'], actorId: string, at: string): StockMove[] {
  const taken = new Map<string, number>();
  for (const move of movesOf(ctx, 'visitId', visit.id)) {
    if (move.kind !== 'consumption') continue;
    const key = `${move.partId} ${move.locationId ?? ''}`;
    taken.set(key, addQuantities(taken.get(key) ?? 0, move.quantity));
  }
  const moves: StockMove[] = [];
  lines.forEach((line, i) => {
    if (!line.partId) return;
    const part = getPart(ctx, line.partId, `partLines.${i}.partId`);
    const problem = quantityProblem(part.unit, line.quantity);
    if (problem) throw new DomainError('validation', `${part.sku} is counted in ${part.unit}: ${line.quantity} does not fit.`, { [`partLines.${i}.quantity`]: problem });
    if (line.locationId) getLocation(ctx, line.locationId, `partLines.${i}.locationId`);
    const key = `${line.partId} ${line.locationId ?? ''}`;
    const already = taken.get(key) ?? 0;
    const take = Math.min(line.quantity, already);
    taken.set(key, addQuantities(already, -take));
    const quantity = addQuantities(line.quantity, -take);
    if (quantity > 0) moves.push(newMove(ctx, actorId, at, { partId: line.partId, kind: 'consumption', quantity, locationId: line.locationId, visitId: visit.id, reason: visit.number }));
  });
  return moves;
}

/**
 * An installation or commissioning done: each unit's installation date is the day it was installed, unless the
 * unit has one already. The warranty check starts from it where the rule profile says so; the change is on the
 * unit's record of corrections, naming the visit.
 */
function installedUnits(ctx: ServiceContext, visit: Visit, installedOn: string, actorId: string, at: string): Device[] {
  return visit.deviceIds.flatMap((id, i) => {
    const device = ctx.store.devices.get(id);
    if (!device || device.installationDate) return [];
    if (device.purchaseDate && installedOn < device.purchaseDate) {
      throw new DomainError('validation', `${device.brand} ${device.model} was bought on ${device.purchaseDate}, after ${installedOn}.`, { installedOn: 'before_purchase', [`units.${i}`]: 'before_purchase' });
    }
    const next: Device = { ...device, installationDate: installedOn, updatedAt: at, updatedBy: actorId };
    const corrections = correctionsOf(device, next, ['installationDate'], { at, by: actorId, reason: visit.number });
    return [{ ...next, corrections: [...(device.corrections ?? []), ...corrections] }];
  });
}

/** Close a visit on site: done with its lines (parts leave the van or the workshop), or not done with a note. */
export function closeVisit(ctx: ServiceContext, caller: Caller, input: CloseInput) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'visits.close');
    const visit = getVisit(ctx, input.id);
    requirePlanned(visit);
    const at = nowIso(ctx);
    if (input.outcome === 'not_done') {
      if (!input.note) throw new DomainError('validation', 'Say why the visit was not done.', { note: 'required' });
      if (input.workLines.length || input.partLines.length) throw new DomainError('validation', 'A visit not done has no work or parts.', { outcome: 'not_allowed' });
      const saved = await store.visits.replace({ ...visit, state: 'not_done', outcomeNote: input.note, closedAt: at, closedBy: caller.id, updatedAt: at, updatedBy: caller.id });
      return viewOf(ctx, saved);
    }
    const withAct = KINDS_WITH_ACT.includes(visit.kind);
    const installedOn = withAct ? (input.installedOn ?? dayOf(visit.start)) : undefined;
    if (installedOn && installedOn > today(ctx)) throw new DomainError('validation', 'The installation day is in the future.', { installedOn: 'in_future' });
    if (!withAct && input.installedOn) throw new DomainError('validation', 'Only an installation or a commissioning has an installation day.', { installedOn: 'not_allowed' });
    const units = installedOn ? installedUnits(ctx, visit, installedOn, caller.id, at) : [];
    const moves = partMoves(ctx, visit, input.partLines, caller.id, at);
    // The ledger first (a refused move stores nothing), then the units, then the visit: see partMoves for a retry.
    await appendMoves(ctx, moves, (partId) => `partLines.${input.partLines.findIndex((l) => l.partId === partId)}.quantity`);
    if (units.length) await store.devices.applyBatch([], units);
    const saved = await store.visits.replace({
      ...visit,
      state: 'done',
      outcomeNote: input.note || undefined,
      installedOn,
      checks: input.checks,
      workLines: input.workLines.map((line) => ({ ...line, id: ctx.newId() })),
      partLines: input.partLines.map((line) => ({ ...line, id: ctx.newId() })),
      closedAt: at,
      closedBy: caller.id,
      updatedAt: at,
      updatedBy: caller.id,
    });
    return viewOf(ctx, saved);
  });
}

/** The unit goes to the workshop: a repair order for it, and the visit closed as taken there. */
export async function visitToOrder(ctx: ServiceContext, caller: Caller, { id, deviceId, statedDefect, accessories, note }: ChannelParsedInput<'visits.toOrder'>) {
  requireRole(ctx, caller, 'visits.close');
  const visit = getVisit(ctx, id);
  requirePlanned(visit);
  if (!visit.deviceIds.includes(deviceId)) throw new DomainError('validation', 'The unit is not one of the visit\'s.', { deviceId: 'other_device' });
  const order = await createOrder(
    ctx,
    caller,
    channels['orders.create'].input.parse({ customer: { id: visit.customerId }, device: { id: deviceId }, intake: { statedDefect, accessories, demand: 'repair' } }),
  );
  // The order is taken in under its own lock (as at the counter); the visit then records it.
  return ctx.store.exclusive(async () => {
    const now = getVisit(ctx, id);
    const at = nowIso(ctx);
    const saved = await ctx.store.visits.replace({
      ...now,
      state: 'to_workshop',
      outcomeNote: note || now.outcomeNote,
      orderIds: [...(now.orderIds ?? []), order.order.id],
      closedAt: at,
      closedBy: caller.id,
      updatedAt: at,
      updatedBy: caller.id,
    });
    return viewOf(ctx, saved);
  });
}
