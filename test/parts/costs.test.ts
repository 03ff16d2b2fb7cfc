import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, pdfText, staffedWorkshop, validImei, type TestBackend } from '../platform/helpers.js';

async function workshopWithPriceList() {
  const clock = { now: new Date('2026-04-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  const { manager, clerk } = staff;
  const samsung = await t.ok('parts.counterparties.save', { actorId: manager.id, name: 'Samsung Electronics', kinds: ['manufacturer'], brands: ['Samsung'], legalName: 'Samsung Electronics Co., Ltd.', taxId: '124-81-00998' });
  const screen = await t.ok('parts.save', { actorId: manager.id, sku: 'SCR-S23', name: 'Display module Galaxy S23', cost: 42000, price: 69000, manufacturerId: samsung.id });
  const swap = await t.ok('parts.labour.save', { actorId: manager.id, code: 'L-010', name: 'Display replacement', minutes: 45, price: 15000, warrantyDays: 90 });
  // A clerk books a receipt at the price paid; only a manager's receipt moves the catalogue cost to it.
  await t.ok('parts.receive', { actorId: clerk.id, partId: screen.id, quantity: 1, unitCost: 39000 });
  await t.ok('parts.receive', { actorId: manager.id, partId: screen.id, quantity: 9, unitCost: 40000 });
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
    expect(await t.call('parts.labour.save', { actorId: clerk.id, name: 'Cleaning', minutes: 20, price: 3000 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call('parts.labour.save', { actorId: manager.id, code: 'l-010', name: 'Other', minutes: 20, price: 3000 })).toMatchObject({ ok: false, error: { fields: { code: 'duplicate' } } });
    expect(await t.call('parts.labour.save', { actorId: manager.id, name: 'Cleaning', minutes: -5, price: 3000 })).toMatchObject({ ok: false, error: { fields: { minutes: 'negative' } } });
    expect((await t.ok('parts.labour.list', {})).map((o) => [o.code, o.name, o.minutes, o.price, o.warrantyDays])).toEqual([['L-010', 'Display replacement', 45, 15000, 90]]);
    const view = await t.ok('orders.create', intakeInput(clerk.id));
    const wrong = await t.call('orders.setLines', { actorId: clerk.id, id: view.order.id, workLines: [{ description: 'x', unitPrice: 1, operationId: view.order.id }], partLines: [] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'workLines.0.operationId': 'not_found' } } });
  });
});

describe('the cost of repairs', () => {
  it('counts catalogue parts at the cost they were used at, flags hand-typed parts as cost unknown, and labour', async () => {
    const { t, clerk, technician, screen, swap } = await workshopWithPriceList();
    const order = await displayRepair(t, { clerk: clerk.id, technician: technician.id, screen: screen.id, swap: swap.id }, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei() }, 'manufacturer');
    const cost = await t.ok('parts.costs.order', { orderId: order.id });
    expect(cost).toMatchObject({ partsAtCost: 40000, partsPending: 0, unknownCostParts: 1, labour: 15000, total: 55000 });
    const ledger = await t.ok('parts.ledger', { partId: screen.id });
    expect(ledger.moves.filter((m) => m.kind === 'receipt').map((m) => m.unitCost)).toEqual([40000, 39000]);
    expect(cost.parts).toEqual([{ partId: screen.id, sku: 'SCR-S23', name: 'Display module Galaxy S23', quantity: 1, unitCost: 40000 }]);
  });

  it('of an open repair counts the parts still to be used at today\'s cost', async () => {
    const { t, clerk, technician, screen } = await workshopWithPriceList();
    const view = await t.ok('orders.create', intakeInput(clerk.id));
    await t.ok('orders.setLines', { actorId: clerk.id, id: view.order.id, workLines: [{ description: 'Display replacement', unitPrice: 15000 }], partLines: [{ name: 'Display', partId: screen.id, quantity: 2, unitPrice: 69000 }] });
    await t.ok('orders.transition', { actorId: technician.id, id: view.order.id, to: 'diagnosing' });
    expect(await t.ok('parts.costs.order', { orderId: view.order.id })).toMatchObject({ partsAtCost: 0, partsPending: 80000, labour: 15000, total: 95000 });
    await t.ok('orders.transition', { actorId: technician.id, id: view.order.id, to: 'cancelled' });
    expect(await t.ok('parts.costs.order', { orderId: view.order.id })).toMatchObject({ partsPending: 0, total: 15000 });
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

    const april = await t.ok('parts.costs.warranty', { from: '2026-04-01', to: '2026-04-30' });
    expect(april.rows.map((r) => [r.brand, r.model, r.orders, r.total])).toEqual([
      ['Samsung', 'Galaxy S23', 2, 110000],
      ['Xiaomi', 'Redmi 12', 1, 55000],
    ]);
    expect(april.total).toMatchObject({ orders: 3, partsAtCost: 120000, unknownCostParts: 3, labour: 45000, total: 165000 });
    expect((await t.ok('parts.costs.warranty', { from: '2026-04-01', to: '2026-05-31', basis: 'manufacturer' })).total.orders).toBe(3);
    expect(await t.call('parts.costs.warranty', { from: '2026-05-01', to: '2026-04-01' })).toMatchObject({ ok: false, error: { fields: { to: 'before_from' } } });
    const { csv } = await t.ok('parts.costs.warrantyCsv', { from: '2026-04-01', to: '2026-04-30' });
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['\ufeffbrand,model,orders,parts_at_cost,parts_cost_unknown,labour,total', 'Samsung,Galaxy S23,2,800.00,2,300.00,1100.00']);
  });

  it("a manufacturer's reimbursement statement holds its brands' warranty repairs, as PDF in three languages and CSV", async () => {
    const { t, clerk, technician, samsung, screen, swap } = await workshopWithPriceList();
    const ids = { clerk: clerk.id, technician: technician.id, screen: screen.id, swap: swap.id };
    const ours = await displayRepair(t, ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000011') }, 'manufacturer');
    await displayRepair(t, ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000012') }, 'statutory');
    await displayRepair(t, ids, { brand: 'Xiaomi', model: 'Redmi 12', imei: validImei('35290611000013') }, 'manufacturer');
    const statement = await t.ok('parts.costs.statement', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30' });
    expect(statement.lines.map((l) => [l.number, l.model, l.total])).toEqual([[ours.number, 'Galaxy S23', 55000]]);
    expect(statement.total.total).toBe(55000);
    const words = { ru: 'Реестр гарантийных ремонтов для возмещения', he: 'דוח תיקוני אחריות להחזר', en: 'Statement of warranty repairs for reimbursement' } as const;
    for (const language of ['ru', 'he', 'en'] as const) {
      const file = await t.ok('parts.costs.statementPdf', { actorId: clerk.id, manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30', language });
      const text = (await pdfText(Buffer.from(file.base64, 'base64'))).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
      for (const part of [words[language], ours.number, 'Samsung Electronics Co., Ltd.', 'SCR-S23']) expect(text, `${language} ${part}`).toContain(part);
    }
    const { csv } = await t.ok('parts.costs.statementCsv', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30' });
    expect(csv.split('\r\n')[1]).toBe(`${ours.number},2026-04-01,Samsung,Galaxy S23,${validImei('35290611000011')},Screen flickers,"SCR-S23 x1; Adhesive strip x1 (cost unknown)",400.00,150.00,550.00`);
  });
});

describe('which orders the warranty figures count', () => {
  it('only completed repairs handed back repaired or replaced, in the period of their FIRST completion', async () => {
    const { t, clock, clerk, technician, samsung, screen, swap } = await workshopWithPriceList();
    const ids = { clerk: clerk.id, technician: technician.id, screen: screen.id, swap: swap.id };
    const galaxy = (n: string) => ({ brand: 'Samsung', model: 'Galaxy S23', imei: validImei(`3529061100002${n}`) });
    // Completed in April, reopened and completed again in May, handed back repaired: an April repair.
    const reworked = await displayRepair(t, ids, galaxy('1'), 'manufacturer');
    // Completed in April but refunded at hand-back: no repair to claim.
    const refunded = await displayRepair(t, ids, galaxy('2'), 'manufacturer');
    await t.ok('orders.transition', { actorId: clerk.id, id: refunded.id, to: 'issued', outcome: 'refunded' });
    // Cancelled and handed back refused; found unrepairable and handed back: neither was ever completed.
    const input = intakeInput(clerk.id, { imei: validImei('35290611000231') });
    const cancelled = await t.ok('orders.create', { ...input, device: { ...input.device, brand: 'Samsung' }, intake: { ...input.intake, warrantyBasis: 'manufacturer' } });
    await t.ok('orders.transition', { actorId: clerk.id, id: cancelled.order.id, to: 'cancelled' });
    await t.ok('orders.transition', { actorId: clerk.id, id: cancelled.order.id, to: 'issued', outcome: 'refused' });
    const input2 = intakeInput(clerk.id, { imei: validImei('35290611000232') });
    const dead = await t.ok('orders.create', { ...input2, device: { ...input2.device, brand: 'Samsung' }, intake: { ...input2.intake, warrantyBasis: 'manufacturer' } });
    await t.ok('orders.transition', { actorId: technician.id, id: dead.order.id, to: 'diagnosing' });
    await t.ok('orders.transition', { actorId: technician.id, id: dead.order.id, to: 'unrepairable' });
    await t.ok('orders.transition', { actorId: clerk.id, id: dead.order.id, to: 'issued', outcome: 'unrepairable' });
    clock.now = new Date('2026-05-03T09:00:00Z');
    await t.ok('orders.transition', { actorId: technician.id, id: reworked.id, to: 'in_repair' });
    await t.ok('orders.transition', { actorId: technician.id, id: reworked.id, to: 'ready' });
    await t.ok('orders.transition', { actorId: clerk.id, id: reworked.id, to: 'issued', outcome: 'repaired' });

    const april = await t.ok('parts.costs.statement', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30' });
    expect(april.lines.map((l) => [l.number, l.completedAt])).toEqual([[reworked.number, '2026-04-01T09:00:00.000Z']]);
    expect(april.lines[0].parts).toEqual([
      { sku: 'SCR-S23', name: 'Display module Galaxy S23', quantity: 1, unitCost: 40000 },
      { sku: '', name: 'Adhesive strip', quantity: 1 },
    ]);
    expect((await t.ok('parts.costs.statement', { manufacturerId: samsung.id, from: '2026-05-01', to: '2026-05-31' })).lines).toEqual([]);
    expect((await t.ok('parts.costs.warranty', { from: '2026-04-01', to: '2026-05-31' })).total.orders).toBe(1);
    const file = await t.ok('parts.costs.statementPdf', { actorId: clerk.id, manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30', language: 'en' });
    expect(await pdfText(Buffer.from(file.base64, 'base64'))).toContain('cost unknown');
  });
});
