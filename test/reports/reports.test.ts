import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { inflatedEntry, zipEntries } from '../../electron/platform/workers/zip.js';
import { intakeInput, type Member, openBackend, staffedWorkshop, TEST_PIN, validImei } from '../platform/helpers.js';

const APRIL = { from: '2026-04-01', to: '2026-04-30' };

/**
 * An Israeli workshop in April 2026 (VAT 18% in the price): a paid repair of 800.00 paid by card and cash and handed
 * back, part of it refunded the next day; a Samsung warranty repair (display at cost 400.00, labour 150.00) claimed
 * from Samsung for 600.00 and settled at 500.00; a battery sold over the counter for 118.00 by transfer.
 */
async function aprilWorkshop() {
  const clock = { now: new Date('2026-04-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  const { manager, clerk, technician } = staff;
  await manager.ok('settings.update', { ruleProfile: 'il', currency: 'ILS', workshop: { name: 'Tikun Ltd' } });
  const samsung = await manager.ok('parts.counterparties.save', { name: 'Samsung Electronics', kinds: ['manufacturer'], brands: ['Samsung'] });
  const display = await manager.ok('parts.save', { sku: 'SCR-S23', name: 'Display module Galaxy S23', cost: 40_000, price: 69_000, manufacturerId: samsung.id });
  await manager.ok('parts.receive', { partId: display.id, quantity: 5, unitCost: 40_000 });
  const battery = await manager.ok('parts.save', { sku: 'BAT-1', name: 'Battery', cost: 5_000, price: 11_800 });
  await manager.ok('parts.receive', { partId: battery.id, quantity: 5 });

  const through = async (id: string, to: readonly ('diagnosing' | 'in_repair' | 'ready')[]) => {
    for (const step of to) await technician.ok('orders.transition', { id, to: step });
  };
  const base = intakeInput({ imei: validImei('35290611000101') });
  const paid = (await clerk.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid' } })).order;
  await technician.ok('orders.setLines', { id: paid.id, workLines: [{ description: 'Board repair', quantity: 1, unitPrice: 80_000 }], partLines: [] });
  await through(paid.id, ['diagnosing', 'in_repair', 'ready']);
  await clerk.ok('payments.record', { orderId: paid.id, amount: 50_000, method: 'card' });
  await manager.ok('payments.record', { orderId: paid.id, amount: 30_000, method: 'cash' });
  await clerk.ok('orders.transition', { id: paid.id, to: 'issued', outcome: 'repaired' });

  const warrantyInput = intakeInput({ imei: validImei('35290611000102') });
  const warranty = (await clerk.ok('orders.create', warrantyInput)).order;
  await technician.ok('orders.setLines', {
    id: warranty.id,
    workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 15_000 }],
    partLines: [{ name: 'Display module', sku: 'SCR-S23', partId: display.id, quantity: 1, unitPrice: 69_000 }],
  });
  await through(warranty.id, ['diagnosing', 'in_repair', 'ready']);
  const claim = await manager.ok('claims.counterparty.save', { kind: 'warranty_reimbursement', counterpartyId: samsung.id, counterpartyName: 'Samsung Electronics', subject: 'April warranty repairs', orderNumbers: [warranty.number], amountClaimed: 60_000 });
  await manager.ok('claims.counterparty.setStatus', { id: claim.id, to: 'sent' });
  await manager.ok('claims.counterparty.setStatus', { id: claim.id, to: 'settled', amountSettled: 50_000 });

  const sale = await clerk.ok('parts.sales.create', { lines: [{ partId: battery.id, quantity: 1 }] });
  await clerk.ok('payments.record', { saleId: sale.id, amount: 11_800, method: 'transfer' });

  clock.now = new Date('2026-04-02T09:00:00Z');
  await clerk.ok('payments.refund', { orderId: paid.id, amount: 5_000, method: 'cash', reason: 'Goodwill discount agreed' });
  return { t, clock, ...staff, samsung, paid, warranty, claim };
}

const exportsIn = async (dataDir: string) => readdir(join(dataDir, 'exports', 'reports')).catch(() => [] as string[]);

describe('the money report through its channel, on a real store', () => {
  it('adds the takings by day, method and staff member, the tax per rate with its source, and the warranty work against its claim', async () => {
    const { manager, clerk, warranty, claim, samsung } = await aprilWorkshop();
    const report = await manager.ok('reports.money', APRIL);
    expect(report.takings.total).toEqual({ paid: 91_800, refunded: 5_000, net: 86_800, count: 4 });
    expect(report.takings.days.map((d) => [d.date, d.methods.cash.net, d.methods.card.net, d.methods.transfer.net, d.total.net])).toEqual([
      ['2026-04-01', 30_000, 50_000, 11_800, 91_800],
      ['2026-04-02', -5_000, 0, 0, -5_000],
    ]);
    expect(report.takings.staff.map((s) => [s.name, s.total.paid, s.total.refunded, s.total.net])).toEqual([
      [clerk.name, 61_800, 5_000, 56_800],
      [manager.name, 30_000, 0, 30_000],
    ]);
    // 800.00 with 18% in it: tax 122.03 (80,000 × 18/118 = 12,203.4); the battery 118.00: tax 18.00. The warranty order charges the customer nothing.
    expect(report.tax.rates).toEqual([{ rate: 1800, from: '2025-01-01', documents: 2, net: 77_797, tax: 14_003, gross: 91_800 }]);
    expect(report.tax.source).toMatchObject({ key: 'il.tax.rates', confirmed: true });
    expect(report.tax.source.source).toContain('Value Added Tax Law');
    expect(report.warranty.rows).toEqual([
      expect.objectContaining({ orderId: warranty.id, basis: 'manufacturer', customer: 0, value: 84_000, partsAtCost: 40_000, labour: 15_000, cost: 55_000, claimed: 60_000, reimbursed: 50_000, difference: -5_000, manufacturerId: samsung.id, claims: [{ id: claim.id, number: claim.number, status: 'settled' }] }),
    ]);
    // Another month holds none of it.
    const may = await manager.ok('reports.money', { from: '2026-05-01', to: '2026-05-31' });
    expect([may.takings.days, may.tax.rates, may.warranty.rows]).toEqual([[], [], []]);
  });

  it('refuses a clerk both the report and the export, and writes no file', async () => {
    const { t, clerk } = await aprilWorkshop();
    expect(await clerk.call('reports.money', APRIL)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await clerk.call('reports.export', { ...APRIL, format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await clerk.call('reports.export', { ...APRIL, format: 'csv', table: 'takings' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await exportsIn(t.dataDir)).toEqual([]);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const { manager } = await aprilWorkshop();
    expect(await manager.call('reports.money', { from: '2026-04-30', to: '2026-04-01' })).toMatchObject({ ok: false, error: { fields: { to: 'before_from' } } });
    expect(await manager.call('reports.export', { from: '2026-04-30', to: '2026-04-01', format: 'csv' })).toMatchObject({ ok: false, error: { fields: { to: 'before_from' } } });
  });
});

describe('the exports, read back', () => {
  it('writes CSV in UTF-8 with a BOM: "," and a decimal point in Hebrew, ";" and a decimal comma in Russian, formula-like names made text', async () => {
    const { t, manager, paid } = await aprilWorkshop();
    // A staff member whose name a spreadsheet would run as a formula takes a payment.
    const sly: Member = await t.signIn(await manager.ok('staff.create', { name: '=HYPERLINK("http://x.example")', role: 'clerk', pin: TEST_PIN }));
    await sly.ok('payments.record', { orderId: paid.id, amount: 101, method: 'other' });

    const he = await manager.ok('reports.export', { ...APRIL, format: 'csv', table: 'staff', language: 'he' });
    const heBytes = Buffer.from(he.contentBase64, 'base64');
    expect([...heBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await readFile(he.file)).toEqual(heBytes);
    expect(he.file).toBe(join(t.dataDir, 'exports', 'reports', he.fileName));
    const heRows = Papa.parse<string[]>(heBytes.toString('utf8').slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(heRows[0]).toEqual(['עובד', 'מזומן', 'כרטיס אשראי', 'העברה בנקאית', 'אחר', 'התקבל', 'הוחזר', 'תקבולים', 'תשלומים והחזרים']);
    expect(heRows).toContainEqual(["'=HYPERLINK(\"http://x.example\")", '0', '0', '0', '1.01', '1.01', '0', '1.01', '1']);
    expect(heRows.at(-1)).toEqual(['סה"כ', '250', '500', '118', '1.01', '919.01', '50', '869.01', '5']);
    for (const cell of heRows.flat()) expect(cell).not.toMatch(/^[=+@]/);

    const ru = await manager.ok('reports.export', { ...APRIL, format: 'csv', table: 'takings', language: 'ru' });
    const ruRows = Papa.parse<string[]>(Buffer.from(ru.contentBase64, 'base64').toString('utf8').replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(ruRows[0]).toEqual(['День', 'Наличные', 'Карта', 'Банковский перевод', 'Другое', 'Принято', 'Возвращено', 'Выручка']);
    expect(ruRows[2]).toEqual(['2026-04-02', '-50', '0', '0', '1,01', '1,01', '50', '-48,99']);
    expect(ruRows.at(-1)).toEqual(['Итого', '250', '500', '118', '1,01', '919,01', '50', '869,01']);
    expect(ru.fileName).toBe('money-report-2026-04-01-2026-04-30-ru-takings.csv');
  });

  it('writes every table as an XLSX sheet: ExcelJS reads the amounts back as numbers, and the XML holds the Hebrew labels right to left', async () => {
    const { manager, warranty } = await aprilWorkshop();
    const file = await manager.ok('reports.export', { ...APRIL, format: 'xlsx', language: 'he' });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(await readFile(file.file)).toEqual(bytes);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['תקבולים לפי יום', 'תקבולים לפי עובד', 'מס לפי שיעור', 'עבודות אחריות']);
    const takings = book.worksheets[0];
    const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(takings, 3)[0]).toBe('יום');
    expect(values(takings, 6)).toEqual(['סה"כ', 250, 500, 118, 0, 918, 50, 868]);
    const tax = book.worksheets[2];
    expect(values(tax, 4)).toEqual([18, '2025-01-01', 2, 777.97, 140.03, 918]);
    const work = book.worksheets[3];
    expect(values(work, 4).slice(0, 2)).toEqual([warranty.number, '2026-04-01']);
    expect(values(work, 4).slice(5, 12)).toEqual([840, 400, 150, 550, 600, 500, -50]);

    const entries = zipEntries(bytes);
    const xml = (name: string) => inflatedEntry(bytes, entries.find((e) => e.name === name)!).toString('utf8');
    expect(xml('xl/workbook.xml').match(/<sheet /g)).toHaveLength(4);
    expect(xml('xl/sharedStrings.xml')).toContain('עבודות אחריות ללא חיוב הלקוח');
    expect(xml('xl/worksheets/sheet1.xml')).toContain('rightToLeft="1"');
  });
});
