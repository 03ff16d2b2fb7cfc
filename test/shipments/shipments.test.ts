import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';
import { journalFaults } from '../../electron/platform/store/journal.js';

const normalise = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');

async function threeOrdersInDiagnosis() {
  const t = await openBackend({ now: () => new Date('2026-04-14T08:00:00Z') });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { workshop: { name: 'FixPoint', address: '12 Herzl St., Tel Aviv', signatory: 'Sarah Cohen' } });
  const orders = [];
  for (const [i, name] of ['Иван Петров', 'דנה כהן', 'Emily Clarke'].entries()) {
    const view = await staff.clerk.ok('orders.create', intakeInput({ name, imei: validImei(`3529061112345${i}`) }));
    await staff.technician.ok('orders.transition', { id: view.order.id, to: 'diagnosing' });
    orders.push(view.order);
  }
  return { t, ...staff, orders };
}

/**
 * Make every write to these data files fail (each becomes a folder, and the journal refuses the saves that touch
 * them, as a full disk would); the returned function puts them back.
 */
async function breakFiles(files: string[]): Promise<() => Promise<void>> {
  const kept = await Promise.all(files.map((file) => readFile(file)));
  journalFaults.refuse = (touched) => touched.some((name) => files.some((file) => file.replace(/\\/g, '/').endsWith(`/${name}`)));
  for (const file of files) {
    await rm(file);
    await mkdir(file);
    await writeFile(join(file, 'x'), 'x');
  }
  return async () => {
    journalFaults.refuse = undefined;
    for (const [i, file] of files.entries()) {
      await rm(file, { recursive: true });
      await writeFile(file, kept[i]);
    }
  };
}

const orderFiles = async (dataDir: string) => (await readdir(join(dataDir, 'orders'))).filter((f) => f.endsWith('.json')).map((f) => join(dataDir, 'orders', f));

describe('shipments to an external service centre', () => {
  it('sends several orders in one shipment, receives them back in parts, and issues the waybills out and back', async () => {
    const { clerk, orders } = await threeOrdersInDiagnosis();
    const sent = await clerk.ok('shipments.create', {
      serviceCentre: 'Samsung Service Israel',
      address: 'Rosh HaAyin',
      orderIds: orders.map((o) => o.id),
    });
    expect(sent.shipment).toMatchObject({ number: 'SH-2026-00001', status: 'sent' });
    expect(sent.orders.map((o) => o.status)).toEqual(['at_external_service', 'at_external_service', 'at_external_service']);
    const moved = await clerk.ok('orders.get', { id: orders[0].id });
    expect(moved.order.timeline.at(-1)).toMatchObject({ from: 'diagnosing', to: 'at_external_service', note: 'SH-2026-00001 → Samsung Service Israel' });

    const out = await clerk.ok('shipments.waybill', { shipmentId: sent.shipment.id, direction: 'out', language: 'he' });
    expect(out.number).toBe('WO-2026-00001');
    expect(out.orderIds).toEqual(orders.map((o) => o.id));
    const outText = normalise(await pdfText(Buffer.from((await clerk.ok('documents.content', { id: out.id })).pdfBase64, 'base64')));
    for (const expected of ['תעודת משלוח', 'Samsung Service Israel', ...orders.map((o) => o.number), 'Screen flickers']) expect(outText).toContain(expected);

    const first = await clerk.ok('shipments.receive', { id: sent.shipment.id, orderIds: [orders[1].id], note: 'Board replaced' });
    expect(first.shipment.status).toBe('partly_returned');
    expect(first.orders.map((o) => o.status)).toEqual(['at_external_service', 'in_repair', 'at_external_service']);
    const back = await clerk.ok('shipments.waybill', { shipmentId: sent.shipment.id, direction: 'back', language: 'en' });
    expect(back.orderIds).toEqual([orders[1].id]);
    const backText = normalise(await pdfText(Buffer.from((await clerk.ok('documents.content', { id: back.id })).pdfBase64, 'base64')));
    expect(backText).toContain('returned from an external service centre');
    expect(backText).toContain('Board replaced');
    expect(backText).not.toContain(orders[0].number);

    expect(await clerk.call('shipments.receive', { id: sent.shipment.id, orderIds: [orders[1].id] })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { 'orderIds.0': 'already_received' } },
    });
    const rest = await clerk.ok('shipments.receive', { id: sent.shipment.id, orderIds: [orders[0].id, orders[2].id], to: 'ready' });
    expect(rest.shipment.status).toBe('returned');
    expect(rest.orders.map((o) => o.status)).toEqual(['ready', 'in_repair', 'ready']);
    const secondBack = await clerk.ok('shipments.waybill', { shipmentId: sent.shipment.id, direction: 'back', language: 'en' });
    expect(secondBack.number).toBe('WB-2026-00002');
    expect(secondBack.orderIds).toEqual([orders[0].id, orders[2].id]);
    expect(await clerk.ok('shipments.list', { status: 'open' })).toEqual([]);
    expect((await clerk.ok('shipments.list', { status: 'all' })).map((s) => s.shipment.number)).toEqual(['SH-2026-00001']);
    expect((await clerk.ok('documents.forOrder', { orderId: orders[0].id })).map((d) => d.kind).sort()).toEqual(['waybill_back', 'waybill_out']);
  });

  it('refuses an order that cannot go out, naming it, and changes nothing', async () => {
    const { clerk, orders } = await threeOrdersInDiagnosis();
    const fresh = await clerk.ok('orders.create', intakeInput({ imei: validImei('35391711987654') }));
    const result = await clerk.call('shipments.create', { serviceCentre: 'Lab', orderIds: [orders[0].id, fresh.order.id] });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'orderIds.1': 'not_allowed' } } });
    expect((await clerk.ok('orders.get', { id: orders[0].id })).order.status).toBe('diagnosing');
    expect(await clerk.ok('shipments.list', { status: 'all' })).toEqual([]);
    expect(await clerk.call('shipments.create', { serviceCentre: ' ', orderIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { serviceCentre: 'required', orderIds: 'required' } },
    });
  });

  it('has no waybill back before anything came back', async () => {
    const { clerk, orders } = await threeOrdersInDiagnosis();
    const sent = await clerk.ok('shipments.create', { serviceCentre: 'Lab', orderIds: [orders[0].id] });
    expect(await clerk.call('shipments.waybill', { shipmentId: sent.shipment.id, direction: 'back' })).toMatchObject({
      ok: false,
      error: { fields: { direction: 'nothing_received' } },
    });
  });

  it('sends nothing when the orders cannot be moved, and takes no shipment number', async () => {
    const { t, clerk, orders } = await threeOrdersInDiagnosis();
    const repair = await breakFiles(await orderFiles(t.dataDir));
    expect(await clerk.call('shipments.create', { serviceCentre: 'Lab', orderIds: orders.map((o) => o.id) })).toMatchObject({ ok: false, error: { code: 'storage' } });
    await repair();
    expect(await clerk.ok('shipments.list', { status: 'all' })).toEqual([]);
    const sent = await clerk.ok('shipments.create', { serviceCentre: 'Lab', orderIds: orders.map((o) => o.id) });
    expect(sent.shipment.number).toBe('SH-2026-00001');
  });

  it('puts the orders back when the shipment cannot be written', async () => {
    const { t, clerk, orders } = await threeOrdersInDiagnosis();
    await clerk.ok('shipments.create', { serviceCentre: 'First lab', orderIds: [orders[2].id] });
    const before = (await clerk.ok('orders.get', { id: orders[0].id })).order;
    const repair = await breakFiles([join(t.dataDir, 'shipments.json')]);
    expect(await clerk.call('shipments.create', { serviceCentre: 'Lab', orderIds: [orders[0].id, orders[1].id] })).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect((await clerk.ok('orders.get', { id: orders[0].id })).order).toEqual(before);
    await repair();
    expect((await clerk.ok('shipments.create', { serviceCentre: 'Lab', orderIds: [orders[0].id, orders[1].id] })).shipment.number).toBe('SH-2026-00002');
  });

  it('receives a shipment again after a failed write, with its orders moved on once', async () => {
    const { t, clerk, orders } = await threeOrdersInDiagnosis();
    const sent = await clerk.ok('shipments.create', { serviceCentre: 'Lab', orderIds: orders.map((o) => o.id) });
    let repair = await breakFiles(await orderFiles(t.dataDir));
    expect(await clerk.call('shipments.receive', { id: sent.shipment.id, orderIds: [orders[0].id] })).toMatchObject({ ok: false, error: { code: 'storage' } });
    await repair();
    expect((await clerk.ok('shipments.list', { status: 'open' }))[0].shipment.status).toBe('sent');
    repair = await breakFiles([join(t.dataDir, 'shipments.json')]);
    expect(await clerk.call('shipments.receive', { id: sent.shipment.id, orderIds: [orders[0].id] })).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect((await clerk.ok('orders.get', { id: orders[0].id })).order.status).toBe('at_external_service');
    await repair();
    const back = await clerk.ok('shipments.receive', { id: sent.shipment.id, orderIds: [orders[0].id] });
    expect(back.shipment.status).toBe('partly_returned');
    expect(back.orders.map((o) => o.status)).toEqual(['in_repair', 'at_external_service', 'at_external_service']);
    expect((await clerk.ok('orders.get', { id: orders[0].id })).order.timeline.filter((e) => e.to === 'in_repair')).toHaveLength(1);
  });

  it('neither receives nor gives a waybill for a cancelled shipment', async () => {
    const { t, clerk, orders } = await threeOrdersInDiagnosis();
    const sent = await clerk.ok('shipments.create', { serviceCentre: 'Lab', orderIds: [orders[0].id] });
    // Shipments were cancelled by earlier versions when their orders could not be moved.
    await t.close();
    const file = join(t.dataDir, 'shipments.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"status":"sent"', '"status":"cancelled"').replace('"status": "sent"', '"status": "cancelled"'));
    const again = await openBackend({ dataDir: t.dataDir, now: () => new Date('2026-04-14T09:00:00Z') });
    const clerkAgain = await again.signIn(clerk);
    expect((await clerkAgain.ok('shipments.list', { status: 'all' }))[0].shipment.status).toBe('cancelled');
    expect(await clerkAgain.call('shipments.receive', { id: sent.shipment.id, orderIds: [orders[0].id] })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { id: 'cancelled' } },
    });
    expect(await clerkAgain.call('shipments.waybill', { shipmentId: sent.shipment.id, direction: 'out' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { shipmentId: 'cancelled' } },
    });
  });
});
