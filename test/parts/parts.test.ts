import { describe, expect, it } from 'vitest';
import { stockLevels } from '../../shared/parts/stock.js';
import { intakeInput, type Member, openBackend, pdfText, staffedWorkshop, validImei, type TestBackend } from '../platform/helpers.js';

async function workshopWithParts() {
  const clock = { now: new Date('2026-04-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  const supplier = await staff.manager.ok('parts.counterparties.save', { name: 'PartsPro Ltd', kinds: ['supplier'], phone: '+972 3 555 0101', taxId: '514000111' });
  const screen = await staff.manager.ok('parts.save', {
    sku: 'SCR-S23',
    name: 'Display module Galaxy S23',
    compatibleModels: ['Galaxy S23', 'Galaxy S23+'],
    unit: 'pcs',
    cost: 42000,
    price: 69000,
    supplierId: supplier.id,
    warrantyDays: 180,
    minStock: 2,
  });
  const cable = await staff.manager.ok('parts.save', { sku: 'CBL-1', name: 'Flat cable', unit: 'm', cost: 500, price: 1200, minStock: 0 });
  return { t, clock, supplier, screen, cable, ...staff };
}

/** Stock summed afresh from every move on disk must equal what the catalogue reports. */
function expectLedgerConsistent(t: TestBackend, partId: string, rowStock: { onHand: number; reserved: number; available: number }) {
  expect(stockLevels(t.backend.store.stockMoves.all()).get(partId)).toEqual(rowStock);
}

async function orderNeeding(actor: Member, partId: string, quantity: number, imei = validImei()) {
  const view = await actor.ok('orders.create', intakeInput({ imei }));
  return actor.ok('orders.setLines', {
    id: view.order.id,
    workLines: [{ description: 'Replace display', unitPrice: 15000 }],
    partLines: [{ name: 'Display module Galaxy S23', sku: 'SCR-S23', partId, quantity, unitPrice: 69000 }],
  });
}

describe('the parts catalogue', () => {
  it('refuses a duplicate SKU, a quantity its unit does not allow and a negative receipt, changing nothing', async () => {
    const { t, clerk, manager, screen, cable } = await workshopWithParts();
    expect(await manager.call('parts.save', { sku: 'scr-s23', name: 'Other', cost: 1, price: 2 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { sku: 'duplicate' } },
    });
    expect(await clerk.call('parts.receive', { partId: screen.id, quantity: -3 })).toMatchObject({ ok: false, error: { code: 'validation', fields: { quantity: 'not_positive' } } });
    expect(await clerk.call('parts.receive', { partId: screen.id, quantity: 1.5 })).toMatchObject({ ok: false, error: { fields: { quantity: 'whole_units' } } });
    expect(await clerk.call('parts.receive', { partId: cable.id, quantity: 0.0005 })).toMatchObject({ ok: false, error: { fields: { quantity: 'too_precise' } } });
    expect(t.backend.store.stockMoves.all()).toHaveLength(0);
    const received = await clerk.ok('parts.receive', { partId: cable.id, quantity: 0.1 });
    await clerk.ok('parts.receive', { partId: cable.id, quantity: 0.2 });
    const [row] = await manager.ok('parts.list', { query: 'flat' });
    expect(received.stock.onHand).toBe(0.1);
    expect(row.stock).toEqual({ onHand: 0.3, reserved: 0, available: 0.3 });
  });

  it('finds parts by SKU, name or compatible model, and lists those below minimum', async () => {
    const { clerk, screen } = await workshopWithParts();
    expect((await clerk.ok('parts.list', { query: 's23+' })).map((p) => p.sku)).toEqual(['SCR-S23']);
    expect((await clerk.ok('parts.list', { query: 'display' })).map((p) => p.sku)).toEqual(['SCR-S23']);
    expect((await clerk.ok('parts.list', { attention: true })).map((p) => [p.sku, p.belowMin])).toEqual([['SCR-S23', true]]);
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 });
    expect(await clerk.ok('parts.list', { attention: true })).toEqual([]);
  });

  it('refuses to write off more than is free, and lets only a manager count stock', async () => {
    const { clerk, manager, screen } = await workshopWithParts();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 });
    expect(await manager.call('parts.writeOff', { partId: screen.id, quantity: 3, reason: 'Broken' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { quantity: 'not_enough_stock' } },
    });
    expect(await clerk.call('parts.adjust', { partId: screen.id, counted: 5, reason: 'Count' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const counted = await manager.ok('parts.adjust', { partId: screen.id, counted: 1, reason: 'Stock count 2026-04' });
    expect(counted.stock.onHand).toBe(1);
    const ledger = await manager.ok('parts.ledger', { partId: screen.id });
    expect(ledger.moves.map((m) => [m.kind, m.quantity, m.byName])).toEqual([
      ['adjustment', -1, 'Sarah Cohen'],
      ['receipt', 2, 'נועה פרץ'],
    ]);
  });
});

describe('parts through the life of an order', () => {
  it('diagnosis reserves, completion consumes, and the stock is the sum of the ledger at every step', async () => {
    const { t, clerk, technician, screen } = await workshopWithParts();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 3 });
    const view = await orderNeeding(clerk, screen.id, 1);
    const id = view.order.id;
    expect((await clerk.ok('parts.list', { query: 'SCR' }))[0].stock).toEqual({ onHand: 3, reserved: 0, available: 3 });
    await technician.ok('orders.diagnose', { id, notes: 'Display cracked inside' });
    let [row] = await clerk.ok('parts.list', { query: 'SCR' });
    expect(row.stock).toEqual({ onHand: 3, reserved: 1, available: 2 });
    expectLedgerConsistent(t, screen.id, row.stock);
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await technician.ok('orders.transition', { id, to });
    [row] = await clerk.ok('parts.list', { query: 'SCR' });
    expect(row.stock).toEqual({ onHand: 2, reserved: 0, available: 2 });
    expectLedgerConsistent(t, screen.id, row.stock);
    const parts = await clerk.ok('parts.forOrder', { orderId: id });
    expect(parts.rows).toMatchObject([{ sku: 'SCR-S23', required: 1, reserved: 0, consumed: 1, shortage: 0 }]);
    const kinds = (await clerk.ok('parts.ledger', { partId: screen.id })).moves.map((m) => [m.kind, m.orderNumber ?? '']);
    expect(kinds).toEqual([
      ['consumption', view.order.number],
      ['reservation', view.order.number],
      ['receipt', ''],
    ]);
  });

  it('a part added to a completed repair is used up at once, and used parts cannot be taken off the order', async () => {
    const { clerk, technician, screen, cable } = await workshopWithParts();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 });
    await clerk.ok('parts.receive', { partId: cable.id, quantity: 1 });
    const view = await orderNeeding(clerk, screen.id, 1);
    const id = view.order.id;
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await technician.ok('orders.transition', { id, to });
    const lines = view.order.partLines.map(({ id: _id, ...line }) => line);
    await clerk.ok('orders.setLines', { id, workLines: [], partLines: [...lines, { name: 'Flat cable', partId: cable.id, quantity: 0.25, unitPrice: 1200 }] });
    expect((await clerk.ok('parts.forOrder', { orderId: id })).rows.map((r) => [r.sku, r.consumed])).toEqual([
      ['SCR-S23', 1],
      ['CBL-1', 0.25],
    ]);
    const removed = await clerk.call('orders.setLines', { id, workLines: [], partLines: [] });
    expect(removed).toMatchObject({ ok: false, error: { code: 'conflict', fields: { partLines: 'below_consumed' } } });
    expect((await clerk.ok('parts.list', { query: 'CBL' }))[0].stock.onHand).toBe(0.75);
  });

  it('cancelling releases what the order held', async () => {
    const { clerk, technician, screen } = await workshopWithParts();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 });
    const view = await orderNeeding(clerk, screen.id, 2);
    await technician.ok('orders.transition', { id: view.order.id, to: 'diagnosing' });
    expect((await clerk.ok('parts.list', { query: 'SCR' }))[0].stock.available).toBe(0);
    await technician.ok('orders.transition', { id: view.order.id, to: 'cancelled', note: 'Customer declined' });
    expect((await clerk.ok('parts.list', { query: 'SCR' }))[0].stock).toEqual({ onHand: 2, reserved: 0, available: 2 });
  });

  it('an order waits for a missing part, cannot be completed without it, and is flagged when a receipt brings it', async () => {
    const { t, clerk, technician, screen } = await workshopWithParts();
    const first = await orderNeeding(clerk, screen.id, 1);
    const second = await orderNeeding(clerk, screen.id, 1, validImei('35290611654321'));
    for (const view of [first, second]) {
      await technician.ok('orders.assign', { id: view.order.id, technicianId: technician.id });
      for (const to of ['diagnosing', 'awaiting_parts'] as const) await technician.ok('orders.transition', { id: view.order.id, to });
    }
    expect((await clerk.ok('parts.waiting', {})).map((w) => [w.number, w.lacking[0].quantity])).toEqual([
      [first.order.number, 1],
      [second.order.number, 1],
    ]);
    await technician.ok('orders.transition', { id: first.order.id, to: 'in_repair' });
    expect(await technician.call('orders.transition', { id: first.order.id, to: 'ready' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { 'partLines.0.quantity': 'parts_missing' } },
    });
    expect(t.backend.store.stockMoves.all()).toHaveLength(0);

    await clerk.ok('parts.receive', { partId: screen.id, quantity: 1, reason: 'Invoice 7781' });
    const arrived = await clerk.ok('parts.arrived', { technicianId: technician.id });
    expect(arrived.map((a) => a.number)).toEqual([first.order.number]);
    expect((await clerk.ok('parts.waiting', {})).map((w) => w.number)).toEqual([second.order.number]);
    await technician.ok('orders.transition', { id: first.order.id, to: 'ready' });
    expect(await clerk.ok('parts.arrived', {})).toEqual([]);
    const [row] = await clerk.ok('parts.list', { query: 'SCR' });
    expect(row).toMatchObject({ stock: { onHand: 0, reserved: 0, available: 0 }, shortage: 1 });
  });

  it('a part a manager allows below zero can be consumed before its receipt is booked', async () => {
    const { clerk, manager, technician, screen } = await workshopWithParts();
    const { sku, name, unit, cost, price } = screen;
    await manager.ok('parts.save', { id: screen.id, sku, name, unit, cost, price, allowNegative: true });
    const view = await orderNeeding(clerk, screen.id, 1);
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await technician.ok('orders.transition', { id: view.order.id, to });
    expect((await manager.ok('parts.list', { query: 'SCR' }))[0].stock).toEqual({ onHand: -1, reserved: 0, available: -1 });
  });

  it('refuses part lines in quantities their unit does not allow, naming the line', async () => {
    const { clerk, screen } = await workshopWithParts();
    const view = await clerk.ok('orders.create', intakeInput());
    const result = await clerk.call('orders.setLines', {
      id: view.order.id,
      workLines: [],
      partLines: [{ name: 'Display', partId: screen.id, quantity: 0.5, unitPrice: 69000 }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'partLines.0.quantity': 'whole_units' } } });
  });
});

describe('the ledger under concurrent requests', () => {
  it('never oversells: diagnoses, write-offs, sales, returns and receipts at once leave stock equal to the sum of the ledger', async () => {
    const { t, clerk, manager, technician, supplier, screen } = await workshopWithParts();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 3 });
    const orders = [];
    for (let i = 0; i < 6; i++) orders.push(await orderNeeding(clerk, screen.id, 1, validImei(`3529061100000${i}`)));
    const takers = [
      manager.call('parts.writeOff', { partId: screen.id, quantity: 1, reason: 'Dropped' }),
      clerk.call('parts.sales.create', { lines: [{ partId: screen.id, quantity: 1 }] }),
      clerk.call('parts.returnToSupplier', { partId: screen.id, quantity: 1, supplierId: supplier.id, cause: 'supplier_defect' }),
    ];
    const results = await Promise.all([
      takers[0],
      ...orders.map((o) => technician.call('orders.diagnose', { id: o.order.id, notes: 'Needs a display' })),
      takers[1],
      clerk.call('parts.receive', { partId: screen.id, quantity: 2 }),
      takers[2],
    ]);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals.every((r) => !r.ok && Object.values(r.error.fields ?? {}).includes('not_enough_stock'))).toBe(true);
    const taken = (await Promise.all(takers)).filter((r) => r.ok).length;
    const [row] = await manager.ok('parts.list', { query: 'SCR' });
    expect(row.stock.onHand).toBe(5 - taken);
    expect(row.stock.reserved).toBeLessThanOrEqual(row.stock.onHand);
    expect(row.stock.available).toBeGreaterThanOrEqual(0);
    expectLedgerConsistent(t, screen.id, row.stock);
    const waiting = await manager.ok('parts.waiting', {});
    expect(row.stock.reserved + waiting.length).toBe(6);
    await t.close();
    const reopened = await openBackend({ dataDir: t.dataDir });
    expect(stockLevels(reopened.backend.store.stockMoves.all()).get(screen.id)).toEqual(row.stock);
  });
});

describe('returns to suppliers', () => {
  it('keeps supplier defects apart from workshop damage, per supplier and part, in a period', async () => {
    const { clock, clerk, supplier, screen } = await workshopWithParts();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 5 });
    await clerk.ok('parts.returnToSupplier', { partId: screen.id, quantity: 2, supplierId: supplier.id, cause: 'supplier_defect', reason: 'Dead pixels' });
    await clerk.ok('parts.returnToSupplier', { partId: screen.id, quantity: 1, supplierId: supplier.id, cause: 'workshop_damage' });
    clock.now = new Date('2026-05-10T09:00:00Z');
    await clerk.ok('parts.returnToSupplier', { partId: screen.id, quantity: 1, supplierId: supplier.id, cause: 'supplier_defect' });
    expect(await clerk.ok('parts.returnsSummary', { from: '2026-04-01', to: '2026-04-30' })).toEqual([
      { supplierId: supplier.id, supplierName: 'PartsPro Ltd', partId: screen.id, sku: 'SCR-S23', name: 'Display module Galaxy S23', supplierDefect: 2, workshopDamage: 1 },
    ]);
    expect((await clerk.ok('parts.list', { query: 'SCR' }))[0].stock.onHand).toBe(1);
  });
});

describe('over-the-counter sales', () => {
  it('sell free stock only, at catalogue prices unless given, with a receipt in three languages', async () => {
    const { clerk, manager, technician, screen, cable } = await workshopWithParts();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 });
    await clerk.ok('parts.receive', { partId: cable.id, quantity: 5 });
    const view = await orderNeeding(clerk, screen.id, 1);
    await technician.ok('orders.transition', { id: view.order.id, to: 'diagnosing' });
    const oversold = await clerk.call('parts.sales.create', { lines: [{ partId: screen.id, quantity: 2 }] });
    expect(oversold).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'lines.0.quantity': 'not_enough_stock' } } });
    expect(await clerk.call('parts.sales.create', { lines: [{ partId: cable.id, quantity: -1 }] })).toMatchObject({ ok: false, error: { fields: { 'lines.0.quantity': 'not_positive' } } });
    // Below the catalogue price (1200) is a manager's discount: a clerk is refused, naming the line.
    const discount = await clerk.call('parts.sales.create', { lines: [{ partId: screen.id, quantity: 1 }, { partId: cable.id, quantity: 1.5, unitPrice: 0 }] });
    expect(discount).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { 'lines.1.unitPrice': 'below_catalogue_price' } } });
    expect(await manager.ok('parts.sales.list', {})).toEqual([]);
    const sale = await manager.ok('parts.sales.create', { customerName: 'Мария Иванова', lines: [{ partId: screen.id, quantity: 1 }, { partId: cable.id, quantity: 1.5, unitPrice: 1000 }] });
    expect(sale).toMatchObject({ number: 'S-2026-00001', total: 69000 + 1500 });
    expect((await manager.ok('parts.list', { query: 'SCR' }))[0].stock).toEqual({ onHand: 1, reserved: 1, available: 0 });
    expect((await manager.ok('parts.list', { query: 'flat' }))[0].stock.onHand).toBe(3.5);
    const words = { ru: 'Товарный чек', he: 'קבלה על מכירה', en: 'Sales receipt' } as const;
    for (const language of ['ru', 'he', 'en'] as const) {
      const file = await clerk.ok('parts.sales.receiptPdf', { id: sale.id, language });
      const text = (await pdfText(Buffer.from(file.base64, 'base64'))).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
      for (const part of [words[language], 'S-2026-00001', 'SCR-S23', 'Мария Иванова']) expect(text, `${language} ${part}`).toContain(part);
    }
  });
});
