import type { ChannelInput } from '../../shared/channels.js';
import { type Member, openBackend, staffedWorkshop, TEST_PIN } from '../platform/helpers.js';

/** Monday 9 March 2026, 08:00 in Israel: the visits are booked from here. */
export const MONDAY = new Date('2026-03-09T06:00:00Z');

/** A workshop in Israel with two technicians (one drives a van with two drain pumps on board), and a customer. */
export async function visitingWorkshop(options: { now?: () => Date } = {}) {
  const clock = { now: MONDAY };
  const t = await openBackend({ now: options.now ?? (() => clock.now) });
  const staff = await staffedWorkshop(t);
  const { manager } = staff;
  await manager.ok('settings.update', { ruleProfile: 'il', timeZone: 'Asia/Jerusalem', phoneCountry: 'IL', currency: 'ILS', workshop: { name: 'Fix-It Lab', phone: '+972 3 555 0100' } });
  const second = await t.signIn(await manager.ok('staff.create', { name: 'Yossi Levi', role: 'technician', pin: TEST_PIN }));
  const van = await manager.ok('parts.locations.save', { name: 'Van 1', technicianId: staff.technician.id });
  const pump = await manager.ok('parts.save', { sku: 'PUMP-01', name: 'Drain pump', unit: 'pcs', cost: 12000, price: 25000 });
  await manager.ok('parts.receive', { partId: pump.id, quantity: 5 });
  await manager.ok('parts.transfer', { partId: pump.id, quantity: 2, toLocationId: van.id });
  return { t, clock, ...staff, second, van, pump };
}

export type VisitingWorkshop = Awaited<ReturnType<typeof visitingWorkshop>>;

/** A customer in Tel Aviv with a new washing machine to install: the address is Hebrew with numbers. */
export function installation(technicianIds: string[], changes: Partial<ChannelInput<'visits.save'>> = {}): ChannelInput<'visits.save'> {
  return {
    kind: 'installation',
    customer: { kind: 'person', name: 'דנה כהן', phones: ['054-777-1234'], email: 'dana@example.test' },
    address: 'רחוב הרצל 12, דירה 5, תל אביב',
    units: [{ category: 'Washing machine', brand: 'Bosch', model: 'WAN28281', serial: 'WM-IL-0001', purchaseDate: '2026-03-01', warrantyMonths: 24 }],
    requestedFrom: '2026-03-10T08:00',
    requestedTo: '2026-03-10T12:00',
    start: '2026-03-10T09:00',
    end: '2026-03-10T10:30',
    technicianIds,
    travelMinutes: 30,
    bring: 'Inlet hose 1.5 m, spirit level',
    ...changes,
  };
}

export async function book(member: Member, input: ChannelInput<'visits.save'>) {
  return member.ok('visits.save', input);
}
