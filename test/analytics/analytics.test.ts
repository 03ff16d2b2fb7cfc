import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { intakeInput, type Member, openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';
import { issuedContent, issuedText, withoutSpaces } from '../documents/issuedText.js';
import { holtForecast } from '../../shared/analytics/forecast.js';

/** Three Galaxy S23 failures (two with the same manufacturing cause) and a Bosch repair, over March 2026. */
async function workshopWithHistory() {
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'ru' });
  const take = async (imei: string, purchaseDate: string, defects: Array<{ cause?: string; component?: string }>, days: number, paid?: number) => {
    const view = await staff.clerk.ok('orders.create', {
      ...intakeInput({ imei: validImei(imei) }),
      device: { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', imei: validImei(imei), purchaseDate },
      intake: { statedDefect: 'Dead', warrantyBasis: paid ? 'paid' : 'manufacturer', promisedDate: '2026-03-10' },
    });
    const id = view.order.id;
    await staff.manager.ok('orders.assign', { id, technicianId: staff.technician.id });
    await staff.technician.ok('orders.transition', { id, to: 'diagnosing' });
    await staff.technician.ok('orders.diagnose', { id, notes: 'found', defects });
    await staff.technician.ok('orders.setLines', { id, workLines: [{ description: 'Repair', unitPrice: 20_000 }], partLines: [{ name: 'Display', sku: 'LCD-S23', unitPrice: 50_000 }] });
    await staff.technician.ok('orders.transition', { id, to: 'in_repair' });
    clock.now = new Date(clock.now.getTime() + days * 86_400_000);
    await staff.technician.ok('orders.transition', { id, to: 'ready' });
    await staff.clerk.ok('orders.transition', { id, to: 'issued', outcome: 'repaired', paidAmount: paid });
    return view;
  };
  await take('35290611000001', '2025-12-02', [{ cause: 'C01', component: 'K03' }], 3);
  await take('35290611000002', '2025-09-02', [{ cause: 'C01', component: 'K03' }], 5);
  await take('35290611000003', '2026-01-15', [{ cause: 'C10', component: 'K05' }], 2, 70_000);
  return { t, clock, ...staff };
}

/**
 * The sales registry: five Galaxy S23 sold, two of them the repaired units 000001 and 000002 (000003 was bought
 * elsewhere: known from intake only), one sold on 5 March, during the period.
 */
async function importSales(actor: Member) {
  const sold: Array<[string, string]> = [
    ['35290611000001', '2025-12-02'],
    ['35290611000002', '2025-09-02'],
    ['35290611000011', '2025-10-01'],
    ['35290611000012', '2026-02-01'],
    ['35290611000013', '2026-03-05'],
  ];
  const csv = ['imei,brand,model,purchase date,warranty', ...sold.map(([imei, date]) => `${validImei(imei)},Samsung,Galaxy S23,${date},12`)].join('\n');
  return actor.ok('registry.import', { fileName: 'sales.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') });
}

describe('analytics from stored orders', () => {
  it('knows no failure rate from repairs alone: units known only from intake are not sales', async () => {
    const { manager } = await workshopWithHistory();
    const report = await manager.ok('analytics.report', { from: '2026-03-01', to: '2026-03-31', bucket: 'month' });
    expect(report.models).toEqual([expect.objectContaining({ model: 'Samsung Galaxy S23', failures: 3, unitsSold: null, rate: null })]);
  });

  it('counts as sold only the units of the sales registry, sold by the end of the period', async () => {
    const { clerk } = await workshopWithHistory();
    // Two known units are updated (flagged as sold), three new ones added.
    expect(await importSales(clerk)).toMatchObject({ created: 3, updated: 2 });
    const march = await clerk.ok('analytics.report', { from: '2026-03-01', to: '2026-03-31', bucket: 'month' });
    // Two of the three failures are manufacturing defects (C01); the third is liquid damage (C10).
    expect(march.models).toEqual([expect.objectContaining({ failures: 3, manufacturing: 2, unitsSold: 5, rate: 0.4 })]);
    // Up to 4 March: the unit sold on 5 March is not yet sold; one failure (received 2 March) of 4 units.
    const early = await clerk.ok('analytics.report', { from: '2026-03-01', to: '2026-03-04', bucket: 'month' });
    expect(early.models).toEqual([expect.objectContaining({ failures: 1, manufacturing: 1, unitsSold: 4, rate: 0.25 })]);
  });

  it('reports failures per model with the rate per unit the registry knows, causes, components, turnaround and deadlines', async () => {
    const { technician, clerk } = await workshopWithHistory();
    await importSales(clerk);
    const report = await clerk.ok('analytics.report', { from: '2026-03-01', to: '2026-03-31', bucket: 'month' });
    expect(report.volume).toMatchObject({ received: 3, handedBack: 3 });
    expect(report.models).toEqual([
      expect.objectContaining({ model: 'Samsung Galaxy S23', orders: 3, failures: 3, manufacturing: 2, unitsSold: 5, rate: 0.4, causes: { C01: 2, C10: 1 } }),
    ]);
    expect(report.components).toEqual([{ component: 'K03', count: 2 }, { component: 'K05', count: 1 }]);
    // 3, 5 and 2 days (each order received when the previous one was handed back).
    expect(report.turnaround).toMatchObject({ count: 3, median: 3, p90: 5 });
    expect(report.deadlines.legal).toEqual({ total: 2, within: 2, share: 1 });
    expect(report.technicians).toEqual([{ technicianId: technician.id, received: 3, handedBack: 3, open: 0, turnaroundMedian: 3 }]);
    expect(report.basis.find((b) => b.group === 'paid')).toEqual({ group: 'paid', orders: 1, share: 0.3333, cost: 70_000, paid: 70_000 });
    expect(report.parts).toEqual([{ key: 'LCD-S23', name: 'Display', quantity: 3, orders: 3 }]);
  });

  it('refuses a period that ends before it starts, by field', async () => {
    const { manager } = await workshopWithHistory();
    expect(await manager.call('analytics.report', { from: '2026-03-31', to: '2026-03-01' })).toMatchObject({ ok: false, error: { fields: { to: 'before_from' } } });
  });

  it('exports one table as CSV and every table as XLSX, labelled in the chosen language', async () => {
    const { clerk } = await workshopWithHistory();
    await importSales(clerk);
    const csv = await clerk.ok('analytics.export', { from: '2026-03-01', to: '2026-03-31', format: 'csv', table: 'causes', language: 'ru' });
    expect(csv.fileName).toBe('analytics-2026-03-01-2026-03-31-causes.csv');
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.replace('\ufeff', '').split('\r\n')).toEqual([
      'Причина,Категория,Заказов',
      'C01 · Отказ компонента (производственный),Производственный недостаток,2',
      'C10 · Попадание жидкости,Нарушение правил эксплуатации,1',
      '',
    ]);
    const xlsx = await clerk.ok('analytics.export', { from: '2026-03-01', to: '2026-03-31', format: 'xlsx', language: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain('models');
    const models = workbook.getWorksheet('models')!;
    expect(models.getRow(2).values).toEqual(expect.arrayContaining(['Model', 'Failures', 'Units sold']));
    expect(models.getRow(3).values).toEqual(expect.arrayContaining(['Samsung Galaxy S23', 3, 2, 5, 40]));
  });

  it('exports a name that looks like a spreadsheet formula as text, never as a formula', async () => {
    const { manager } = await workshopWithHistory();
    const sly = await manager.ok('staff.create', { name: '=HYPERLINK("http://x.example","click")', role: 'technician', pin: '2468' });
    const order = await manager.ok('orders.create', intakeInput({ imei: validImei('35290611000021') }));
    await manager.ok('orders.assign', { id: order.order.id, technicianId: sly.id });
    const csv = await manager.ok('analytics.export', { from: '2026-03-01', to: '2026-03-31', format: 'csv', table: 'technicians', language: 'en' });
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('"\'=HYPERLINK(""http://x.example"",""click"")"');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('raises a systemic-defect alert when a cause crosses the manager\'s threshold', async () => {
    const { manager, clerk } = await workshopWithHistory();
    await importSales(clerk);
    expect((await manager.ok('analytics.alerts', {})).alerts).toEqual([]);
    expect(await clerk.call('analytics.setThresholds', { thresholds: { minFailures: 2 } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await manager.call('analytics.setThresholds', { thresholds: { causeSharePercent: 140 } })).toMatchObject({
      ok: false,
      error: { fields: { 'thresholds.causeSharePercent': 'too_large' } },
    });
    await manager.ok('analytics.setThresholds', { thresholds: { failureRatePercent: 30, causeSharePercent: 60, minFailures: 2, windowDays: 30 } });
    const { alerts } = await manager.ok('analytics.alerts', {});
    // Manufacturing defects only: 2 of 5 sold (the liquid-damaged unit is the customer's doing), both C01.
    expect(alerts).toEqual([
      { kind: 'cause_share', model: 'Samsung Galaxy S23', failures: 2, unitsSold: 5, value: 100, threshold: 60, cause: 'C01', causeCount: 2 },
      { kind: 'failure_rate', model: 'Samsung Galaxy S23', failures: 2, unitsSold: 5, value: 40, threshold: 30 },
    ]);
    // Above the rate threshold on all failures (60%), below it on manufacturing defects (40%): no rate alert.
    await manager.ok('analytics.setThresholds', { thresholds: { failureRatePercent: 50, causeSharePercent: 60, minFailures: 2, windowDays: 30 } });
    expect((await manager.ok('analytics.alerts', {})).alerts.map((a) => a.kind)).toEqual(['cause_share']);
  });
});

describe('the period report and the proposal to production', () => {
  const text = issuedText;

  it('prints the volume, timing, deadlines, workload and failures of a period, and reprints it unchanged', async () => {
    const { manager, clerk } = await workshopWithHistory();
    const input = { from: '2026-03-01', to: '2026-03-31', bucket: 'month' as const, language: 'ru' as const };
    expect(await clerk.call('analytics.periodReport', { ...input })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const report = await manager.ok('analytics.periodReport', input);
    expect(report).toMatchObject({ kind: 'period_report', number: 'PR-2026-00001' });
    const ru = await text(clerk, report.id, 'period-report-ru');
    expect(ru).toContain('Отчёт об объёме и сроках сервисного обслуживания');
    expect(ru).toContain('Принято и выдано');
    expect(ru).toContain('2026-03 3 3');
    expect(ru).toContain('Срок от приёма до выдачи, дней 3 3 5 3.3');
    expect(ru).toContain('В пределах законного срока 2 2 100');
    expect(ru).toContain('Отказы по моделям');
    expect(ru).toContain('Samsung Galaxy S23');
    expect(ru).toContain('Алексей Смирнов');
    expect(ru).toContain('Загрузка мастеров');
    expect((await manager.ok('analytics.periodReport', input)).id).toBe(report.id);
    const en = await manager.ok('analytics.periodReport', { ...input, language: 'en' });
    expect(en.number).toBe(report.number);
    await text(clerk, en.id, 'period-report-en');
  });

  it('reprints the same report while the period\'s figures are unchanged, though open orders age by the hour', async () => {
    const { clock, manager } = await workshopWithHistory();
    const open = await manager.ok('orders.create', intakeInput({ imei: validImei('35290611000031') }));
    await manager.ok('orders.assign', { id: open.order.id, technicianId: manager.id });
    const input = { from: '2026-03-01', to: '2026-03-31', bucket: 'month' as const, language: 'en' as const };
    clock.now = new Date(clock.now.getTime() + 3_600_000);
    const first = await manager.ok('analytics.periodReport', input);
    clock.now = new Date(clock.now.getTime() + 3 * 3_600_000);
    expect((await manager.ok('analytics.periodReport', input)).id).toBe(first.id);
    // Two days later the open order has waited two days more: a new report.
    clock.now = new Date(clock.now.getTime() + 2 * 86_400_000);
    expect((await manager.ok('analytics.periodReport', input)).number).not.toBe(first.number);
  });

  it('states the systemic defects with their evidence and the proposal', async () => {
    const { manager, clerk } = await workshopWithHistory();
    await importSales(clerk);
    await manager.ok('analytics.setThresholds', { thresholds: { failureRatePercent: 30, causeSharePercent: 60, minFailures: 2, windowDays: 30 } });
    const he = await manager.ok('analytics.defectProposal', { language: 'he' });
    const heText = await text(clerk, he.id, 'defect-proposal-he');
    expect(heText).toContain('ניתוח תקלות והצעה לייצור');
    expect(heText).toContain('C01');
    expect(heText).toContain('כשל רכיב');
    // The sentence as typed, numbers and the model's Latin name in their places (the file's content order).
    expect(await issuedContent(clerk, he.id)).toContain(withoutSpaces('Samsung Galaxy S23: ב-40% מהיחידות שנמכרו נמצא פגם ייצור (2 מתוך 5); סף 30%.'));
    const en = await text(clerk, (await manager.ok('analytics.defectProposal', { language: 'en' })).id, 'defect-proposal-en');
    expect(en).toContain('Samsung Galaxy S23: 40% of the units sold failed from a manufacturing defect (2 of 5); threshold 30%.');
    expect(en).toContain('Samsung Galaxy S23: C01 · Component failure (manufacturing) caused 100% of the manufacturing-defect failures (2 of 2); threshold 60%.');
    expect(en).toContain('consider suspending their production');
  });

  it('makes no proposal when no model crosses the thresholds', async () => {
    const { manager, clerk } = await workshopWithHistory();
    await manager.ok('analytics.setThresholds', { thresholds: { failureRatePercent: 100, causeSharePercent: 100, minFailures: 1000, windowDays: 30 } });
    const en = await text(clerk, (await manager.ok('analytics.defectProposal', { language: 'en' })).id, 'defect-proposal-none-en');
    expect(en).toContain('No model crosses the thresholds.');
    expect(en).toContain('the after-sales service makes no proposal to production');
    expect(en).not.toContain('consider suspending');
    expect(en).not.toContain('the models named');
    const ru = await text(clerk, (await manager.ok('analytics.defectProposal', { language: 'ru' })).id, 'defect-proposal-none-ru');
    expect(ru).toContain('служба сервиса не вносит предложений производству');
  });
});

describe('customer satisfaction and the forecast', () => {
  it('records a score after hand-back only, and averages it in the analytics', async () => {
    const { clerk } = await workshopWithHistory();
    const [first, second] = (await clerk.ok('orders.list', {})).rows;
    expect(await clerk.call('orders.rateSatisfaction', { id: first.id, score: 6 })).toMatchObject({ ok: false, error: { fields: { score: 'out_of_range' } } });
    await clerk.ok('orders.rateSatisfaction', { id: first.id, score: 5, comment: 'Быстро и вежливо' });
    const rated = await clerk.ok('orders.rateSatisfaction', { id: second.id, score: 2 });
    expect(rated.order.satisfaction).toMatchObject({ score: 2, by: clerk.id });
    const open = await clerk.ok('orders.create', intakeInput({ imei: validImei('35290611000009') }));
    expect(await clerk.call('orders.rateSatisfaction', { id: open.order.id, score: 4 })).toMatchObject({ ok: false, error: { fields: { id: 'not_handed_back' } } });
    const report = await clerk.ok('analytics.report', { from: '2026-03-01', to: '2026-03-31' });
    expect(report.satisfaction).toMatchObject({ responses: 2, average: 3.5 });
  });

  it('counts intake and parts per past week and continues them by Holt\'s method', async () => {
    const { clock, manager } = await workshopWithHistory();
    // Orders taken on 2 and 5 March and on 10 March; the forecast is asked on Monday 16 March.
    clock.now = new Date('2026-03-16T09:00:00Z');
    const forecast = await manager.ok('analytics.forecast', { weeks: 4, history: 8 });
    expect(forecast).toMatchObject({ method: 'holt_linear', alpha: 0.3, beta: 0.1, weeks: ['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06'] });
    expect(forecast.history.map((h) => h.count)).toEqual([0, 0, 0, 0, 0, 0, 2, 1]);
    expect(forecast.history[6].week).toBe('2026-03-02');
    expect(forecast.intake).toEqual(holtForecast([0, 0, 0, 0, 0, 0, 2, 1], 4));
    expect(forecast.parts).toEqual([{ key: 'LCD-S23', name: 'Display', used: 3, forecast: holtForecast([0, 0, 0, 0, 0, 0, 2, 1], 4), total: expect.any(Number) }]);
    expect(await manager.call('analytics.forecast', { weeks: 30 })).toMatchObject({ ok: false, error: { fields: { weeks: 'too_large' } } });
  });

  it('counts parts returned to their supplier as defective from the parts ledger, apart from workshop damage', async () => {
    const { clock, manager, clerk } = await workshopWithHistory();
    const supplier = await manager.ok('parts.counterparties.save', { name: 'PartsPro Ltd', kinds: ['supplier'] });
    const display = await manager.ok('parts.save', { sku: 'LCD-S23', name: 'Display S23', cost: 30_000, price: 50_000, supplierId: supplier.id });
    await clerk.ok('parts.receive', { partId: display.id, quantity: 5 });
    await clerk.ok('parts.returnToSupplier', { partId: display.id, quantity: 2, supplierId: supplier.id, cause: 'supplier_defect' });
    await clerk.ok('parts.returnToSupplier', { partId: display.id, quantity: 1, supplierId: supplier.id, cause: 'workshop_damage' });
    const month = clock.now.toISOString().slice(0, 7);
    const report = await manager.ok('analytics.report', { from: `${month}-01`, to: `${month}-28` });
    expect(report.supplierDefective).toEqual([{ key: display.id, name: 'LCD-S23 Display S23 (PartsPro Ltd)', quantity: 2 }]);
  });

  it('links a claim against a counterparty to the register, whose name it then carries', async () => {
    const { manager } = await workshopWithHistory();
    const maker = await manager.ok('parts.counterparties.save', { name: 'Samsung Electronics Rus', kinds: ['manufacturer'] });
    const claim = await manager.ok('claims.counterparty.save', {
      kind: 'warranty_reimbursement',
      counterpartyId: maker.id,
      counterpartyName: 'typed differently',
      subject: 'March warranty repairs',
      orderNumbers: [],
      amountClaimed: 100_000,
    });
    expect(claim).toMatchObject({ counterpartyId: maker.id, counterpartyName: 'Samsung Electronics Rus' });
    const unknown = await manager.call('claims.counterparty.save', {
      kind: 'warranty_reimbursement',
      counterpartyId: '01JZZZZZZZZZZZZZZZZZZZZZZZ',
      counterpartyName: 'Nobody',
      subject: 'x',
      orderNumbers: [],
      amountClaimed: 1,
    });
    expect(unknown).toMatchObject({ ok: false, error: { fields: { counterpartyId: 'not_found' } } });
  });
});
