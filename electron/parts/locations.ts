import { DomainError } from '../../shared/platform/result.js';
import { quantityProblem } from '../../shared/parts/stock.js';
import type { StockLocation } from '../../shared/parts/locations.js';
import type { StockMove } from '../../shared/parts/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelOutput } from '../../shared/channels.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { appendMoves, getPart, ledgerTotals, newMove } from './stockLedger.js';

/**
 * Stock locations besides the workshop's store: the technicians' vans. A van's stock is the ledger's moves that
 * name it: a transfer loads it from the workshop (or unloads it back), a visit consumes from it (electron/visits/),
 * a count corrects it (parts.adjust with the van).
 */
export function getLocation(ctx: ServiceContext, id: string, field = 'locationId'): StockLocation {
  const location = ctx.store.stockLocations.get(id);
  if (!location) throw new DomainError('not_found', 'No such van.', { [field]: 'not_found' });
  return location;
}

/** The active van a technician drives, if any. */
export function vanOf(ctx: ServiceContext, technicianId: string): StockLocation | undefined {
  return ctx.store.stockLocations.all().find((l) => l.active && l.technicianId === technicianId);
}

function locationRow(ctx: ServiceContext, location: StockLocation): ChannelOutput<'parts.locations.list'>[number] {
  const onBoard = [...ledgerTotals(ctx).atLocation(location.id)].filter(([, q]) => q > 0);
  const valueAtCost = onBoard.reduce((sum, [partId, q]) => sum + Math.round((ctx.store.parts.get(partId)?.cost ?? 0) * q), 0);
  return { ...location, technicianName: location.technicianId ? ctx.store.staff.get(location.technicianId)?.name : undefined, parts: onBoard.length, valueAtCost };
}

type LocationChannels = 'parts.locations.list' | 'parts.locations.save' | 'parts.locations.stock' | 'parts.transfer';

export function locationHandlers(ctx: ServiceContext): Pick<Handlers, LocationChannels> {
  const { store } = ctx;
  return {
    'parts.locations.list': () => store.stockLocations.all().map((l) => locationRow(ctx, l)).toSorted((a, b) => a.name.localeCompare(b.name)),

    'parts.locations.save': ({ id, name, technicianId, active }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'parts.vans');
        const twin = store.stockLocations.all().find((l) => l.name.toLowerCase() === name.toLowerCase() && l.id !== id);
        if (twin) throw new DomainError('conflict', `A van named ${name} exists.`, { name: 'duplicate' });
        const driver = technicianId || undefined;
        if (driver) {
          const member = store.staff.get(driver);
          if (!member?.active) throw new DomainError('validation', 'No such staff member.', { technicianId: 'not_found' });
          const other = active && store.stockLocations.all().find((l) => l.active && l.technicianId === driver && l.id !== id);
          if (other) throw new DomainError('conflict', `${member.name} drives ${other.name} already.`, { technicianId: 'duplicate' });
        }
        const at = nowIso(ctx);
        const saved = id
          ? await store.stockLocations.replace({ ...getLocation(ctx, id, 'id'), name, technicianId: driver, active, updatedAt: at, updatedBy: caller.id })
          : await store.stockLocations.insert({ id: ctx.newId(), name, technicianId: driver, active, createdAt: at, updatedAt: at, updatedBy: caller.id });
        return locationRow(ctx, saved);
      }),

    'parts.locations.stock': ({ locationId }) => {
      getLocation(ctx, locationId);
      const totals = ledgerTotals(ctx);
      return [...totals.atLocation(locationId)]
        .filter(([, q]) => q !== 0)
        .flatMap(([partId, onHand]) => {
          const part = store.parts.get(partId);
          return part ? [{ partId, sku: part.sku, name: part.name, unit: part.unit, onHand, workshopAvailable: totals.level(partId).available }] : [];
        })
        .toSorted((a, b) => a.sku.localeCompare(b.sku));
    },

    'parts.transfer': ({ partId, quantity, fromLocationId, toLocationId, reason }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const part = getPart(ctx, partId);
        const problem = quantityProblem(part.unit, quantity);
        if (problem) throw new DomainError('validation', `${part.sku} is counted in ${part.unit}: ${quantity} does not fit.`, { quantity: problem });
        if ((fromLocationId ?? '') === (toLocationId ?? '')) throw new DomainError('validation', 'The parts go nowhere: choose another place.', { toLocationId: 'same_location' });
        if (fromLocationId) getLocation(ctx, fromLocationId, 'fromLocationId');
        // A van out of use may be emptied, not loaded.
        if (toLocationId && !getLocation(ctx, toLocationId, 'toLocationId').active) throw new DomainError('conflict', 'This van is not in use.', { toLocationId: 'inactive' });
        const move: StockMove = newMove(ctx, caller.id, nowIso(ctx), { partId, kind: 'transfer', quantity, locationId: fromLocationId, toLocationId, reason: reason || undefined });
        await appendMoves(ctx, [move]);
        const totals = ledgerTotals(ctx);
        return { partId, workshop: totals.onHandAt(partId), from: fromLocationId ? totals.onHandAt(partId, fromLocationId) : undefined, to: toLocationId ? totals.onHandAt(partId, toLocationId) : undefined };
      }),
  };
}

