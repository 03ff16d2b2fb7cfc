import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { intakeInput, validImei } from '../platform/helpers.js';
import { input, PHONE_IMEI, workshop } from './fixtures.js';

describe('importing a workshop history from another system', () => {
  it('maps Russian headers and shows every bad row with its reason before anything is stored', async () => {
    const { t, manager } = await workshop();
    const preview = await manager.ok('history.preview', input());
    expect(preview.mapping).toMatchObject({ orderNumber: 0, receivedAt: 1, completedAt: 2, handedBackAt: 3, status: 4, statedDefect: 5, warrantyBasis: 6, technician: 7, customerName: 8, customerPhone: 9, brand: 10, model: 11, serial: 12, imei: 13, purchaseDate: 14, warrantyMonths: 15 });
    expect(preview.questions).toEqual([]);
    expect(preview.invalid.map((r) => [r.line, r.errors])).toEqual([
      [7, { receivedAt: 'in_future' }],
      [8, { handedBackAt: 'before_intake' }],
      [9, { workPrice: 'negative' }],
      [10, { status: 'unknown_status' }],
    ]);
    expect(preview.counts).toMatchObject({ rows: 9, invalid: 4, orders: 4, newOrders: 4, newCustomers: 2, newDevices: 2 });
    expect(t.backend.store.orders.all()).toHaveLength(0);
  });

  it('imports real orders with their old numbers whose days out of use extend the warranty', async () => {
    const { t, manager, clerk, technician } = await workshop();
    // The workshop already knows Ivan Petrov (+7 912 555-01-02) from an intake: the history's "8 (912) 555-01-02" is him.
    const intake = await clerk.ok('orders.create', intakeInput({ imei: validImei('35290611999990') }));
    const result = await manager.ok('history.import', input());
    expect(result.counts).toMatchObject({ newOrders: 4, knownOrders: 0, newCustomers: 1, knownCustomers: 1, newDevices: 2, invalid: 4 });

    const [bosch] = await clerk.ok('warranty.check', { code: 'BS-1' });
    expect(bosch.warranty).toMatchObject({ status: 'expired', start: '2025-03-10', end: '2026-04-09', repeatRepairs: 1 });
    expect(bosch.warranty.steps.filter((s) => s.kind === 'repair_days')).toEqual([
      { kind: 'repair_days', days: 19, order: 'R-101', ongoing: false },
      { kind: 'repair_days', days: 11, order: 'R-102', ongoing: false },
    ]);
    expect(bosch.history.map((o) => o.number)).toEqual(['R-102', 'R-101']);

    const [phone] = await clerk.ok('warranty.check', { code: PHONE_IMEI });
    expect(phone.warranty).toMatchObject({ status: 'under_warranty', end: '2027-01-07' });
    expect(phone.owner.id).toBe(intake.customer.id);

    // A real order: found by its old number, with its lines, technician, dates and the mark of its import.
    const found = await clerk.ok('orders.find', { code: 'r-101' });
    const { order } = await clerk.ok('orders.get', { id: found!.id });
    expect(order).toMatchObject({
      number: 'R-101',
      status: 'issued',
      outcome: 'repaired',
      technicianId: technician.id,
      handedBackAt: '2025-09-20T12:00:00.000Z',
      imported: { system: 'Excel', number: 'R-101', batch: result.batch },
    });
    expect(order.workLines.map((l) => l.description)).toEqual(['Замена платы управления']);
    expect(order.partLines.map((l) => l.name)).toEqual(['Плата управления']);
    // A technician no member has is kept as text.
    expect(t.backend.store.orders.all().find((o) => o.number === 'R-102')).toMatchObject({ technicianId: undefined, imported: { technician: 'Пётр Иванов' } });
    // The search finds them by the customer's name, and the current series goes on after the workshop's own order.
    const listed = await clerk.ok('orders.list', { query: 'Козлова' });
    expect(listed.rows.map((r) => r.number).sort()).toEqual(['R-101', 'R-102']);
    const next = await clerk.ok('orders.create', intakeInput({ imei: validImei('35290611999982'), phone: '+7 915 000-11-22' }));
    expect([intake.order.number, next.order.number]).toEqual(['R-2026-00001', 'R-2026-00002']);

    await t.backend.store.audit.drain();
    const audit = await t.backend.store.audit.entries({ collection: 'orders', id: order.id, limit: 10, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ channel: 'history.import', by: manager.id, note: `imported from Excel (import ${result.batch})` });
  });

  it('changes nothing when the same file is imported again', async () => {
    const { t, manager } = await workshop();
    await manager.ok('history.import', input());
    const sizes = () => [t.backend.store.customers.size, t.backend.store.devices.size, t.backend.store.orders.size];
    const before = sizes();
    const again = await manager.ok('history.import', input());
    expect(again.counts).toMatchObject({ newOrders: 0, knownOrders: 4, newCustomers: 0, newDevices: 0 });
    expect(sizes()).toEqual(before);
  });

  it('asks how a column of slash dates is written instead of guessing, and refuses to import until told', async () => {
    const { t, manager } = await workshop();
    const csv =
      'Order number,Received,Customer,Phone,Model\n' +
      'A-1,03/04/2025,Dana Levi,+972 50-555-0101,Kettle\n' + // 3 April or 4 March?
      'A-2,13/04/2025,Dana Levi,+972 50-555-0101,Kettle\n' + // day first
      'A-3,04/13/2025,Dana Levi,+972 50-555-0101,Kettle\n'; // month first: the column mixes both
    const preview = await manager.ok('history.preview', input(csv));
    expect(preview.questions).toEqual([{ field: 'receivedAt', example: '03/04/2025' }]);
    expect(preview.invalid.map((r) => [r.line, r.errors.receivedAt])).toEqual([[2, 'ambiguous_date'], [3, 'ambiguous_date'], [4, 'ambiguous_date']]);
    const refused = await manager.call('history.import', input(csv));
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'dateOrders.receivedAt': 'ambiguous_date' } } });
    expect(t.backend.store.orders.size).toBe(0);

    const told = await manager.ok('history.import', input(csv, { dateOrders: { receivedAt: 'dmy' } }));
    expect(told.counts).toMatchObject({ newOrders: 2, invalid: 1 });
    expect(t.backend.store.orders.all().map((o) => o.receivedAt.slice(0, 10)).sort()).toEqual(['2025-04-03', '2025-04-13']);
  });

  it('reads an XLSX export with the RepairShopr preset and Excel date cells', async () => {
    const { t, manager } = await workshop();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tickets');
    sheet.addRow(['Number', 'Subject', 'Status', 'Created', 'Resolved', 'Closed', 'Customer', 'Phone', 'Brand', 'Asset', 'Asset Serial', 'Total Paid']);
    sheet.addRow(['1042', 'Cracked screen', 'Resolved', new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 0, 8)), new Date(Date.UTC(2026, 0, 9)), 'Emily Clarke', '+44 20 7946 0958', 'Apple', 'iPhone 14', 'F2LZ1234', { formula: '100+20.5', result: 120.5 }]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await manager.ok('history.import', { fileName: 'tickets.xlsx', contentBase64: bytes.toString('base64'), system: 'RepairShopr', preset: 'repairshopr' });
    expect(result.counts).toMatchObject({ newOrders: 1, invalid: 0 });
    // A formula cell counts by the value it showed, never by its formula.
    expect(t.backend.store.orders.all()[0]).toMatchObject({ number: '1042', status: 'issued', paidAmount: 12050, intake: { statedDefect: 'Cracked screen' }, imported: { system: 'RepairShopr', number: '1042' } });
  });

  it('is for managers: a clerk is refused through the channel and nothing is stored', async () => {
    const { t, clerk } = await workshop();
    for (const channel of ['history.preview', 'history.import'] as const) {
      expect(await clerk.call(channel, input())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(t.backend.store.orders.size).toBe(0);
  });

  it('refuses an order whose number an order of the workshop already has', async () => {
    const { manager, clerk } = await workshop();
    const own = await clerk.ok('orders.create', intakeInput());
    const csv = `Order number,Received,Customer,Model\n${own.order.number},2025-05-05,Dana Levi,Kettle\n`;
    const preview = await manager.ok('history.preview', input(csv));
    expect(preview.invalid.map((r) => r.errors)).toEqual([{ orderNumber: 'number_taken' }]);
  });
});
