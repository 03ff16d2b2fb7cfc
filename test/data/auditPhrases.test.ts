import { describe, expect, it } from 'vitest';
import { catalogue } from '../../shared/catalogue.js';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/channels.js';
import { AUDIT_SOURCES, UNAUDITED_CHANNELS } from '../../shared/data/auditLog.js';
import { COLLECTIONS } from '../../electron/platform/store/collections.js';
import type { Language } from '../../shared/platform/common.js';
import { localDate } from '../../shared/rules/index.js';
import { intakeInput, openBackend, staffedWorkshop } from '../platform/helpers.js';

const LANGUAGES: Language[] = ['en', 'ru', 'he'];
const unaudited: ReadonlySet<string> = new Set(UNAUDITED_CHANNELS);
const writing = CHANNEL_NAMES.filter((channel) => !unaudited.has(channel));

/** The phrase at a dot path of a language's catalogue, if there is a phrase (not a section) there. */
function phrase(language: Language, key: string): string | undefined {
  let node: unknown = catalogue[language];
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' && node.trim() ? node : undefined;
}

describe('the audit log speaks in words', () => {
  it('has a phrase in English, Russian and Hebrew for every channel that writes audit entries', () => {
    expect(writing.length).toBeGreaterThan(60);
    for (const language of LANGUAGES) {
      expect(writing.filter((channel) => !phrase(language, `audit.actions.${channel}`)), `channels without a phrase in ${language}`).toEqual([]);
      expect(AUDIT_SOURCES.filter((source) => !phrase(language, `audit.actions.${source}`)), `sources without a phrase in ${language}`).toEqual([]);
    }
  });

  it('lists as writing nothing only channels that exist, and gives none of them a phrase', () => {
    const names: ReadonlySet<string> = new Set(CHANNEL_NAMES);
    expect(UNAUDITED_CHANNELS.filter((channel) => !names.has(channel))).toEqual([]);
    expect(UNAUDITED_CHANNELS.filter((channel) => phrase('en', `audit.actions.${channel}`))).toEqual([]);
  });

  it('names the record of every collection the store keeps, and of a restore and a repaired log', () => {
    const collections = [...Object.values(COLLECTIONS).map((c) => c.name), 'backups', 'audit'];
    for (const language of LANGUAGES) expect(collections.filter((c) => !phrase(language, `audit.objects.${c}`)), language).toEqual([]);
  });

  it('finds no entry written by a channel said to write nothing, and a phrase for the channel of every entry a working day writes', async () => {
    const t = await openBackend();
    const { manager, technician, clerk } = await staffedWorkshop(t);
    await manager.ok('settings.update', { workshop: { name: 'Fix-It Haifa', address: 'Herzl 1, Haifa', phone: '+972 4 555 0101' }, ruleProfile: 'il' });
    const reads: Array<[ChannelName, () => Promise<unknown>]> = [];
    const view = await clerk.ok('orders.create', intakeInput());
    const id = view.order.id;
    await manager.ok('orders.assign', { id, technicianId: technician.id });
    for (const to of ['diagnosing'] as const) await technician.ok('orders.transition', { id, to });
    await technician.ok('orders.diagnose', { id, notes: 'Display cable loose' });
    await technician.ok('orders.setLines', { id, workLines: [{ description: 'Reseat display cable', unitPrice: 4000 }], partLines: [] });
    await clerk.ok('orders.intakeAct', { orderId: id, language: 'en' });
    await clerk.ok('payments.record', { orderId: id, amount: 1000, method: 'cash' });
    await manager.ok('settings.setTax', { rate: 1700, reason: 'Our accountant asked for 17%' });
    await manager.ok('loans.loaners.save', { inventoryNumber: 'LN-001', category: 'Smartphone', model: 'Samsung Galaxy A15', serial: 'R58T000111', value: 150000, condition: 'Good' });
    const part = await manager.ok('parts.save', { sku: 'C-1', name: 'Case', unit: 'pcs', cost: 100, price: 500, minStock: 0 });
    await clerk.ok('parts.receive', { partId: part.id, quantity: 2 });
    await clerk.ok('claims.save', { orderId: id, receivedOn: localDate(view.order.receivedAt), demand: 'repair', statement: 'Repair it please' });
    reads.push(
      ['orders.get', () => clerk.ok('orders.get', { id })],
      ['orders.list', () => clerk.ok('orders.list', {})],
      ['orders.dashboard', () => clerk.ok('orders.dashboard', {})],
      ['settings.get', () => clerk.ok('settings.get', {})],
      ['settings.setup', () => manager.ok('settings.setup', {})],
      ['payments.of', () => clerk.ok('payments.of', { orderId: id })],
      ['payments.cashDays', () => manager.ok('payments.cashDays', {})],
      ['parts.list', () => clerk.ok('parts.list', {})],
      ['parts.ledger', () => clerk.ok('parts.ledger', { partId: part.id })],
      ['loans.loaners.list', () => clerk.ok('loans.loaners.list', {})],
      ['claims.list', () => clerk.ok('claims.list', {})],
      ['documents.forOrder', () => clerk.ok('documents.forOrder', { orderId: id })],
      ['warranty.check', () => clerk.ok('warranty.check', { code: view.device.imei! })],
      ['data.audit.list', () => manager.ok('data.audit.list', {})],
    );
    const before = (await manager.ok('data.audit.list', { limit: 10_000 })).total;
    for (const [, read] of reads) await read();
    expect((await manager.ok('data.audit.list', { limit: 10_000 })).total, 'entries written by reading').toBe(before);

    const { rows } = await manager.ok('data.audit.list', { limit: 10_000 });
    const channels = [...new Set(rows.map((row) => row.channel ?? 'system'))];
    expect(channels.length).toBeGreaterThan(10);
    expect(channels.filter((channel) => unaudited.has(channel))).toEqual([]);
    expect(channels.filter((channel) => !phrase('en', `audit.actions.${channel}`))).toEqual([]);
  });
});
