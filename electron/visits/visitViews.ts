import { DomainError } from '../../shared/platform/result.js';
import { formatTime } from '../../shared/platform/dates.js';
import { conflictsOf, daysFrom, dayOf, type Slot } from '../../shared/visits/slots.js';
import type { Visit, VisitCard, VisitView } from '../../shared/visits/schemas.js';
import type { Device } from '../../shared/devices/index.js';
import type { ServiceContext } from '../platform/context.js';
import { today, workshopTimeZone } from '../rules/index.js';
import { vanOf } from '../parts/index.js';
import { visitCharge } from './visitMoney.js';

export function getVisit(ctx: ServiceContext, id: string, field = 'id'): Visit {
  const visit = ctx.store.visits.get(id);
  if (!visit) throw new DomainError('not_found', 'No such visit.', { [field]: 'not_found' });
  return visit;
}

/** The workshop's wall clock now, as visits are timed ("2026-03-10T09:30"). */
export function localNow(ctx: ServiceContext): string {
  return `${today(ctx)}T${formatTime(ctx.now().toISOString(), workshopTimeZone(ctx))}`;
}

/** The calendar days a visit touches (a visit past midnight is on both). */
function daysOfVisit(visit: Pick<Visit, 'start' | 'end'>): string[] {
  const first = dayOf(visit.start);
  const last = dayOf(visit.end);
  return first === last ? [first] : daysFrom(first, Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1);
}

/** The visits of a day, through an index kept in step with every save: a week view reads seven lists, not every visit. */
export function visitsOn(ctx: ServiceContext, day: string): readonly Visit[] {
  return ctx.store.visits.byKey('day', daysOfVisit, day);
}

/** The visits of several days, each once. */
export function visitsOnDays(ctx: ServiceContext, days: readonly string[]): Visit[] {
  const seen = new Set<string>();
  const found: Visit[] = [];
  for (const day of days) {
    for (const visit of visitsOn(ctx, day)) {
      if (seen.has(visit.id)) continue;
      seen.add(visit.id);
      found.push(visit);
    }
  }
  return found;
}

/** Visits that take a technician's time: a cancelled one or one not done frees it. */
export const takesTime = (visit: Visit) => visit.state !== 'cancelled' && visit.state !== 'not_done';

export const slotOf = (visit: Visit): Slot => ({ id: visit.id, start: visit.start, end: visit.end, travelMinutes: visit.travelMinutes, technicianIds: visit.technicianIds });

export function unitLabel(device: Device | undefined): string {
  if (!device) return '';
  return [device.brand, device.model, device.serial ?? device.imei].filter(Boolean).join(' ');
}

export function cardOf(ctx: ServiceContext, visit: Visit): VisitCard {
  const customer = ctx.store.customers.get(visit.customerId);
  return {
    id: visit.id,
    number: visit.number,
    kind: visit.kind,
    state: visit.state,
    start: visit.start,
    end: visit.end,
    travelMinutes: visit.travelMinutes,
    technicianIds: visit.technicianIds,
    customerName: customer?.name ?? '',
    phone: visit.phone ?? customer?.phones[0] ?? '',
    address: visit.address,
    units: visit.deviceIds.map((id) => unitLabel(ctx.store.devices.get(id))),
    contractId: visit.contractId,
  };
}

export function viewOf(ctx: ServiceContext, visit: Visit): VisitView {
  const { store } = ctx;
  const customer = store.customers.get(visit.customerId);
  const sameDays = visitsOnDays(ctx, daysOfVisit(visit)).filter(takesTime);
  const conflicts = takesTime(visit) ? conflictsOf(sameDays.map(slotOf)).filter((c) => c.firstId === visit.id || c.secondId === visit.id) : [];
  return {
    visit,
    customerName: customer?.name ?? '',
    phones: customer?.phones ?? [],
    units: visit.deviceIds.map((id) => {
      const device = store.devices.get(id);
      return { id, label: unitLabel(device), serial: device?.serial ?? device?.imei, installationDate: device?.installationDate };
    }),
    technicians: visit.technicianIds.map((id) => {
      const van = vanOf(ctx, id);
      return { id, name: store.staff.get(id)?.name ?? '', vanId: van?.id, vanName: van?.name };
    }),
    orders: (visit.orderIds ?? []).map((id) => ({ id, number: store.orders.get(id)?.number ?? '' })),
    contractNumber: visit.contractId ? store.contracts.get(visit.contractId)?.number : undefined,
    conflicts,
    total: visitCharge(ctx, visit).total,
  };
}
