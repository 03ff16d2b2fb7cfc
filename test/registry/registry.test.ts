import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseRegistryDate, suggestMapping } from '../../shared/registry/registry.js';
import { openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

async function workshop() {
  const t = await openBackend({ now: () => new Date('2026-06-01T09:00:00Z') });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'ru' });
  return { t, ...staff };
}

const RUSSIAN_CSV =
  '\ufeffСерийный номер;IMEI;Марка;Модель;Дата продажи;Гарантия;Продавец;Покупатель;Телефон\r\n' +
  `SN-001;${validImei('35290611123456')};Samsung;Galaxy S23;15.03.2026;12;ООО «Техника»;Иван Петров;+7 912 555-01-02\r\n` +
  'SN-002;;Bosch;WAN28281;31.01.2026;24;ООО «Техника»;;\r\n' +
  'SN-003;490154203237519;Bosch;WAN28281;01.02.2026;24;;;\r\n' + // wrong IMEI check digit
  'SN-004;;Bosch;WAN28281;31.02.2026;24;;;\r\n' + // no such date
  'SN-005;;;WAN28281;01.02.2026;24;;;\r\n' + // no brand
  'SN-002;;Bosch;WAN28281;;;;;\r\n'; // the same unit again: merged

describe('importing a registry of sold units', () => {
  it('maps Russian headers by itself and reports every bad row by line and field', async () => {
    const { clerk } = await workshop();
    const preview = await clerk.ok('registry.preview', { fileName: 'sales.csv', contentBase64: b64(RUSSIAN_CSV) });
    expect(preview.mapping).toMatchObject({ serial: 0, imei: 1, brand: 2, model: 3, purchaseDate: 4, warrantyMonths: 5, seller: 6, customerName: 7, customerPhone: 8 });
    expect(preview.counts).toEqual({ rows: 6, valid: 3, invalid: 3, merged: 1, new: 2, known: 0 });
    expect(preview.invalid.map((r) => [r.line, r.errors])).toEqual([
      [4, { imei: 'imei_checksum' }],
      [5, { purchaseDate: 'invalid_date' }],
      [6, { brand: 'required' }],
    ]);
  });

  it('imports the valid rows once: re-importing the same file changes nothing', async () => {
    const { t, clerk } = await workshop();
    const input = { fileName: 'sales.csv', contentBase64: b64(RUSSIAN_CSV) };
    expect(await clerk.ok('registry.import', input)).toEqual({ rows: 6, created: 2, updated: 0, unchanged: 0, merged: 1, invalid: 3 });
    const devicesFile = t.backend.store.devices.all().length;
    expect(await clerk.ok('registry.import', input)).toEqual({ rows: 6, created: 0, updated: 0, unchanged: 2, merged: 1, invalid: 3 });
    expect(t.backend.store.devices.all()).toHaveLength(devicesFile);

    const [card] = await clerk.ok('warranty.check', { code: 'SN-001' });
    expect(card.owner.name).toBe('Иван Петров');
    expect(card.warranty).toMatchObject({ status: 'under_warranty', start: '2026-03-15', end: '2027-03-15' });
    const [bosch] = await clerk.ok('warranty.check', { code: 'SN-002' });
    expect(bosch.device).toMatchObject({ purchaseDate: '2026-01-31', warrantyMonths: 24, seller: 'ООО «Техника»' });
  });

  it('updates a known unit when a newer registry corrects it', async () => {
    const { clerk } = await workshop();
    await clerk.ok('registry.import', { fileName: 'a.csv', contentBase64: b64('serial,brand,model,purchase date,warranty\nX-1,Acme,Kettle 2,2026-01-10,12\n') });
    const result = await clerk.ok('registry.import', { fileName: 'b.csv', contentBase64: b64('serial,brand,model,purchase date,warranty\nX-1,Acme,Kettle 2,2026-01-10,24\n') });
    expect(result).toMatchObject({ created: 0, updated: 1 });
    expect((await clerk.ok('warranty.check', { code: 'X-1' }))[0].device.warrantyMonths).toBe(24);
  });

  it('reads Hebrew headers and text, comma separators and quoted fields', async () => {
    const { clerk } = await workshop();
    const csv = 'מספר סידורי,יצרן,דגם,תאריך רכישה,אחריות,לקוח,טלפון\n"SV-22, IL",Dyson,V15 Detect,2026-02-01,24,מיכל אברהם,050-555-0177\n';
    const result = await clerk.ok('registry.import', { fileName: 'מכירות.csv', contentBase64: b64(csv) });
    expect(result.created).toBe(1);
    const [card] = await clerk.ok('warranty.check', { code: 'SV-22, IL' });
    expect(card.owner.name).toBe('מיכל אברהם');
  });

  it('reads an XLSX workbook with Excel date cells', async () => {
    const { clerk } = await workshop();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sales');
    sheet.addRow(['Serial', 'Brand', 'Model', 'Sale date', 'Warranty', 'Customer', 'Phone']);
    sheet.addRow(['XL-1', 'Lenovo', 'ThinkPad T14', new Date(Date.UTC(2026, 0, 31)), 12, 'Emily Clarke', '+44 20 7946 0958']);
    sheet.addRow(['XL-2', 'Lenovo', 'ThinkPad T14', 46053, 12, '', '']); // a date left as an Excel serial number
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await clerk.ok('registry.import', { fileName: 'sales.xlsx', contentBase64: bytes.toString('base64') });
    expect(result).toMatchObject({ created: 2, invalid: 0 });
    expect((await clerk.ok('warranty.check', { code: 'XL-1' }))[0].device.purchaseDate).toBe('2026-01-31');
    expect((await clerk.ok('warranty.check', { code: 'XL-2' }))[0].device.purchaseDate).toBe('2026-01-31');
  });

  it('refuses malformed files with a clear message and stores nothing', async () => {
    const { t, clerk } = await workshop();
    const before = t.backend.store.devices.all().length;
    const cases: Array<[string, string | Buffer, string]> = [
      ['empty.csv', '', 'required'],
      ['broken.xlsx', Buffer.from('PK\u0003\u0004 this is not a zip'), 'malformed'],
      ['latin1.csv', Buffer.from([0x53, 0x4e, 0x3b, 0xc9, 0xe9, 0x0a]), 'encoding'],
      ['quotes.csv', 'serial,brand,model\n"SN-1,Acme,Kettle\n', 'malformed'],
    ];
    for (const [fileName, content, code] of cases) {
      const result = await clerk.call('registry.import', { fileName, contentBase64: Buffer.from(content).toString('base64') });
      expect(result.ok, fileName).toBe(false);
      if (!result.ok) expect(Object.values(result.error.fields ?? {}), fileName).toContain(code);
    }
    const badMapping = await clerk.call('registry.preview', { fileName: 'a.csv', contentBase64: b64('serial\nA\n'), mapping: { brand: 7 } });
    expect(badMapping).toMatchObject({ ok: false, error: { fields: { 'mapping.brand': 'invalid_choice' } } });
    expect(t.backend.store.devices.all()).toHaveLength(before);
  });
});

describe('registry cells', () => {
  it.each([
    ['2026-01-31', '2026-01-31'],
    ['31.01.2026', '2026-01-31'],
    ['31/01/2026', '2026-01-31'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2026', null],
    ['46053', '2026-01-31'],
    ['yesterday', null],
  ])('reads the date %s as %s', (cell, expected) => {
    expect(parseRegistryDate(cell)).toBe(expected);
  });

  it('suggests a mapping from English, Russian and Hebrew headers', () => {
    expect(suggestMapping(['S/N', 'Make', 'Model', 'Date of sale'])).toEqual({ serial: 0, brand: 1, model: 2, purchaseDate: 3 });
    expect(suggestMapping(['דגם', 'יצרן', 'מספר סידורי'])).toEqual({ model: 0, brand: 1, serial: 2 });
  });
});

describe('the product model catalogue', () => {
  it('refuses registry rows of a model the catalogue does not list for its brand, and lends its defaults', async () => {
    const { manager, clerk } = await workshop();
    await manager.ok('registry.models.save', { category: 'Washing machine', brand: 'Bosch', model: 'WAN28281', warrantyMonths: 24, serviceLifeMonths: 84 });
    const csv = 'serial,brand,model,purchase date\nB-1,Bosch,WAN28281,2026-01-10\nB-2,Bosch,WAN99999,2026-01-10\nO-1,Other,Thing,2026-01-10\n';
    const preview = await manager.ok('registry.preview', { fileName: 'r.csv', contentBase64: b64(csv) });
    expect(preview.invalid.map((r) => [r.line, r.errors])).toEqual([[3, { model: 'unknown_model' }]]);
    await clerk.ok('registry.import', { fileName: 'r.csv', contentBase64: b64(csv) });
    const [card] = await manager.ok('warranty.check', { code: 'B-1' });
    expect(card.device).toMatchObject({ category: 'Washing machine', warrantyMonths: 24, serviceLifeMonths: 84 });
    expect(card.warranty.end).toBe('2028-01-10');
  });

  it('is kept by managers, one entry per brand and model', async () => {
    const { manager, clerk } = await workshop();
    const saved = await manager.ok('registry.models.save', { category: 'Phone', brand: 'Samsung', model: 'Galaxy S23', warrantyMonths: 12 });
    expect(await clerk.call('registry.models.save', { category: 'Phone', brand: 'X', model: 'Y' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await manager.call('registry.models.save', { category: 'Phone', brand: 'samsung', model: 'galaxy s23' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { model: 'duplicate' } },
    });
    await manager.ok('registry.models.save', { id: saved.id, category: 'Phone', brand: 'Samsung', model: 'Galaxy S23', warrantyMonths: 24 });
    expect((await manager.ok('registry.models.list', {})).map((m) => m.warrantyMonths)).toEqual([24]);
    const view = await clerk.ok('orders.create', {
      customer: { name: 'A', phones: ['+7 900 111-22-33'] },
      device: { category: 'Phone', brand: 'Samsung', model: 'Galaxy S23', serial: 'S-1', purchaseDate: '2026-01-01' },
      intake: { statedDefect: 'x' },
    });
    expect(view.device.warrantyMonths).toBe(24);
  });
});
