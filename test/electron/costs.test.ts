import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, pdfText, staffedWorkshop, validImei, type TestBackend } from '../helpers.js';

async function workshopWithPriceList() {
  const clock = { now: new Date('2026-04-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  const { manager, clerk } = staff;
  const samsung = await t.ok('counterparties.save', { actorId: manager.id, name: 'Samsung Electronics', kinds: ['manufacturer'], brands: ['Samsung'], legalName: 'Samsung Electronics Co., Ltd.', taxId: '124-81-00998' });
  const screen = await t.ok('parts.save', { actorId: manager.id, sku: 'SCR-S23', name: 'Display module Galaxy S23', cost: 42000, price: 69000, manufacturerId: samsung.id });
  const swap = await t.ok('labour.save', { actorId: manager.id, code: 'L-010', name: 'Display replacement', minutes: 45, price: 15000, warrantyDays: 90 });
  await t.ok('parts.receive', { actorId: clerk.id, partId: screen.id, quantity: 10, unitCost: 40000 });
  return { t, clock, samsung, screen, swap, ...staff };
}

/** A repair with one display and the labour of the price list, completed through "ready". */
async function displayRepair(t: TestBackend, ids: { clerk: string; technician: string; screen: string; swap: string }, device: { brand: string; model: string; imei: string }, basis: 'manufacturer' | 'paid' | 'statutory') {
  const input = intakeInput(ids.clerk, { imei: device.imei });
  const view = await t.ok('orders.create', { ...input, device: { ...input.device, brand: device.brand, model: device.model }, intake: { ...input.intake, warrantyBasis: basis } });
  const id = view.order.id;
  await t.ok('orders.setLines', {
    actorId: ids.clerk,
    id,
    workLines: [{ description: 'Display replacement', operationId: ids.swap, unitPrice: 15000 }],
    partLines: [{ name: 'Display module', sku: 'SCR-S23', partId: ids.screen, unitPrice: 69000 }, { name: 'Adhesive strip', unitPrice: 500 }],
  });
  for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await t.ok('orders.transition', { actorId: ids.technician, id, to });
  return view.order;
}

describe('the labour price list', () => {
  it('is kept by managers, with unique codes and names; work lines name their operation', async () => {
    const { t, clerk, manager } = await workshopWithPriceList();
    expect(await t.call('labour.save', { actorId: clerk.id, name: 'Cleaning', minutes: 20, price: 3000 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call('labour.save', { actorId: manager.id, code: 'l-010', name: 'Other', minutes: 20, price: 3000 })).toMatchObject({ ok: false, error: { fields: { code: 'duplicate' } } });
    expect(await t.call('labour.save', { actorId: manager.id, name: 'Cleaning', minutes: -5, price: 3000 })).toMatchObject({ ok: false, error: { fields: { minutes: 'negative' } } });
    expect((await t.ok('labour.list', {})).map((o) => [o.code, o.name, o.minutes, o.price, o.warrantyDays])).toEqual([['L-010', 'Display replacement', 45, 15000, 90]]);
    const view = await t.ok('orders.create', intakeInput(clerk.id));
    const wrong = await t.call('orders.setLines', { actorId: clerk.id, id: view.order.id, workLines: [{ description: 'x', unitPrice: 1, operationId: view.order.id }], partLines: [] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'workLines.0.operationId': 'not_found' } } });
  });
});

describe('the cost of repairs', () => {
  it('counts catalogue parts at the cost they were used at, hand-typed parts at price, and labour', async () => {
    const { t, clerk, technician, screen, swap } = await workshopWithPriceList();
    const order = await displayRepair(t, { clerk: clerk.id, technician: technician.id, screen: screen.id, swap: swap.id }, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei() }, 'manufacturer');
    const cost = await t.ok('costs.order', { orderId: order.id });
    expect(cost).toMatchObject({ partsAtCost: 40000, partsPending: 0, otherParts: 500, labour: 15000, total: 55500 });
    expect(cost.parts).toEqual([{ partId: screen.id, sku: 'SCR-S23', name: 'Display module Galaxy S23', quantity: 1, unitCost: 40000 }]);
  });

  it('of an open repair counts the parts still to be used at today\'s cost', async () => {
    const { t, clerk, technician, screen } = await workshopWithPriceList();
    const view = await t.ok('orders.create', intakeInput(clerk.id));
    await t.ok('orders.setLines', { actorId: clerk.id, id: view.order.id, workLines: [{ description: 'Display replacement', unitPrice: 15000 }], partLines: [{ name: 'Display', partId: screen.id, quantity: 2, unitPrice: 69000 }] });
    await t.ok('orders.transition', { actorId: technician.id, id: view.order.id, to: 'diagnosing' });
    expect(await t.ok('costs.order', { orderId: view.order.id })).toMatchObject({ partsAtCost: 0, partsPending: 80000, labour: 15000, total: 95000 });
    await t.ok('orders.transition', { actorId: technician.id, id: view.order.id, to: 'cancelled' });
    expect(await t.ok('costs.order', { orderId: view.order.id })).toMatchObject({ partsPending: 0, total: 15000 });
  });

  it('of warranty work per model and period leaves out paid repairs and repairs outside the period', async () => {
    const { t, clock, clerk, technician, screen, swap } = await workshopWithPriceList();
    const ids = { clerk: clerk.id, technician: technician.id, screen: screen.id, swap: swap.id };
    await displayRepair(t, ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000001') }, 'manufacturer');
    await displayRepair(t, ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000002') }, 'statutory');
    await displayRepair(t, ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000003') }, 'paid');
    await displayRepair(t, ids, { brand: 'Xiaomi', model: 'Redmi 12', imei: validImei('35290611000004') }, 'manufacturer');
    clock.now = new Date('2026-05-02T09:00:00Z');
    await displayRepair(t, ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000005') }, 'manufacturer');

    const april = await t.ok('costs.warranty', { from: '2026-04-01', to: '2026-04-30' });
    expect(april.rows.map((r) => [r.brand, r.model, r.orders, r.total])).toEqual([
      ['Samsung', 'Galaxy S23', 2, 111000],
      ['Xiaomi', 'Redmi 12', 1, 55500],
    ]);
    expect(april.total).toMatchObject({ orders: 3, partsAtCost: 120000, otherParts: 1500, labour: 45000, total: 166500 });
    expect((await t.ok('costs.warranty', { from: '2026-04-01', to: '2026-05-31', basis: 'manufacturer' })).total.orders).toBe(3);
    expect(await t.call('costs.warranty', { from: '2026-05-01', to: '2026-04-01' })).toMatchObject({ ok: false, error: { fields: { to: 'before_from' } } });
    const { csv } = await t.ok('costs.warrantyCsv', { from: '2026-04-01', to: '2026-04-30' });
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['\ufeffbrand,model,orders,parts_at_cost,other_parts,labour,total', 'Samsung,Galaxy S23,2,800.00,10.00,300.00,1110.00']);
  });

  it("a manufacturer's reimbursement statement holds its brands' warranty repairs, as PDF in three languages and CSV", async () => {
    const { t, clerk, technician, samsung, screen, swap } = await workshopWithPriceList();
    const ids = { clerk: clerk.id, technician: technician.id, screen: screen.id, swap: swap.id };
    const ours = await displayRepair(t, ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000011') }, 'manufacturer');
    await displayRepair(t, ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000012') }, 'statutory');
    await displayRepair(t, ids, { brand: 'Xiaomi', model: 'Redmi 12', imei: validImei('35290611000013') }, 'manufacturer');
    const statement = await t.ok('costs.statement', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30' });
    expect(statement.lines.map((l) => [l.number, l.model, l.total])).toEqual([[ours.number, 'Galaxy S23', 55500]]);
    expect(statement.total.total).toBe(55500);
    const words = { ru: 'Реестр гарантийных ремонтов для возмещения', he: 'דוח תיקוני אחריות להחזר', en: 'Statement of warranty repairs for reimbursement' } as const;
    for (const language of ['ru', 'he', 'en'] as const) {
      const file = await t.ok('costs.statementPdf', { actorId: clerk.id, manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30', language });
      const text = (await pdfText(Buffer.from(file.base64, 'base64'))).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
      for (const part of [words[language], ours.number, 'Samsung Electronics Co., Ltd.', 'SCR-S23']) expect(text, `${language} ${part}`).toContain(part);
    }
    const { csv } = await t.ok('costs.statementCsv', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30' });
    expect(csv.split('\r\n')[1]).toBe(`${ours.number},2026-04-01,Samsung,Galaxy S23,${validImei('35290611000011')},Screen flickers,"SCR-S23 x1; Adhesive strip x1",405.00,150.00,555.00`);
  });
});
