import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';

describe("correcting a unit's identity", () => {
  it('records the serial, IMEI and model corrected by a clerk, each with before and after', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const view = await clerk.ok('orders.create', intakeInput({ serial: 'R58T0O0111' }));
    const imei = validImei('35290611123457');
    const device = await clerk.ok('devices.correctIdentity', { id: view.device.id, serial: 'R58T000111', imei, model: 'Galaxy S23', reason: 'Read from the label' });
    expect(device).toMatchObject({ serial: 'R58T000111', imei });
    expect(device.corrections?.map((c) => [c.field, c.before, c.after, c.reason, c.by])).toEqual([
      ['serial', 'R58T0O0111', 'R58T000111', 'Read from the label', clerk.id],
      ['imei', view.device.imei, imei, 'Read from the label', clerk.id],
    ]);
    // Found by the corrected codes, no more by the typo.
    expect((await clerk.ok('devices.find', { code: 'R58T000111' })).map((f) => f.device.id)).toEqual([device.id]);
    expect(await clerk.ok('devices.find', { code: 'R58T0O0111' })).toEqual([]);
    expect((await clerk.ok('devices.correctIdentity', { id: device.id, serial: 'R58T000111' })).corrections).toHaveLength(2);
  });

  it('checks the IMEI as at intake and refuses a duplicate serial or IMEI naming the field, changing nothing', async () => {
    const t = await openBackend();
    const { clerk, technician } = await staffedWorkshop(t);
    const first = await clerk.ok('orders.create', intakeInput({ serial: 'AAA111' }));
    const second = await clerk.ok('orders.create', intakeInput({ imei: validImei('35290611123458'), serial: 'BBB222', phone: '+7 912 555-01-03' }));
    expect(await clerk.call('devices.correctIdentity', { id: second.device.id, imei: '352906111234580' })).toMatchObject({ ok: false, error: { fields: { imei: 'imei_checksum' } } });
    expect(await clerk.call('devices.correctIdentity', { id: second.device.id, imei: first.device.imei })).toMatchObject({ ok: false, error: { code: 'conflict', fields: { imei: 'duplicate_device' } } });
    expect(await clerk.call('devices.correctIdentity', { id: second.device.id, serial: 'aaa-111' })).toMatchObject({ ok: false, error: { fields: { serial: 'duplicate_device' } } });
    expect(await clerk.call('devices.correctIdentity', { id: second.device.id, serial: '', imei: '' })).toMatchObject({ ok: false, error: { fields: { serial: 'serial_or_imei' } } });
    expect(await technician.call('devices.correctIdentity', { id: second.device.id, model: 'S24' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.backend.store.devices.get(second.device.id)).toEqual(second.device);
  });

  it("keeps the warranty facts a manager's to correct, and records them too", async () => {
    const t = await openBackend();
    const { clerk, manager } = await staffedWorkshop(t);
    const view = await clerk.ok('orders.create', intakeInput());
    expect(await clerk.call('devices.update', { id: view.device.id, purchaseDate: '2025-01-10' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const card = await manager.ok('devices.update', { id: view.device.id, purchaseDate: '2025-01-10', reason: 'Receipt shown' });
    expect(card.device.corrections).toEqual([{ at: expect.any(String), by: manager.id, field: 'purchaseDate', before: null, after: '2025-01-10', reason: 'Receipt shown' }]);
  });
});
