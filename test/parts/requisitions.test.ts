import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';

async function workshopShortOfParts() {
  const t = await openBackend({ now: () => new Date('2026-04-01T09:00:00Z') });
  const staff = await staffedWorkshop(t);
  const { manager, clerk, technician } = staff;
  const supplier = await manager.ok('parts.counterparties.save', { name: 'PartsPro Ltd', kinds: ['supplier'], contactPerson: 'Dana Levi', legalName: 'PartsPro Trading Ltd', taxId: '514000111' });
  const other = await manager.ok('parts.counterparties.save', { name: 'Кабель-Опт', kinds: ['supplier'] });
  const screen = await manager.ok('parts.save', { sku: 'SCR-S23', name: 'Display module Galaxy S23', cost: 42000, price: 69000, supplierId: supplier.id, minStock: 1 });
  const glue = await manager.ok('parts.save', { sku: 'GLUE-B7000', name: 'Клей B-7000', unit: 'ml', cost: 20, price: 50, supplierId: other.id, minStock: 15 });
  const orders = [];
  for (const [i, quantity] of [1, 2].entries()) {
    const view = await clerk.ok('orders.create', intakeInput({ imei: validImei(`3529061100010${i}`) }));
    await clerk.ok('orders.setLines', { id: view.order.id, workLines: [], partLines: [{ name: 'Display', partId: screen.id, quantity, unitPrice: 69000 }] });
    orders.push(await technician.ok('orders.transition', { id: view.order.id, to: 'diagnosing' }));
  }
  return { t, supplier, other, screen, glue, orders, ...staff };
}

describe('requisitions', () => {
  it('gather what waiting orders lack and stock below minimum, one draft per supplier, without asking twice', async () => {
    const { clerk, supplier, other, orders } = await workshopShortOfParts();
    const drafts = await clerk.ok('parts.requisitions.generate', {});
    const bySupplier = Object.fromEntries(drafts.map((d) => [d.supplierName, d.lines.map((l) => [l.sku, l.quantity, l.reason, l.orderNumbers])]));
    expect(bySupplier).toEqual({
      'PartsPro Ltd': [['SCR-S23', 4, 'orders', orders.map((o) => o.order.number)]],
      'Кабель-Опт': [['GLUE-B7000', 15, 'min_stock', []]],
    });
    expect(drafts.map((d) => d.supplierId).sort()).toEqual([supplier.id, other.id].sort());
    expect(drafts[0].number).toMatch(/^RQ-2026-0000[12]$/);
    expect(await clerk.call('parts.requisitions.generate', {})).toMatchObject({ ok: false, error: { code: 'conflict', fields: { supplierId: 'nothing_to_order' } } });
  });

  it('are edited while drafts, received partly then fully, and the goods serve the waiting orders', async () => {
    const { clerk, technician, supplier, screen, glue, orders } = await workshopShortOfParts();
    const [draft] = await clerk.ok('parts.requisitions.generate', { supplierId: supplier.id });
    const negative = await clerk.call('parts.requisitions.save', { id: draft.id, lines: [{ partId: screen.id, quantity: 2 }, { partId: glue.id, quantity: -1 }] });
    expect(negative).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'lines.1.quantity': 'not_positive' } } });
    const halfScreen = await clerk.call('parts.requisitions.save', { id: draft.id, lines: [{ partId: screen.id, quantity: 2.5 }, { partId: screen.id, quantity: 1 }] });
    expect(halfScreen).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'lines.0.quantity': 'whole_units', 'lines.1.partId': 'duplicate' } } });
    const edited = await clerk.ok('parts.requisitions.save', { id: draft.id, note: 'Urgent', lines: [{ partId: screen.id, quantity: 3, reason: 'orders' }, { partId: glue.id, quantity: 50 }] });
    expect(edited.lines.map((l) => [l.sku, l.quantity])).toEqual([['SCR-S23', 3], ['GLUE-B7000', 50]]);
    expect(await clerk.call('parts.requisitions.receive', { id: draft.id, lines: [{ partId: screen.id, quantity: 1 }] })).toMatchObject({ ok: false, error: { fields: { id: 'not_sent' } } });
    await clerk.ok('parts.requisitions.setState', { id: draft.id, state: 'sent' });
    expect(await clerk.call('parts.requisitions.save', { id: draft.id, lines: [] })).toMatchObject({ ok: false, error: { fields: { id: 'not_draft' } } });

    const partly = await clerk.ok('parts.requisitions.receive', { id: draft.id, lines: [{ partId: screen.id, quantity: 1 }, { partId: glue.id, quantity: 12.5 }], reason: 'Invoice 991' });
    expect(partly.state).toBe('partly_received');
    expect((await clerk.ok('parts.arrived', {})).map((a) => a.number)).toEqual([orders[0].order.number]);
    const over = await clerk.call('parts.requisitions.receive', { id: draft.id, lines: [{ partId: screen.id, quantity: 3 }] });
    expect(over).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'lines.0.quantity': 'more_than_ordered' } } });
    const full = await clerk.ok('parts.requisitions.receive', { id: draft.id, lines: [{ partId: screen.id, quantity: 2 }, { partId: glue.id, quantity: 37.5 }] });
    expect(full.state).toBe('received');
    expect((await clerk.ok('parts.arrived', {})).map((a) => a.number).sort()).toEqual(orders.map((o) => o.order.number).sort());
    const [screenRow] = await clerk.ok('parts.list', { query: 'SCR' });
    expect(screenRow.stock).toEqual({ onHand: 3, reserved: 3, available: 0 });
    const [glueRow] = await clerk.ok('parts.list', { query: 'GLUE' });
    expect(glueRow.stock.onHand).toBe(50);
    await technician.ok('orders.transition', { id: orders[1].order.id, to: 'in_repair' });
    expect((await clerk.ok('parts.arrived', {})).map((a) => a.number)).toEqual([orders[0].order.number]);
  });

  it('print in Russian, Hebrew and English and export as CSV', async () => {
    const { clerk, supplier } = await workshopShortOfParts();
    const [draft] = await clerk.ok('parts.requisitions.generate', { supplierId: supplier.id });
    const words = { ru: 'Заявка на запасные части', he: 'הזמנת רכש של חלקי חילוף', en: 'Parts requisition' } as const;
    for (const language of ['ru', 'he', 'en'] as const) {
      const file = await clerk.ok('parts.requisitions.pdf', { id: draft.id, language });
      expect(file.fileName).toBe(`${draft.number}-${language}.pdf`);
      const text = (await pdfText(Buffer.from(file.base64, 'base64'))).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
      for (const part of [words[language], draft.number, 'SCR-S23', 'PartsPro Trading Ltd', '514000111']) expect(text, `${language} ${part}`).toContain(part);
    }
    const { csv } = await clerk.ok('parts.requisitions.csv', { id: draft.id });
    expect(csv.split('\r\n')[0]).toBe('\ufeffsku,name,quantity,unit,received,unit_cost,reason,orders');
    expect(csv.split('\r\n')[1]).toMatch(/^SCR-S23,Display module Galaxy S23,4,pcs,0,420\.00,orders,R-2026-00001 R-2026-00002$/);
  });
});
