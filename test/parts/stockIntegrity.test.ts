import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../electron/platform/store/collection.js';
import { journalFaults } from '../../electron/platform/store/journal.js';
import type { ServiceContext } from '../../electron/platform/context.js';
import { ledgerTotals } from '../../electron/parts/stockLedger.js';
import { holdingsByOrder, stockLevels } from '../../shared/parts/stock.js';
import type { StockMove } from '../../shared/parts/schemas.js';
import { intakeInput, type Member, openBackend, staffedWorkshop, validImei, type TestBackend } from '../platform/helpers.js';

/**
 * A storage failure: the collection's files are replaced by folders, so that rewriting them fails (as in
 * store.test.ts), and the journal refuses the saves that touch them (as a full disk would). `only` breaks some of
 * the files of a sharded collection. Returns the repair, which puts the files back as they were (nothing could be
 * written to them meanwhile).
 */
async function breakFiles(dataDir: string, collection: string, only?: (shard: number) => boolean): Promise<() => Promise<void>> {
  const single = join(dataDir, `${collection}.json`);
  const files = (await readdir(dataDir)).includes(`${collection}.json`)
    ? [single]
    : (await readdir(join(dataDir, collection))).filter((f) => f.endsWith('.json') && (!only || only(Number(f.slice(0, 2))))).map((f) => join(dataDir, collection, f));
  const kept = new Map<string, string>();
  for (const file of files) {
    kept.set(file, await readFile(file, 'utf8'));
    await rm(file);
    await mkdir(file);
    await writeFile(join(file, 'x'), 'x');
  }
  const broken = new Set(files.map((file) => file.slice(dataDir.length + 1).replace(/\\/g, '/')));
  journalFaults.refuse = (touched) => touched.some((file) => broken.has(file));
  return async () => {
    journalFaults.refuse = undefined;
    for (const [file, text] of kept) {
      await rm(file, { recursive: true });
      await writeFile(file, text);
    }
  };
}

async function workshop(dataDir?: string) {
  const t = await openBackend({ dataDir, now: () => new Date('2026-04-01T09:00:00Z') });
  const staff = await staffedWorkshop(t);
  const { manager } = staff;
  const supplier = await manager.ok('parts.counterparties.save', { name: 'PartsPro Ltd', kinds: ['supplier'] });
  const save = (sku: string, extra = {}) => manager.ok('parts.save', { sku, name: `Part ${sku}`, cost: 1000, price: 2000, supplierId: supplier.id, ...extra });
  const screen = await save('SCR-1');
  const battery = await save('BAT-1');
  const cable = await save('CBL-1');
  return { t, supplier, screen, battery, cable, ...staff };
}

async function orderNeeding(actor: Member, partId: string, quantity: number, imei: string) {
  const view = await actor.ok('orders.create', intakeInput({ imei: validImei(imei) }));
  await actor.ok('orders.setLines', { id: view.order.id, workLines: [], partLines: [{ name: 'Part', partId, quantity, unitPrice: 2000 }] });
  return (await actor.ok('orders.transition', { id: view.order.id, to: 'diagnosing' })).order;
}

const stockOf = async (reader: Member, sku: string) => (await reader.ok('parts.list', { query: sku }))[0].stock;

/** The running totals equal the sums of every move in memory. */
function expectTotalsTrue(t: TestBackend) {
  const moves = t.backend.store.stockMoves.all();
  const totals = ledgerTotals({ store: t.backend.store } as ServiceContext);
  expect(totals.levels()).toEqual(stockLevels(moves));
  for (const [orderId, parts] of holdingsByOrder(moves)) expect(totals.holdings(orderId)).toEqual(parts);
}

describe('stock when a write fails half-way', () => {
  it('a counter sale that cannot be saved (its record or its moves) leaves no sale and no stock taken; the retry takes it once', async () => {
    const { t, clerk, screen } = await workshop();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 });
    for (const collection of ['sales', 'stock-moves']) {
      const repair = await breakFiles(t.dataDir, collection);
      expect(await clerk.call('parts.sales.create', { lines: [{ partId: screen.id, quantity: 1 }] })).toMatchObject({ ok: false, error: { code: 'storage' } });
      await repair();
      expect(await stockOf(clerk, 'SCR-1')).toEqual({ onHand: 2, reserved: 0, available: 2 });
    }
    expect(await clerk.ok('parts.sales.list', {})).toEqual([]);
    const sale = await clerk.ok('parts.sales.create', { lines: [{ partId: screen.id, quantity: 1 }] });
    expect(sale.number).toBe('S-2026-00001');
    await t.close();
    const reopened = await openBackend({ dataDir: t.dataDir });
    const clerkAgain = await reopened.signIn(clerk);
    expect((await clerkAgain.ok('parts.sales.list', {})).map((s) => s.number)).toEqual(['S-2026-00001']);
    expect(await stockOf(clerkAgain, 'SCR-1')).toEqual({ onHand: 1, reserved: 0, available: 1 });
  });

  it('a receipt that cannot be written leaves the catalogue cost as it was', async () => {
    const { t, manager, screen } = await workshop();
    const repair = await breakFiles(t.dataDir, 'stock-moves');
    expect(await manager.call('parts.receive', { partId: screen.id, quantity: 1, unitCost: 500 })).toMatchObject({ ok: false, error: { code: 'storage' } });
    await repair();
    expect((await manager.ok('parts.list', { query: 'SCR' }))[0]).toMatchObject({ cost: 1000, stock: { onHand: 0 } });
    expect((await manager.ok('parts.receive', { partId: screen.id, quantity: 1, unitCost: 500 })).cost).toBe(500);
  });

  it('a requisition receipt is booked once, even when the requisition file cannot be written', async () => {
    const { t, clerk, supplier, screen } = await workshop();
    await orderNeeding(clerk, screen.id, 2, '35290611000301');
    const [draft] = await clerk.ok('parts.requisitions.generate', { supplierId: supplier.id });
    await clerk.ok('parts.requisitions.setState', { id: draft.id, state: 'sent' });
    const repair = await breakFiles(t.dataDir, 'requisitions');
    await clerk.call('parts.requisitions.receive', { id: draft.id, lines: [{ partId: screen.id, quantity: 2, unitCost: 900 }] });
    await repair();
    // The clerk tries again: the goods are there once.
    const again = await clerk.call('parts.requisitions.receive', { id: draft.id, lines: [{ partId: screen.id, quantity: 2 }] });
    expect(again).toMatchObject({ ok: false, error: { fields: { id: 'not_sent' } } });
    expect(await stockOf(clerk, 'SCR-1')).toEqual({ onHand: 2, reserved: 2, available: 0 });
    expect((await clerk.ok('parts.requisitions.get', { id: draft.id })).state).toBe('received');
    expect((await clerk.ok('parts.ledger', { partId: screen.id })).moves.find((m) => m.kind === 'receipt')?.unitCost).toBe(900);
  });

  it('a cancel whose order cannot be saved: after a restart the order holds its parts again, and nothing is ordered for it meanwhile', async () => {
    const { t, clerk, supplier, technician, screen } = await workshop();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 1 });
    const order = await orderNeeding(clerk, screen.id, 1, '35290611000302');
    expect(await stockOf(clerk, 'SCR-1')).toMatchObject({ reserved: 1 });
    const repair = await breakFiles(t.dataDir, 'orders');
    expect(await technician.call('orders.transition', { id: order.id, to: 'cancelled' })).toMatchObject({ ok: false, error: { code: 'storage' } });
    await repair();
    expect((await clerk.ok('orders.get', { id: order.id })).order.status).toBe('diagnosing');
    // The unit is on the shelf, free: nothing to order for the order still waiting for it.
    expect(await clerk.call('parts.requisitions.generate', { supplierId: supplier.id })).toMatchObject({ ok: false, error: { fields: { supplierId: 'nothing_to_order' } } });
    await t.close();
    const reopened = await openBackend({ dataDir: t.dataDir });
    const clerkAgain = await reopened.signIn(clerk);
    expect(await stockOf(clerkAgain, 'SCR-1')).toEqual({ onHand: 1, reserved: 1, available: 0 });
    expect((await clerkAgain.ok('parts.forOrder', { orderId: order.id })).rows).toMatchObject([{ reserved: 1, shortage: 0 }]);
    await (await reopened.signIn(technician)).ok('orders.transition', { id: order.id, to: 'cancelled' });
    expect(await stockOf(clerkAgain, 'SCR-1')).toEqual({ onHand: 1, reserved: 0, available: 1 });
    expectTotalsTrue(reopened);
  });

  it('a batch of moves is written whole or not at all: after a restart no move is left of a refused sale', async () => {
    const { t, clerk, screen, battery, cable } = await workshop();
    for (const part of [screen, battery, cable]) await clerk.ok('parts.receive', { partId: part.id, quantity: 20 });
    const repair = await breakFiles(t.dataDir, 'stock-moves', (shard) => shard % 2 === 1);
    const sold: string[] = [];
    let refused = 0;
    for (let i = 0; i < 12; i++) {
      const result = await clerk.call('parts.sales.create', { lines: [screen, battery, cable].map((p) => ({ partId: p.id, quantity: 1 })) });
      if (result.ok) sold.push(result.value.id);
      else refused++;
    }
    expect(refused).toBeGreaterThan(0);
    await repair();
    await t.close();
    const reopened = await openBackend({ dataDir: t.dataDir });
    const moves = reopened.backend.store.stockMoves.all().filter((m) => m.saleId);
    expect([...new Set(moves.map((m) => m.saleId))].sort()).toEqual(sold.sort());
    for (const id of sold) expect(new Set(moves.filter((m) => m.saleId === id).map((m) => shardOf(m.id, 64))).size).toBe(1);
    const clerkAgain = await reopened.signIn(clerk);
    for (const sku of ['SCR-1', 'BAT-1', 'CBL-1']) expect((await stockOf(clerkAgain, sku)).onHand).toBe(20 - sold.length);
    expectTotalsTrue(reopened);
  });
});

describe('stock freed and stock checks', () => {
  it('stock a cancel or a smaller line lets go of goes to the order waiting for it', async () => {
    const { clerk, technician, screen } = await workshop();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 });
    const first = await orderNeeding(clerk, screen.id, 2, '35290611000311');
    const second = await orderNeeding(clerk, screen.id, 1, '35290611000312');
    const third = await orderNeeding(clerk, screen.id, 1, '35290611000313');
    expect((await clerk.ok('parts.waiting', {})).map((w) => w.number)).toEqual([second.number, third.number]);
    await clerk.ok('orders.setLines', { id: first.id, workLines: [], partLines: [{ name: 'Part', partId: screen.id, quantity: 1, unitPrice: 2000 }] });
    expect((await clerk.ok('parts.waiting', {})).map((w) => w.number)).toEqual([third.number]);
    await technician.ok('orders.transition', { id: first.id, to: 'cancelled' });
    expect(await clerk.ok('parts.waiting', {})).toEqual([]);
    expect((await clerk.ok('parts.arrived', {})).map((a) => a.number).sort()).toEqual([second.number, third.number].sort());
    expect(await stockOf(clerk, 'SCR-1')).toEqual({ onHand: 2, reserved: 2, available: 0 });
  });

  it('takes a receipt that improves a negative stock, and never lets a sale take what orders hold, even below-zero parts', async () => {
    const { clerk, manager, technician, screen } = await workshop();
    const { sku, name, cost, price } = screen;
    await manager.ok('parts.save', { id: screen.id, sku, name, cost, price, allowNegative: true });
    const used = await orderNeeding(clerk, screen.id, 3, '35290611000321');
    for (const to of ['in_repair', 'ready'] as const) await technician.ok('orders.transition', { id: used.id, to });
    await manager.ok('parts.save', { id: screen.id, sku, name, cost, price, allowNegative: false });
    expect((await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 })).stock).toEqual({ onHand: -1, reserved: 0, available: -1 });
    await manager.ok('parts.save', { id: screen.id, sku, name, cost, price, allowNegative: true });
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 2 });
    await orderNeeding(clerk, screen.id, 1, '35290611000322');
    expect(await stockOf(clerk, 'SCR-1')).toEqual({ onHand: 1, reserved: 1, available: 0 });
    expect(await manager.call('parts.sales.create', { lines: [{ partId: screen.id, quantity: 1 }] })).toMatchObject({ ok: false, error: { fields: { 'lines.0.quantity': 'not_enough_stock' } } });
    expect(await manager.call('parts.writeOff', { partId: screen.id, quantity: 1, reason: 'Dropped' })).toMatchObject({ ok: false, error: { fields: { quantity: 'not_enough_stock' } } });
  });
});

describe('recording the shelf', () => {
  it('a count below what orders hold releases the newest reservations; a return or write-off for an order takes its unit and it waits again', async () => {
    const { t, clerk, manager, supplier, screen } = await workshop();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 3 });
    const older = await orderNeeding(clerk, screen.id, 1, '35290611000331');
    const newer = await orderNeeding(clerk, screen.id, 2, '35290611000332');
    const counted = await manager.ok('parts.adjust', { partId: screen.id, counted: 2, reason: 'Count' });
    expect(counted.stock).toEqual({ onHand: 2, reserved: 2, available: 0 });
    expect((await manager.ok('parts.waiting', {})).map((w) => [w.number, w.lacking[0].quantity])).toEqual([[newer.number, 1]]);
    expect((await manager.ok('parts.ledger', { partId: screen.id })).holders.map((h) => [h.number, h.reserved])).toEqual([
      [older.number, 1],
      [newer.number, 1],
    ]);
    const returned = await clerk.ok('parts.returnToSupplier', { partId: screen.id, quantity: 1, supplierId: supplier.id, cause: 'supplier_defect', orderId: older.id });
    expect(returned.stock).toEqual({ onHand: 1, reserved: 1, available: 0 });
    const written = await manager.ok('parts.writeOff', { partId: screen.id, quantity: 1, orderId: newer.id, reason: 'Cracked while fitting' });
    expect(written.stock).toEqual({ onHand: 0, reserved: 0, available: 0 });
    expect((await manager.ok('parts.waiting', {})).map((w) => [w.number, w.lacking[0].quantity])).toEqual([
      [older.number, 1],
      [newer.number, 2],
    ]);
    expectTotalsTrue(t);
  });
});

describe('who may do what with parts', () => {
  it('only a manager changes cost and price; technicians do not return parts to suppliers', async () => {
    const { clerk, technician, supplier, screen } = await workshop();
    const { sku, name, cost } = screen;
    expect(await clerk.call('parts.save', { id: screen.id, sku, name, cost, price: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { price: 'price_role' } } });
    expect(await technician.call('parts.save', { id: screen.id, sku, name, cost: 1, price: screen.price })).toMatchObject({ ok: false, error: { code: 'forbidden', fields: { cost: 'price_role' } } });
    expect((await clerk.ok('parts.save', { id: screen.id, sku, name: 'Renamed', cost, price: screen.price })).name).toBe('Renamed');
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 1, unitCost: 5 });
    expect((await clerk.ok('parts.list', { query: 'SCR' }))[0].cost).toBe(1000);
    expect(await technician.call('parts.returnToSupplier', { partId: screen.id, quantity: 1, supplierId: supplier.id, cause: 'supplier_defect' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('the running totals', () => {
  it('equal the sums of the moves after every kind of change, an undone write and a restart', async () => {
    const { t, clerk, manager, technician, screen, cable } = await workshop();
    await clerk.ok('parts.receive', { partId: screen.id, quantity: 5 });
    await clerk.ok('parts.receive', { partId: cable.id, quantity: 4 });
    const order = await orderNeeding(clerk, screen.id, 2, '35290611000341');
    await clerk.ok('parts.sales.create', { lines: [{ partId: cable.id, quantity: 1 }] });
    expectTotalsTrue(t);
    const repair = await breakFiles(t.dataDir, 'stock-moves');
    await manager.call('parts.writeOff', { partId: screen.id, quantity: 1, reason: 'x' });
    await repair();
    expectTotalsTrue(t);
    for (const to of ['in_repair', 'ready'] as const) await technician.ok('orders.transition', { id: order.id, to });
    expectTotalsTrue(t);
    expect(await stockOf(clerk, 'SCR-1')).toEqual({ onHand: 3, reserved: 0, available: 3 });
    await t.close();
    const reopened = await openBackend({ dataDir: t.dataDir });
    expectTotalsTrue(reopened);
    expect((reopened.backend.store.stockMoves.all() as StockMove[]).length).toBe(t.backend.store.stockMoves.all().length);
  });
});
