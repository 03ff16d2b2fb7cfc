import { describe, expect, it } from 'vitest';
import { PERMISSIONS, may } from '../../shared/staff/index.js';
import { intakeInput, openBackend, staffedWorkshop, tempDir, validImei } from '../platform/helpers.js';

/** A workshop with its staff signed in, a device taken in, and a catalogue part priced 690.00. */
async function workshop() {
  const t = await openBackend({ now: () => new Date('2026-05-04T09:00:00Z') });
  const staff = await staffedWorkshop(t);
  const view = await staff.clerk.ok('orders.create', {
    ...intakeInput(),
    device: { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', imei: validImei(), purchaseDate: '2024-03-01', warrantyMonths: 12 },
  });
  const part = await staff.manager.ok('parts.save', { sku: 'SCR-S23', name: 'Display module Galaxy S23', cost: 42000, price: 69000 });
  return { t, view, part, ...staff };
}

describe('what a role may do: one table for the backend and the screens', () => {
  it('gives every manager-only action to managers, and the counter work to clerks too', () => {
    for (const action of ['settings.change', 'data.backup', 'data.restore', 'data.export', 'data.import', 'devices.correct', 'orders.belowCataloguePrice'] as const) {
      expect(PERMISSIONS[action], action).toEqual(['manager']);
      expect(may('manager', action)).toBe(true);
      expect(may('clerk', action)).toBe(false);
      expect(may('technician', action)).toBe(false);
      expect(may(undefined, action)).toBe(false);
    }
    expect(may('clerk', 'parts.counterparties')).toBe(true);
  });
});

describe('settings are a manager’s', () => {
  it('refuses a clerk every setting: the backup folder, legal rule overrides, the legal details, even the currency; nothing changes', async () => {
    const { clerk, technician, manager } = await workshop();
    const folder = await tempDir();
    const before = await clerk.ok('settings.get', {});
    for (const [who, member] of [['clerk', clerk], ['technician', technician]] as const) {
      for (const change of [
        { backupFolder: folder },
        { ruleOverrides: { repairDeadlineDays: 90 } },
        { workshop: { name: 'Other', legalName: 'Someone Else Ltd.', taxId: '000000000' } },
        { ruleProfile: 'ru' as const },
        { holidays: ['2026-05-05'] },
        { currency: 'USD' as const },
        { intakeTerms: { en: 'No warranty at all.' } },
      ]) {
        expect(await member.call('settings.update', change), `${who} ${JSON.stringify(change)}`).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { _: 'role' } } });
      }
    }
    expect(await clerk.ok('settings.get', {})).toEqual(before);
    expect((await manager.ok('settings.update', { backupFolder: folder, currency: 'USD' })).backupFolder).toBe(folder);
  });

  it('keeps the interface language for signed-in members only: without a session nothing is written', async () => {
    const { t, clerk } = await workshop();
    expect(await t.public.call('settings.setUiLanguage', { uiLanguage: 'he' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect((await t.public.ok('settings.get', {})).uiLanguage).toBe('en');
    expect((await clerk.ok('settings.setUiLanguage', { uiLanguage: 'he' })).uiLanguage).toBe('he');
  });
});

describe('backups are a manager’s', () => {
  it('refuses a clerk and a technician a backup: it copies every record', async () => {
    const { t, clerk, technician, manager } = await workshop();
    expect(await clerk.call('data.backups.create', {})).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { _: 'role' } } });
    expect(await technician.call('data.backups.create', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.public.call('data.backups.create', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await manager.ok('data.backups.list', {})).toEqual([]);
    await manager.ok('data.backups.create', {});
    expect(await manager.ok('data.backups.list', {})).toHaveLength(1);
  });
});

describe('device corrections are a manager’s', () => {
  it('does not let a clerk extend an expired warranty or move its purchase date', async () => {
    const { clerk, technician, manager, view } = await workshop();
    const card = (await clerk.ok('warranty.check', { code: view.device.imei! }))[0];
    expect(card.warranty.status).toBe('expired');
    for (const member of [clerk, technician]) {
      expect(await member.call('devices.update', { id: view.device.id, extendedUntil: '2027-12-31', extendedContract: 'EXT-1' })).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { _: 'role' } } });
      expect(await member.call('devices.update', { id: view.device.id, purchaseDate: '2026-04-01' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await clerk.ok('warranty.check', { code: view.device.imei! }))[0].warranty.status).toBe('expired');
    const corrected = await manager.ok('devices.update', { id: view.device.id, purchaseDate: '2026-04-01' });
    expect(corrected.warranty.status).not.toBe('expired');
  });
});

describe('a catalogue part below its catalogue price is a manager’s discount', () => {
  it('refuses a technician or clerk a catalogue part at 0 or under its price, by line; a manager may, and the lines stay as they are', async () => {
    const { technician, clerk, manager, view, part } = await workshop();
    const id = view.order.id;
    const line = (unitPrice: number) => ({ name: part.name, sku: part.sku, partId: part.id, unitPrice });
    for (const member of [technician, clerk]) {
      for (const price of [0, 68999]) {
        expect(await member.call('orders.setLines', { id, workLines: [], partLines: [{ name: 'Glue', unitPrice: 0 }, line(price)] })).toMatchObject({
          ok: false,
          error: { code: 'forbidden', fields: { 'partLines.1.unitPrice': 'below_catalogue_price' } },
        });
      }
    }
    expect((await clerk.ok('orders.get', { id })).order.partLines).toEqual([]);
    // At or above the catalogue price, and parts not from the catalogue at any price: anyone's.
    await technician.ok('orders.setLines', { id, workLines: [], partLines: [line(69000), { name: 'Glue', unitPrice: 0 }] });
    await technician.ok('orders.setLines', { id, workLines: [], partLines: [line(75000)] });
    const discounted = await manager.ok('orders.setLines', { id, workLines: [], partLines: [line(50000)] });
    expect(discounted.order.partLines.map((l) => l.unitPrice)).toEqual([50000]);
    // The manager's discount stays when a technician saves the lines again with a work line added.
    const kept = await technician.ok('orders.setLines', { id, workLines: [{ description: 'Replace display', unitPrice: 15000 }], partLines: [line(50000)] });
    expect(kept.order.partLines.map((l) => l.unitPrice)).toEqual([50000]);
    // ...but does not become a licence for a second discounted unit.
    expect(await technician.call('orders.setLines', { id, workLines: [], partLines: [line(50000), line(50000)] })).toMatchObject({
      ok: false,
      error: { fields: { 'partLines.1.unitPrice': 'below_catalogue_price' } },
    });
  });
});
