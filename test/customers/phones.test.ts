import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHONES_MIGRATION } from '../../electron/customers/phoneMigration.js';
import { MANIFEST_FILE } from '../../electron/platform/store/manifest.js';
import { displayPhone, normalizePhone, phoneMatches, workshopCountry } from '../../shared/customers/phone.js';
import { intakeInput, openBackend, staffedWorkshop } from '../platform/helpers.js';

describe('phone numbers', () => {
  it('are kept in E.164 with the workshop country as default, and shown in its national format', () => {
    expect(normalizePhone('054-777-1234', 'IL')).toBe('+972547771234');
    expect(normalizePhone('+972 54-777-1234', 'IL')).toBe('+972547771234');
    expect(normalizePhone('8 (916) 123-45-67', 'RU')).toBe('+79161234567');
    expect(displayPhone('+972547771234', 'IL')).toBe('054-777-1234');
    expect(displayPhone('+79161234567', 'RU')).toBe('8 (916) 123-45-67');
    // A number of another country is shown with its code.
    expect(displayPhone('+79161234567', 'IL')).toBe('+7 916 123 45 67');
  });

  it('that are not valid numbers are kept as typed, whitespace collapsed, and still found by their digits', () => {
    expect(normalizePhone('  12  345 ', 'IL')).toBe('12 345');
    expect(displayPhone('12 345', 'IL')).toBe('12 345');
    expect(phoneMatches('12 345', '12345', 'IL')).toBe(true);
  });

  it('are found by a local, an international or a spaced spelling, and by their last seven digits', () => {
    for (const query of ['054-777-1234', '0547771234', '+972 54 777 1234', '972547771234', '7771234']) {
      expect(phoneMatches('+972547771234', query, 'IL'), query).toBe(true);
    }
    expect(phoneMatches('+972547771234', '055-777-1234', 'IL')).toBe(false);
    for (const query of ['8 916 123-45-67', '+7 (916) 123-45-67', '9161234567']) expect(phoneMatches('+79161234567', query, 'RU'), query).toBe(true);
  });

  it("belong to the rule profile's country unless the workshop chose another", () => {
    expect(workshopCountry({ ruleProfile: 'il' })).toBe('IL');
    expect(workshopCountry({ ruleProfile: 'uk' })).toBe('GB');
    expect(workshopCountry({ ruleProfile: 'eu' })).toBeUndefined();
    expect(workshopCountry({ ruleProfile: 'eu', phoneCountry: 'DE' })).toBe('DE');
    expect(workshopCountry({ ruleProfile: 'ru', phoneCountry: 'XX' })).toBe('RU');
  });
});

describe('finding a customer by phone', () => {
  it('finds a customer stored as "+972 54-777-1234" by "054-777-1234", "0547771234" and the last digits, in customers and orders', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await manager.ok('settings.update', { ruleProfile: 'il' });
    const view = await clerk.ok('orders.create', intakeInput({ name: 'Noa Levi', phone: '+972 54-777-1234' }));
    expect(view.customer.phones).toEqual(['+972547771234']);
    for (const query of ['054-777-1234', '0547771234', '054 777 1234', '7771234']) {
      expect((await clerk.ok('customers.search', { query })).map((c) => c.id), query).toEqual([view.customer.id]);
      expect((await clerk.ok('orders.list', { query })).rows.map((r) => r.id), query).toEqual([view.order.id]);
    }
  });

  it('normalizes the phones of customers saved before, once, at start-up', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await manager.ok('settings.update', { ruleProfile: 'ru' });
    const view = await clerk.ok('orders.create', intakeInput({ phone: '+7 912 555-01-02' }));
    // As a customer of an older version had it: the number as typed.
    await t.backend.store.customers.replace({ ...view.customer, phones: ['8 (912) 555-01-02', 'доб. 12'] });
    await t.close();
    // The manifest as an earlier version wrote it: it knew no one-time migrations.
    const manifestFile = join(t.dataDir, MANIFEST_FILE);
    const { migrated: _migrated, ...earlier } = JSON.parse(await readFile(manifestFile, 'utf8')) as { migrated?: string[] };
    await writeFile(manifestFile, JSON.stringify(earlier));
    const again = await openBackend({ dataDir: t.dataDir });
    expect(again.backend.store.customers.get(view.customer.id)?.phones).toEqual(['+79125550102', 'доб. 12']);
    expect((await (await again.signIn(clerk)).ok('customers.search', { query: '912 555 01 02' })).map((c) => c.id)).toEqual([view.customer.id]);

    // Done once: the data folder remembers it, and later starts do not parse every phone again.
    await again.backend.store.customers.replace({ ...view.customer, phones: ['8 (912) 555-01-03'] });
    await again.close();
    const third = await openBackend({ dataDir: t.dataDir });
    expect(third.backend.store.migrated(PHONES_MIGRATION)).toBe(true);
    expect(third.backend.store.customers.get(view.customer.id)?.phones).toEqual(['8 (912) 555-01-03']);
  });
});
