import { describe, expect, it } from 'vitest';
import { pdfText, snapshot } from '../platform/helpers.js';
import { book, installation, visitingWorkshop } from './workshop.js';

describe('booking a visit', () => {
  it('keeps the customer, the unit, both windows, the technician and the travel time; the address reads as typed', async () => {
    const w = await visitingWorkshop();
    const view = await book(w.clerk, installation([w.technician.id]));
    expect(view.visit).toMatchObject({
      number: 'V-2026-00001',
      kind: 'installation',
      state: 'planned',
      address: 'רחוב הרצל 12, דירה 5, תל אביב',
      requestedFrom: '2026-03-10T08:00',
      start: '2026-03-10T09:00',
      end: '2026-03-10T10:30',
      travelMinutes: 30,
      technicianIds: [w.technician.id],
    });
    expect(view.customerName).toBe('דנה כהן');
    expect(view.units).toMatchObject([{ label: 'Bosch WAN28281 WM-IL-0001', serial: 'WM-IL-0001' }]);
    expect(view.technicians).toMatchObject([{ name: 'Алексей Смирнов', vanName: 'Van 1' }]);
  });

  it('refuses, at the field and storing nothing: an end before the start, no technician, no unit, a hidden direction mark in the address', async () => {
    const w = await visitingWorkshop();
    await w.t.backend.store.flush();
    const before = await snapshot(w.t.dataDir);
    const refused = async (input: Parameters<typeof installation>[1]) => {
      const result = await w.clerk.call('visits.save', installation([w.technician.id], input));
      expect(result.ok).toBe(false);
      return result.ok ? {} : result.error.fields;
    };
    expect(await refused({ end: '2026-03-10T08:30' })).toEqual({ end: 'end_before_start' });
    expect(await refused({ requestedTo: '2026-03-10T07:00' })).toEqual({ requestedTo: 'end_before_start' });
    expect(await refused({ technicianIds: [] })).toEqual({ technicianIds: 'no_technician' });
    expect(await refused({ units: [] })).toEqual({ units: 'no_units' });
    expect(await refused({ address: 'רחוב הרצל \u202E12' })).toEqual({ address: 'bidi_control' });
    expect(await refused({ start: '2026-02-30T09:00' })).toMatchObject({ start: 'invalid_date' });
    expect(await refused({ technicianIds: [w.clerk.id] })).toEqual({ 'technicianIds.0': 'not_technician' });
    await w.t.backend.store.flush();
    expect(await snapshot(w.t.dataDir)).toEqual(before);
  });

  it('books a technician twice at once only when the clerk confirms, and says whose visit clashes', async () => {
    const w = await visitingWorkshop();
    const first = await book(w.clerk, installation([w.technician.id]));
    const other = installation([w.technician.id], { customer: { id: first.visit.customerId }, units: [], kind: 'home_diagnosis', start: '2026-03-10T10:00', end: '2026-03-10T11:00' });
    const refused = await w.clerk.call('visits.save', other);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', fields: { start: 'double_booked' } } });
    expect(refused.ok || refused.error.message).toContain('V-2026-00001');
    expect(w.t.backend.store.visits.all()).toHaveLength(1);
    const booked = await w.clerk.ok('visits.save', { ...other, confirmOverlap: true });
    expect(booked.visit.overlapConfirmedBy).toBe(w.clerk.id);
    expect(booked.conflicts).toEqual([{ technicianId: w.technician.id, kind: 'overlap', firstId: first.visit.id, secondId: booked.visit.id, minutes: 30 }]);
  });

  it('a counter appointment needs no address nor technician', async () => {
    const w = await visitingWorkshop();
    const view = await book(w.clerk, installation([], { kind: 'counter', address: '', units: [], start: '2026-03-10T16:00', end: '2026-03-10T16:15', travelMinutes: 0 }));
    expect(view.visit).toMatchObject({ kind: 'counter', address: '', technicianIds: [] });
  });
});

describe('the calendar', () => {
  it('shows a week of every technician with the overlaps and the drives that do not fit', async () => {
    const w = await visitingWorkshop();
    const a = await book(w.clerk, installation([w.technician.id]));
    const customer = { id: a.visit.customerId };
    // 10:30 → 10:45 leaves 15 minutes for a 40-minute drive.
    const b = await book(w.clerk, installation([w.technician.id], { customer, units: [], kind: 'home_repair', start: '2026-03-10T10:45', end: '2026-03-10T11:30', travelMinutes: 40 }));
    await book(w.clerk, installation([w.second.id], { customer, units: [], kind: 'home_repair', start: '2026-03-12T13:00', end: '2026-03-12T14:00' }));
    const week = await w.clerk.ok('visits.calendar', { from: '2026-03-09', days: 7 });
    expect(week.days).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    expect(week.technicians.map((m) => m.name)).toEqual(['Yossi Levi', 'Алексей Смирнов']);
    expect(week.visits.map((v) => v.number)).toEqual(['V-2026-00001', 'V-2026-00002', 'V-2026-00003']);
    expect(week.conflicts).toEqual([{ technicianId: w.technician.id, kind: 'travel', firstId: a.visit.id, secondId: b.visit.id, minutes: 25 }]);
    const one = await w.clerk.ok('visits.calendar', { from: '2026-03-12', days: 1, technicianId: w.second.id });
    expect(one.visits.map((v) => v.number)).toEqual(['V-2026-00003']);
    expect(one.technicians.map((m) => m.name)).toEqual(['Yossi Levi']);
  });

  it('moves a visit keeping its length, to another technician, and refuses a clash unless confirmed', async () => {
    const w = await visitingWorkshop();
    const a = await book(w.clerk, installation([w.technician.id]));
    const b = await book(w.clerk, installation([w.second.id], { customer: { id: a.visit.customerId }, units: [], kind: 'home_repair', start: '2026-03-11T09:00', end: '2026-03-11T10:00' }));
    const moved = await w.clerk.ok('visits.reschedule', { id: a.visit.id, start: '2026-03-11T13:15' });
    expect(moved.visit).toMatchObject({ start: '2026-03-11T13:15', end: '2026-03-11T14:45' });
    expect(await w.clerk.call('visits.reschedule', { id: a.visit.id, start: '2026-03-11T09:30', technicianIds: [w.second.id] })).toMatchObject({ ok: false, error: { fields: { start: 'double_booked' } } });
    expect(w.t.backend.store.visits.get(a.visit.id)).toMatchObject({ start: '2026-03-11T13:15', technicianIds: [w.technician.id] });
    const both = await w.clerk.ok('visits.reschedule', { id: a.visit.id, start: '2026-03-11T09:30', technicianIds: [w.second.id], confirmOverlap: true });
    expect(both.conflicts.map((c) => [c.kind, c.firstId])).toEqual([['overlap', b.visit.id]]);
    expect(await w.clerk.call('visits.reschedule', { id: a.visit.id, start: '2026-03-11T09:30', end: '2026-03-11T09:00' })).toMatchObject({ ok: false, error: { fields: { end: 'end_before_start' } } });
  });
});

describe('closing a visit on site', () => {
  it('takes the part from the van of the technician who went, and the installation day becomes the unit\'s warranty start', async () => {
    const w = await visitingWorkshop();
    const booked = await book(w.clerk, installation([w.technician.id]));
    w.clock.now = new Date('2026-03-10T09:00:00Z');
    const closed = await w.technician.ok('visits.close', {
      id: booked.visit.id,
      outcome: 'done',
      checks: [{ label: 'Water pressure 2.5 bar', passed: true }, { label: 'Drain tested', passed: true }],
      workLines: [{ description: 'Installation', unitPrice: 30000, warrantyDays: 365 }],
      partLines: [{ name: 'Drain pump', sku: 'PUMP-01', partId: w.pump.id, quantity: 1, unitPrice: 25000, locationId: w.van.id }],
    });
    expect(closed.visit).toMatchObject({ state: 'done', installedOn: '2026-03-10', closedBy: w.technician.id });
    expect(closed.total).toBe(55000);
    expect(await w.clerk.ok('parts.locations.stock', { locationId: w.van.id })).toMatchObject([{ sku: 'PUMP-01', onHand: 1, workshopAvailable: 3 }]);
    const [pump] = await w.clerk.ok('parts.list', { query: 'PUMP-01' });
    expect(pump.stock).toEqual({ onHand: 4, reserved: 0, available: 3 });

    const [card] = await w.clerk.ok('warranty.check', { code: 'WM-IL-0001' });
    expect(card.device.installationDate).toBe('2026-03-10');
    expect(card.device.corrections).toMatchObject([{ field: 'installationDate', before: null, after: '2026-03-10', reason: 'V-2026-00001', by: w.technician.id }]);
    expect(card.warranty).toMatchObject({ start: '2026-03-10', end: '2028-03-10', steps: [{ kind: 'start', from: 'installation', date: '2026-03-10' }, { kind: 'months', months: 24 }] });

    const act = await w.technician.ok('visits.act', { visitId: booked.visit.id, kind: 'installation', language: 'en' });
    expect(act).toMatchObject({ kind: 'installation_act', number: 'IN-2026-00001', visitId: booked.visit.id });
    const text = await pdfText(await import('node:fs/promises').then((fs) => fs.readFile(`${w.t.dataDir}/${act.file}`)));
    expect(text).toContain('Installation act');
    expect(text).toContain('WM-IL-0001');
    expect(text).toContain('Water pressure 2.5 bar');
    expect(text).toContain('installation 10/03/2026 + 24 months = 10/03/2028');
    expect(text).toContain('Алексей Смирнов');
  });

  it('refuses more parts than the van holds, storing nothing, and a visit closed once stays closed', async () => {
    const w = await visitingWorkshop();
    const booked = await book(w.clerk, installation([w.technician.id]));
    w.clock.now = new Date('2026-03-10T09:00:00Z');
    const tooMany = await w.technician.call('visits.close', {
      id: booked.visit.id,
      outcome: 'done',
      partLines: [{ name: 'Drain pump', partId: w.pump.id, quantity: 3, unitPrice: 25000, locationId: w.van.id }],
    });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'partLines.0.quantity': 'not_enough_stock' } } });
    expect(w.t.backend.store.visits.get(booked.visit.id)?.state).toBe('planned');
    expect(w.t.backend.store.devices.all()[0].installationDate).toBeUndefined();
    expect(await w.technician.call('visits.close', { id: booked.visit.id, outcome: 'not_done' })).toMatchObject({ ok: false, error: { fields: { note: 'required' } } });
    await w.technician.ok('visits.close', { id: booked.visit.id, outcome: 'not_done', note: 'Nobody at home' });
    expect(await w.clerk.call('visits.reschedule', { id: booked.visit.id, start: '2026-03-12T09:00' })).toMatchObject({ ok: false, error: { fields: { id: 'visit_closed' } } });
    expect(await w.clerk.call('visits.close', { id: booked.visit.id, outcome: 'done' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('an installation in the future or before the purchase is refused at the installation day', async () => {
    const w = await visitingWorkshop();
    const booked = await book(w.clerk, installation([w.technician.id]));
    expect(await w.technician.call('visits.close', { id: booked.visit.id, outcome: 'done' })).toMatchObject({ ok: false, error: { fields: { installedOn: 'in_future' } } });
    expect(await w.technician.call('visits.close', { id: booked.visit.id, outcome: 'done', installedOn: '2026-02-20' })).toMatchObject({ ok: false, error: { fields: { installedOn: 'before_purchase' } } });
  });

  it('under a profile that counts from the purchase, the act says the warranty does not start at the installation', async () => {
    const w = await visitingWorkshop();
    await w.manager.ok('settings.update', { ruleProfile: 'eu' });
    const booked = await book(w.clerk, installation([w.technician.id]));
    await w.technician.ok('visits.close', { id: booked.visit.id, outcome: 'done', installedOn: '2026-03-09' });
    const [card] = await w.clerk.ok('warranty.check', { code: 'WM-IL-0001' });
    expect(card.warranty.steps[0]).toEqual({ kind: 'start', from: 'purchase', date: '2026-03-01' });
    const act = await w.technician.ok('visits.act', { visitId: booked.visit.id, kind: 'installation', language: 'en' });
    const text = await pdfText(await import('node:fs/promises').then((fs) => fs.readFile(`${w.t.dataDir}/${act.file}`)));
    expect(text.replace(/\s+/g, ' ')).toContain('the warranty runs from the purchase date, not from this installation (not set by the directives)');
  });

  it('takes the unit to the workshop: a repair order for it, the visit closed as taken there', async () => {
    const w = await visitingWorkshop();
    const booked = await book(w.clerk, installation([w.technician.id], { kind: 'home_diagnosis' }));
    const view = await w.technician.ok('visits.toOrder', { id: booked.visit.id, deviceId: booked.visit.deviceIds[0], statedDefect: 'Drum does not turn', accessories: [] });
    expect(view.visit.state).toBe('to_workshop');
    expect(view.orders).toEqual([{ id: expect.any(String), number: 'R-2026-00001' }]);
    const order = await w.clerk.ok('orders.get', { id: view.orders[0].id });
    expect(order.order).toMatchObject({ customerId: booked.visit.customerId, deviceId: booked.visit.deviceIds[0], intake: { statedDefect: 'Drum does not turn' } });
  });
});

describe('the route sheet', () => {
  it('lists a technician\'s day in visit order with addresses, phones, units and what to take', async () => {
    const w = await visitingWorkshop();
    const first = await book(w.clerk, installation([w.technician.id], { start: '2026-03-10T13:00', end: '2026-03-10T14:00' }));
    await book(w.clerk, installation([w.technician.id], { customer: { id: first.visit.customerId }, units: [], kind: 'home_repair', address: '12 Baker Street, London', start: '2026-03-10T09:00', end: '2026-03-10T10:00', bring: 'Door seal' }));
    const sheet = await w.clerk.ok('visits.routeSheet', { technicianId: w.technician.id, date: '2026-03-10', language: 'en' });
    expect(sheet).toMatchObject({ kind: 'route_sheet', number: 'RS-2026-00001', staffId: w.technician.id });
    expect(await w.clerk.ok('visits.routeSheet', { technicianId: w.technician.id, date: '2026-03-10', language: 'en' })).toEqual(sheet);
    const text = await pdfText(await import('node:fs/promises').then((fs) => fs.readFile(`${w.t.dataDir}/${sheet.file}`)));
    expect(text.indexOf('V-2026-00002')).toBeLessThan(text.indexOf('V-2026-00001'));
    expect(text).toContain('12 Baker Street');
    expect(text).toContain('09:00–10:00');
    expect(text).toContain('Door seal');
    expect(text).toContain('054-777-1234');
    expect(text).toContain('2 visits');
    await w.clerk.ok('visits.reschedule', { id: first.visit.id, start: '2026-03-10T15:00' });
    expect((await w.clerk.ok('visits.routeSheet', { technicianId: w.technician.id, date: '2026-03-10', language: 'en' })).number).toBe('RS-2026-00002');
  });
});
