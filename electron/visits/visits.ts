import { DomainError } from '../../shared/platform/result.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import { addMinutes, durationOf, overlapping } from '../../shared/visits/slots.js';
import type { Visit } from '../../shared/visits/schemas.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { liveCustomer, newCustomer } from '../customers/index.js';
import { newDevice } from '../devices/index.js';
import { getVisit, slotOf, takesTime, viewOf, visitsOnDays } from './visitViews.js';
import { dayOf } from '../../shared/visits/slots.js';

/** Only a planned visit is booked again, moved or cancelled: one closed stays as it was closed. */
export function requirePlanned(visit: Visit): void {
  if (visit.state !== 'planned') throw new DomainError('conflict', `Visit ${visit.number} is closed (${visit.state}).`, { id: 'visit_closed' });
}

/** Technicians go on visits: active members who are technicians or managers. */
function checkTechnicians(ctx: ServiceContext, ids: readonly string[]): void {
  ids.forEach((id, i) => {
    const member = ctx.store.staff.get(id);
    if (!member?.active) throw new DomainError('validation', 'No such staff member.', { [`technicianIds.${i}`]: 'not_found' });
    if (member.role === 'clerk') throw new DomainError('validation', `${member.name} is not a technician.`, { [`technicianIds.${i}`]: 'not_technician' });
  });
  if (new Set(ids).size !== ids.length) throw new DomainError('validation', 'A technician is named twice.', { technicianIds: 'duplicate' });
}

/**
 * A technician who would have two visits at once is refused at the start field, naming the other visit, unless
 * the clerk confirms (then who confirmed is kept on the visit).
 */
function checkOverlap(ctx: ServiceContext, slot: { id?: string; start: string; end: string; technicianIds: readonly string[] }, confirmed: boolean): void {
  if (confirmed) return;
  const others = visitsOnDays(ctx, [dayOf(slot.start), dayOf(slot.end)])
    .filter((v) => v.id !== slot.id && takesTime(v))
    .map(slotOf);
  for (const technicianId of slot.technicianIds) {
    const [clash] = overlapping(slot, technicianId, others);
    if (clash) {
      const name = ctx.store.staff.get(technicianId)?.name ?? '';
      const number = ctx.store.visits.get(clash.id)?.number ?? '';
      throw new DomainError('conflict', `${name} has visit ${number} at that time (${clash.start.slice(11)}–${clash.end.slice(11)}); confirm to book both.`, { start: 'double_booked' });
    }
  }
}

/** Book a visit or a counter appointment, or change a planned one. Nothing is stored when any check refuses. */
export function saveVisit(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'visits.save'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'visits.plan');
    const existing = input.id ? getVisit(ctx, input.id) : undefined;
    if (existing) requirePlanned(existing);
    checkTechnicians(ctx, input.technicianIds);
    const customer: Customer = 'id' in input.customer ? liveCustomer(ctx, input.customer.id, 'customer.id') : newCustomer(ctx, input.customer, caller.id);
    const newDevices: Device[] = [];
    const deviceIds = input.units.map((unit, i) => {
      if ('id' in unit) {
        if (!store.devices.get(unit.id)) throw new DomainError('validation', 'No such unit.', { [`units.${i}.id`]: 'not_found' });
        return unit.id;
      }
      const device = newDevice(ctx, unit, customer.id, caller.id);
      newDevices.push(device);
      return device.id;
    });
    if (new Set(deviceIds).size !== deviceIds.length) throw new DomainError('validation', 'A unit is named twice.', { units: 'duplicate' });
    if (input.contractId) checkContract(ctx, input.contractId, customer.id);
    const slot = { id: existing?.id, start: input.start, end: input.end, technicianIds: input.technicianIds };
    checkOverlap(ctx, slot, input.confirmOverlap);

    const at = nowIso(ctx);
    const visit: Visit = {
      id: existing?.id ?? ctx.newId(),
      number: existing?.number ?? ctx.sequences.next('V', ctx.now().getUTCFullYear(), () => store.visits.all().map((v) => v.number)),
      kind: input.kind,
      state: 'planned',
      customerId: customer.id,
      address: input.address ?? '',
      phone: input.phone || undefined,
      deviceIds,
      requestedFrom: input.requestedFrom || undefined,
      requestedTo: input.requestedTo || undefined,
      start: input.start,
      end: input.end,
      technicianIds: input.technicianIds,
      travelMinutes: input.travelMinutes,
      bring: input.bring || undefined,
      notes: input.notes || undefined,
      contractId: input.contractId,
      overlapConfirmedBy: input.confirmOverlap ? caller.id : existing?.overlapConfirmedBy,
      workLines: existing?.workLines ?? [],
      partLines: existing?.partLines ?? [],
      orderIds: existing?.orderIds,
      createdAt: existing?.createdAt ?? at,
      createdBy: existing?.createdBy ?? caller.id,
      updatedAt: at,
      updatedBy: caller.id,
    };
    // The customer and units are written before the visit that names them: a crash leaves no visit of nobody.
    if (!('id' in input.customer)) await store.customers.insert(customer);
    if (newDevices.length) await store.devices.applyBatch(newDevices, []);
    const saved = existing ? await store.visits.replace(visit) : await store.visits.insert(visit);
    if (!existing) ctx.sequences.commit(saved.number);
    return viewOf(ctx, saved);
  });
}

/** A visit under a contract: the contract exists and is the customer's. */
function checkContract(ctx: ServiceContext, contractId: string, customerId: string): void {
  const contract = ctx.store.contracts.get(contractId);
  if (!contract) throw new DomainError('validation', 'No such contract.', { contractId: 'not_found' });
  if (contract.customerId !== customerId) throw new DomainError('validation', 'The contract is another customer\'s.', { contractId: 'other_customer' });
}

/** Move a planned visit (the calendar's drag, or its keyboard equivalent): same length unless an end is given. */
export function rescheduleVisit(ctx: ServiceContext, caller: Caller, { id, start, end, technicianIds, confirmOverlap }: ChannelParsedInput<'visits.reschedule'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'visits.plan');
    const visit = getVisit(ctx, id);
    requirePlanned(visit);
    const technicians = technicianIds ?? visit.technicianIds;
    checkTechnicians(ctx, technicians);
    const newEnd = end ?? addMinutes(start, durationOf(visit));
    checkOverlap(ctx, { id, start, end: newEnd, technicianIds: technicians }, confirmOverlap);
    const at = nowIso(ctx);
    const saved = await store.visits.replace({
      ...visit,
      start,
      end: newEnd,
      technicianIds: technicians,
      overlapConfirmedBy: confirmOverlap ? caller.id : visit.overlapConfirmedBy,
      // A reminder was of the old window: the new one is reminded again.
      remindedAt: undefined,
      reminder: undefined,
      updatedAt: at,
      updatedBy: caller.id,
    });
    return viewOf(ctx, saved);
  });
}

export function cancelVisit(ctx: ServiceContext, caller: Caller, { id, reason }: ChannelParsedInput<'visits.cancel'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'visits.plan');
    const visit = getVisit(ctx, id);
    requirePlanned(visit);
    const at = nowIso(ctx);
    const saved = await store.visits.replace({ ...visit, state: 'cancelled', cancelReason: reason, closedAt: at, closedBy: caller.id, updatedAt: at, updatedBy: caller.id });
    return viewOf(ctx, saved);
  });
}
