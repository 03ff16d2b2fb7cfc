import { describe, expect, it } from 'vitest';
import { snapshot } from '../platform/helpers.js';
import { visitingWorkshop } from '../visits/workshop.js';

/** A company with two units on record (a unit is registered with the customer by a first visit). */
async function companyWithUnits() {
  const w = await visitingWorkshop();
  const first = await w.clerk.ok('visits.save', {
    kind: 'installation',
    customer: { kind: 'company', name: 'Café Roma Ltd', phones: ['03-555-7788'] },
    address: 'דיזנגוף 99, תל אביב',
    units: [
      { category: 'Coffee machine', brand: "De'Longhi", model: 'Magnifica S', serial: 'CM-001' },
      { category: 'Dishwasher', brand: 'Bosch', model: 'SMS4', serial: 'DW-002' },
    ],
    start: '2026-03-09T13:00',
    end: '2026-03-09T15:00',
    technicianIds: [w.technician.id],
  });
  return { ...w, customerId: first.visit.customerId, deviceIds: first.visit.deviceIds };
}

const terms = (customerId: string, deviceIds: string[], technicianId: string) => ({
  customerId,
  deviceIds,
  address: 'דיזנגוף 99, תל אביב',
  startsOn: '2026-03-16',
  endsOn: '2027-03-15',
  responseHours: 24,
  includes: { labour: true, parts: false, visitsPerYear: 4 },
  price: 240000,
  everyMonths: 3,
  visitTime: '08:30',
  visitMinutes: 90,
  technicianId,
});

describe('a service contract', () => {
  it('covers the customer\'s units, plans its maintenance (previewed, then once), and charges no labour on the included visits', async () => {
    const w = await companyWithUnits();
    const contract = await w.manager.ok('contracts.save', terms(w.customerId, w.deviceIds, w.technician.id));
    expect(contract).toMatchObject({ number: 'SC-2026-00001', state: 'upcoming', units: ["De'Longhi Magnifica S CM-001", 'Bosch SMS4 DW-002'] });
    const preview = await w.manager.ok('contracts.preview', { until: '2026-12-31' });
    expect(preview).toMatchObject({ count: 4, created: 0 });
    expect(preview.visits.map((v) => v.start)).toEqual(['2026-03-16T08:30', '2026-06-16T08:30', '2026-09-16T08:30', '2026-12-16T08:30']);
    expect(w.t.backend.store.visits.all()).toHaveLength(1);
    expect(await w.manager.ok('contracts.plan', { until: '2026-12-31' })).toMatchObject({ count: 4, created: 4 });
    expect(await w.manager.ok('contracts.plan', { until: '2026-12-31' })).toMatchObject({ count: 0, created: 0 });
    const week = await w.clerk.ok('visits.calendar', { from: '2026-03-16', days: 7 });
    expect(week.visits).toMatchObject([{ kind: 'maintenance', start: '2026-03-16T08:30', end: '2026-03-16T10:00', technicianIds: [w.technician.id], contractId: contract.id, units: ["De'Longhi Magnifica S CM-001", 'Bosch SMS4 DW-002'] }]);

    w.clock.now = new Date('2026-03-16T10:00:00Z');
    const [first] = week.visits;
    const closed = await w.technician.ok('visits.close', {
      id: first.id,
      outcome: 'done',
      workLines: [{ description: 'Descaling', unitPrice: 20000 }],
      partLines: [{ name: 'Water filter', unitPrice: 6000 }],
    });
    expect(closed.contractNumber).toBe('SC-2026-00001');
    expect(closed.total).toBe(6000);
    const got = await w.clerk.ok('contracts.get', { id: contract.id });
    expect(got.contract.nextVisit).toBe('2026-06-16T08:30');
    expect(got.visits.map((v) => v.state)).toEqual(['done', 'planned', 'planned', 'planned']);
  });

  it('refuses a contract with no units, another customer\'s unit, or a schedule of too many visits, storing nothing', async () => {
    const w = await companyWithUnits();
    await w.t.backend.store.flush();
    const before = await snapshot(w.t.dataDir);
    const base = terms(w.customerId, w.deviceIds, w.technician.id);
    expect(await w.manager.call('contracts.save', { ...base, deviceIds: [] })).toMatchObject({ ok: false, error: { fields: { deviceIds: 'no_units' } } });
    expect(await w.manager.call('contracts.save', { ...base, endsOn: '2026-03-01' })).toMatchObject({ ok: false, error: { fields: { endsOn: 'end_before_start' } } });
    expect(await w.manager.call('contracts.save', { ...base, endsOn: '2036-03-15', everyMonths: 1 })).toMatchObject({ ok: false, error: { fields: { everyMonths: 'too_many_visits' } } });
    expect(w.t.backend.store.contracts.all()).toHaveLength(0);
    await w.t.backend.store.flush();
    expect(await snapshot(w.t.dataDir)).toEqual(before);
    const other = await w.clerk.ok('visits.save', { kind: 'counter', customer: { kind: 'person', name: 'Someone Else', phones: ['052-111-2222'] }, units: [{ category: 'Kettle', brand: 'Tefal', model: 'K1', serial: 'K-1' }], start: '2026-03-10T10:00', end: '2026-03-10T10:15' });
    await w.t.backend.store.flush();
    const withOther = await snapshot(w.t.dataDir);
    expect(await w.manager.call('contracts.save', { ...base, deviceIds: [other.visit.deviceIds[0]] })).toMatchObject({ ok: false, error: { fields: { 'deviceIds.0': 'other_customer' } } });
    expect(await w.clerk.call('contracts.save', base)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await w.t.backend.store.flush();
    expect(await snapshot(w.t.dataDir)).toEqual(withOther);
    expect(await w.manager.call('contracts.plan', { until: '2026-01-01' })).toMatchObject({ ok: false, error: { fields: { until: 'before_today' } } });
  });

  it('ending soon it is on the dashboard until renewed; the renewal runs on from the next day', async () => {
    const w = await companyWithUnits();
    const contract = await w.manager.ok('contracts.save', { ...terms(w.customerId, w.deviceIds, w.technician.id), startsOn: '2025-04-01', endsOn: '2026-03-31' });
    const board = await w.clerk.ok('contracts.dashboard', {});
    expect(board.expiring.map((c) => c.number)).toEqual([contract.number]);
    expect(board.due.map((v) => v.number)).toEqual(['V-2026-00001']);
    const renewal = await w.manager.ok('contracts.renew', { id: contract.id, price: 260000 });
    expect(renewal).toMatchObject({ number: 'SC-2026-00002', startsOn: '2026-04-01', endsOn: '2027-03-31', price: 260000, renewsId: contract.id, state: 'upcoming' });
    expect((await w.clerk.ok('contracts.dashboard', {})).expiring).toEqual([]);
    expect(await w.manager.call('contracts.renew', { id: contract.id })).toMatchObject({ ok: false, error: { fields: { id: 'already_fulfilled' } } });
    const [old] = await w.clerk.ok('contracts.list', { state: 'expiring' });
    expect(old.renewalNumber).toBe('SC-2026-00002');
  });
});
