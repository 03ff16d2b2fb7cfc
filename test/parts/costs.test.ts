import { describe, expect, it } from 'vitest';
import { intakeInput, type Member, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';

async function workshopWithPriceList() {
  const clock = { now: new Date('2026-04-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  const { manager, clerk } = staff;
  const samsung = await manager.ok('parts.counterparties.save', { name: 'Samsung Electronics', kinds: ['manufacturer'], brands: ['Samsung'], legalName: 'Samsung Electronics Co., Ltd.', taxId: '124-81-00998' });
  const screen = await manager.ok('parts.save', { sku: 'SCR-S23', name: 'Display module Galaxy S23', cost: 42000, price: 69000, manufacturerId: samsung.id });
  const swap = await manager.ok('parts.labour.save', { code: 'L-010', name: 'Display replacement', minutes: 45, price: 15000, warrantyDays: 90 });
  // A clerk books a receipt at the price paid; only a manager's receipt moves the catalogue cost to it.
  await clerk.ok('parts.receive', { partId: screen.id, quantity: 1, unitCost: 39000 });
  await manager.ok('parts.receive', { partId: screen.id, quantity: 9, unitCost: 40000 });
  return { t, clock, samsung, screen, swap, ...staff };
}

/** A repair with one display and the labour of the price list, completed through "ready". */
async function displayRepair(ids: { clerk: Member; technician: Member; screen: string; swap: string }, device: { brand: string; model: string; imei: string }, basis: 'manufacturer' | 'paid' | 'statutory') {
  const input = intakeInput({ imei: device.imei });
  const view = await ids.clerk.ok('orders.create', { ...input, device: { ...input.device, brand: device.brand, model: device.model }, intake: { ...input.intake, warrantyBasis: basis } });
  const id = view.order.id;
  await ids.clerk.ok('orders.setLines', {
    id,
    workLines: [{ description: 'Display replacement', operationId: ids.swap, unitPrice: 15000 }],
    partLines: [{ name: 'Display module', sku: 'SCR-S23', partId: ids.screen, unitPrice: 69000 }, { name: 'Adhesive strip', unitPrice: 500 }],
  });
  for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await ids.technician.ok('orders.transition', { id, to });
  return view.order;
}

describe('the labour price list', () => {
  it('is kept by managers, with unique codes and names; work lines name their operation', async () => {
    const { clerk, manager } = await workshopWithPriceList();
    expect(await clerk.call('parts.labour.save', { name: 'Cleaning', minutes: 20, price: 3000 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await manager.call('parts.labour.save', { code: 'l-010', name: 'Other', minutes: 20, price: 3000 })).toMatchObject({ ok: false, error: { fields: { code: 'duplicate' } } });
    expect(await manager.call('parts.labour.save', { name: 'Cleaning', minutes: -5, price: 3000 })).toMatchObject({ ok: false, error: { fields: { minutes: 'negative' } } });
    expect((await manager.ok('parts.labour.list', {})).map((o) => [o.code, o.name, o.minutes, o.price, o.warrantyDays])).toEqual([['L-010', 'Display replacement', 45, 15000, 90]]);
    const view = await clerk.ok('orders.create', intakeInput());
    const wrong = await clerk.call('orders.setLines', { id: view.order.id, workLines: [{ description: 'x', unitPrice: 1, operationId: view.order.id }], partLines: [] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'workLines.0.operationId': 'not_found' } } });
  });
});

describe('the cost of repairs', () => {
  it('counts catalogue parts at the cost they were used at, flags hand-typed parts as cost unknown, and labour', async () => {
    const { clerk, technician, screen, swap } = await workshopWithPriceList();
    const order = await displayRepair({ clerk, technician, screen: screen.id, swap: swap.id }, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei() }, 'manufacturer');
    const cost = await clerk.ok('parts.costs.order', { orderId: order.id });
    expect(cost).toMatchObject({ partsAtCost: 40000, partsPending: 0, unknownCostParts: 1, labour: 15000, total: 55000 });
    const ledger = await clerk.ok('parts.ledger', { partId: screen.id });
    expect(ledger.moves.filter((m) => m.kind === 'receipt').map((m) => m.unitCost)).toEqual([40000, 39000]);
    expect(cost.parts).toEqual([{ partId: screen.id, sku: 'SCR-S23', name: 'Display module Galaxy S23', quantity: 1, unitCost: 40000 }]);
  });

  it('of an open repair counts the parts still to be used at today\'s cost', async () => {
    const { clerk, technician, screen } = await workshopWithPriceList();
    const view = await clerk.ok('orders.create', intakeInput());
    await clerk.ok('orders.setLines', { id: view.order.id, workLines: [{ description: 'Display replacement', unitPrice: 15000 }], partLines: [{ name: 'Display', partId: screen.id, quantity: 2, unitPrice: 69000 }] });
    await technician.ok('orders.transition', { id: view.order.id, to: 'diagnosing' });
    expect(await clerk.ok('parts.costs.order', { orderId: view.order.id })).toMatchObject({ partsAtCost: 0, partsPending: 80000, labour: 15000, total: 95000 });
    await technician.ok('orders.transition', { id: view.order.id, to: 'cancelled' });
    expect(await clerk.ok('parts.costs.order', { orderId: view.order.id })).toMatchObject({ partsPending: 0, total: 15000 });
  });

  it('of warranty work per model and period leaves out paid repairs and repairs outside the period', async () => {
    const { clock, clerk, technician, screen, swap } = await workshopWithPriceList();
    const ids = { clerk, technician, screen: screen.id, swap: swap.id };
    await displayRepair(ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000001') }, 'manufacturer');
    await displayRepair(ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000002') }, 'statutory');
    await displayRepair(ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000003') }, 'paid');
    await displayRepair(ids, { brand: 'Xiaomi', model: 'Redmi 12', imei: validImei('35290611000004') }, 'manufacturer');
    clock.now = new Date('2026-05-02T09:00:00Z');
    await displayRepair(ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000005') }, 'manufacturer');

    const april = await clerk.ok('parts.costs.warranty', { from: '2026-04-01', to: '2026-04-30' });
    expect(april.rows.map((r) => [r.brand, r.model, r.orders, r.total])).toEqual([
      ['Samsung', 'Galaxy S23', 2, 110000],
      ['Xiaomi', 'Redmi 12', 1, 55000],
    ]);
    expect(april.total).toMatchObject({ orders: 3, partsAtCost: 120000, unknownCostParts: 3, labour: 45000, total: 165000 });
    expect((await clerk.ok('parts.costs.warranty', { from: '2026-04-01', to: '2026-05-31', basis: 'manufacturer' })).total.orders).toBe(3);
    expect(await clerk.call('parts.costs.warranty', { from: '2026-05-01', to: '2026-04-01' })).toMatchObject({ ok: false, error: { fields: { to: 'before_from' } } });
    const { csv } = await clerk.ok('parts.costs.warrantyCsv', { from: '2026-04-01', to: '2026-04-30' });
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['\ufeffbrand,model,orders,parts_at_cost,parts_cost_unknown,labour,total', 'Samsung,Galaxy S23,2,800.00,2,300.00,1100.00']);
  });

  it("a manufacturer's reimbursement statement holds its brands' warranty repairs, as PDF in three languages and CSV", async () => {
    const { clerk, technician, samsung, screen, swap } = await workshopWithPriceList();
    const ids = { clerk, technician, screen: screen.id, swap: swap.id };
    const ours = await displayRepair(ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000011') }, 'manufacturer');
    await displayRepair(ids, { brand: 'Samsung', model: 'Galaxy S23', imei: validImei('35290611000012') }, 'statutory');
    await displayRepair(ids, { brand: 'Xiaomi', model: 'Redmi 12', imei: validImei('35290611000013') }, 'manufacturer');
    const statement = await clerk.ok('parts.costs.statement', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30' });
    expect(statement.lines.map((l) => [l.number, l.model, l.total])).toEqual([[ours.number, 'Galaxy S23', 55000]]);
    expect(statement.total.total).toBe(55000);
    const words = { ru: 'Реестр гарантийных ремонтов для возмещения', he: 'דוח תיקוני אחריות להחזר', en: 'Statement of warranty repairs for reimbursement' } as const;
    for (const language of ['ru', 'he', 'en'] as const) {
      const file = await clerk.ok('parts.costs.statementPdf', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30', language });
      const text = (await pdfText(Buffer.from(file.base64, 'base64'))).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
      for (const part of [words[language], ours.number, 'Samsung Electronics Co., Ltd.', 'SCR-S23']) expect(text, `${language} ${part}`).toContain(part);
    }
    const { csv } = await clerk.ok('parts.costs.statementCsv', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30' });
    expect(csv.split('\r\n')[1]).toBe(`${ours.number},2026-04-01,Samsung,Galaxy S23,${validImei('35290611000011')},Screen flickers,"SCR-S23 x1; Adhesive strip x1 (cost unknown)",400.00,150.00,550.00`);
  });
});

describe('which orders the warranty figures count', () => {
  it('only completed repairs handed back repaired or replaced, in the period of their FIRST completion', async () => {
    const { clock, clerk, technician, samsung, screen, swap } = await workshopWithPriceList();
    const ids = { clerk, technician, screen: screen.id, swap: swap.id };
    const galaxy = (n: string) => ({ brand: 'Samsung', model: 'Galaxy S23', imei: validImei(`3529061100002${n}`) });
    // Completed in April, reopened and completed again in May, handed back repaired: an April repair.
    const reworked = await displayRepair(ids, galaxy('1'), 'manufacturer');
    // Completed in April but refunded at hand-back: no repair to claim.
    const refunded = await displayRepair(ids, galaxy('2'), 'manufacturer');
    await clerk.ok('orders.transition', { id: refunded.id, to: 'issued', outcome: 'refunded' });
    // Cancelled and handed back refused; found unrepairable and handed back: neither was ever completed.
    const input = intakeInput({ imei: validImei('35290611000231') });
    const cancelled = await clerk.ok('orders.create', { ...input, device: { ...input.device, brand: 'Samsung' }, intake: { ...input.intake, warrantyBasis: 'manufacturer' } });
    await clerk.ok('orders.transition', { id: cancelled.order.id, to: 'cancelled' });
    await clerk.ok('orders.transition', { id: cancelled.order.id, to: 'issued', outcome: 'refused' });
    const input2 = intakeInput({ imei: validImei('35290611000232') });
    const dead = await clerk.ok('orders.create', { ...input2, device: { ...input2.device, brand: 'Samsung' }, intake: { ...input2.intake, warrantyBasis: 'manufacturer' } });
    await technician.ok('orders.transition', { id: dead.order.id, to: 'diagnosing' });
    await technician.ok('orders.transition', { id: dead.order.id, to: 'unrepairable' });
    await clerk.ok('orders.transition', { id: dead.order.id, to: 'issued', outcome: 'unrepairable' });
    clock.now = new Date('2026-05-03T09:00:00Z');
    await technician.ok('orders.transition', { id: reworked.id, to: 'in_repair' });
    await technician.ok('orders.transition', { id: reworked.id, to: 'ready' });
    await clerk.ok('orders.transition', { id: reworked.id, to: 'issued', outcome: 'repaired' });

    const april = await clerk.ok('parts.costs.statement', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30' });
    expect(april.lines.map((l) => [l.number, l.completedAt])).toEqual([[reworked.number, '2026-04-01T09:00:00.000Z']]);
    expect(april.lines[0].parts).toEqual([
      { sku: 'SCR-S23', name: 'Display module Galaxy S23', quantity: 1, unitCost: 40000 },
      { sku: '', name: 'Adhesive strip', quantity: 1 },
    ]);
    expect((await clerk.ok('parts.costs.statement', { manufacturerId: samsung.id, from: '2026-05-01', to: '2026-05-31' })).lines).toEqual([]);
    expect((await clerk.ok('parts.costs.warranty', { from: '2026-04-01', to: '2026-05-31' })).total.orders).toBe(1);
    const file = await clerk.ok('parts.costs.statementPdf', { manufacturerId: samsung.id, from: '2026-04-01', to: '2026-04-30', language: 'en' });
    expect(await pdfText(Buffer.from(file.base64, 'base64'))).toContain('cost unknown');
  });
});
