import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';

async function workshopWithOrders(count: number) {
  const t = await openBackend({ now: () => new Date('2026-05-04T08:00:00Z') });
  const staff = await staffedWorkshop(t);
  const orders = [];
  for (let i = 0; i < count; i++) orders.push((await staff.clerk.ok('orders.create', intakeInput({ imei: validImei(`35290611123${String(i).padStart(3, "0")}`) }))).order);
  return { t, ...staff, orders };
}

describe('document numbering', () => {
  it('follows the format set for a kind, keeping the sequence when the format changes', async () => {
    const { manager, clerk, orders } = await workshopWithOrders(3);
    expect((await clerk.ok('orders.intakeAct', { orderId: orders[0].id, language: 'en' })).number).toBe('IA-2026-00001');
    await manager.ok('settings.update', { numberFormats: { intake_act: 'Q{yy}-{seq:3}' } });
    const second = await clerk.ok('orders.intakeAct', { orderId: orders[1].id, language: 'en' });
    expect(second).toMatchObject({ number: 'Q26-002', year: 2026, sequence: 2 });
    // The other kinds keep the default format and their own sequence.
    expect((await clerk.ok('orders.labels', { orderIds: [orders[0].id] })).number).toBe('DL-2026-00001');
    await manager.ok('settings.update', { numberFormats: { intake_act: '{prefix}-{yyyy}-{seq:5}' } });
    expect((await clerk.ok('orders.intakeAct', { orderId: orders[2].id, language: 'en' })).number).toBe('IA-2026-00003');
  });

  it('refuses a format without a year or a sequence, naming the kind', async () => {
    const { manager } = await workshopWithOrders(0);
    expect(await manager.call('settings.update', { numberFormats: { completion_act: '{prefix}-{seq}' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'numberFormats.completion_act': 'no_year' } },
    });
    expect(await manager.call('settings.update', { numberFormats: { invoice: '{yyyy}-{seq}' } as never })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a format that could give another kind\'s numbers, or that looks like a path', async () => {
    const { t, manager, clerk, orders } = await workshopWithOrders(1);
    const act = await clerk.ok('orders.intakeAct', { orderId: orders[0].id, language: 'en' });
    const signed = await readFile(join(t.dataDir, act.file));
    expect(await manager.call('settings.update', { numberFormats: { condition_act: 'IA-{yyyy}-{seq:5}' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'numberFormats.condition_act': 'clashes' } },
    });
    // Two changed kinds with the same letters are both named; letters that a digit follows could meet, too.
    expect(await manager.call('settings.update', { numberFormats: { completion_act: 'A-{yy}-{seq}', condition_act: 'A-{yyyy}-{seq}' } })).toMatchObject({
      error: { fields: { 'numberFormats.completion_act': 'clashes', 'numberFormats.condition_act': 'clashes' } },
    });
    expect(await manager.call('settings.update', { numberFormats: { completion_act: 'TC-2{seq}-{yy}' } })).toMatchObject({
      error: { fields: { 'numberFormats.completion_act': 'clashes' } },
    });
    for (const format of ['../../../../tmp/x-{yyyy}-{seq}', 'A/{yyyy}-{seq}', 'A\\{yyyy}-{seq}', 'A..{yyyy}-{seq}', 'A\u0000{yyyy}-{seq}']) {
      expect(await manager.call('settings.update', { numberFormats: { condition_act: format } })).toMatchObject({
        error: { code: 'validation', fields: { 'numberFormats.condition_act': 'invalid_format' } },
      });
    }
    // Own letters, or none at all for one kind, are fine; the signed act's PDF is untouched.
    await manager.ok('settings.update', { numberFormats: { condition_act: 'ТС-{yyyy}-{seq:5}', completion_act: '{yyyy}.{seq}' } });
    const condition = await manager.ok('orders.conditionAct', { orderId: orders[0].id, language: 'en', findings: { defectConfirmed: true, defect: 'Board corroded.', cause: 'external_damage', repairability: 'uneconomic' } });
    expect(condition.number).toBe('ТС-2026-00001');
    expect(await readFile(join(t.dataDir, act.file))).toEqual(signed);
  });

  it('names a stored PDF by kind, year, sequence and language, whatever the number format', async () => {
    const { manager, clerk, orders } = await workshopWithOrders(1);
    await manager.ok('settings.update', { numberFormats: { intake_act: 'Акт {yy}.{seq:3}' } });
    const en = await clerk.ok('orders.intakeAct', { orderId: orders[0].id, language: 'en' });
    const he = await clerk.ok('orders.intakeAct', { orderId: orders[0].id, language: 'he' });
    expect(en.number).toBe('Акт 26.001');
    expect([en.file, he.file]).toEqual([join('documents', '2026', 'intake_act-00001-en.pdf'), join('documents', '2026', 'intake_act-00001-he.pdf')]);
  });

  it('lets only a manager change number formats', async () => {
    const { t, clerk, manager } = await workshopWithOrders(0);
    expect(await clerk.call('settings.update', { numberFormats: { intake_act: 'Q-{yyyy}-{seq}' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await t.public.ok('settings.get', {})).numberFormats).toBeUndefined();
    // The settings screen sends the formats with every save: a clerk's save is refused whatever it holds.
    expect(await clerk.call('settings.update', { currency: 'ILS', numberFormats: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await manager.ok('settings.update', { currency: 'ILS', numberFormats: {} });
    await manager.ok('settings.update', { currency: 'ILS', numberFormats: { intake_act: '{prefix}-{yyyy}-{seq:5}' } });
    expect((await t.public.ok('settings.get', {})).numberFormats).toEqual({ intake_act: '{prefix}-{yyyy}-{seq:5}' });
  });

  it('neither skips nor reuses a number when a print fails', async () => {
    const { t, clerk, orders } = await workshopWithOrders(2);
    // The year's folder cannot be created: a file stands in its place.
    await mkdir(join(t.dataDir, 'documents'), { recursive: true });
    await writeFile(join(t.dataDir, 'documents', '2026'), 'in the way');
    expect(await clerk.call('orders.intakeAct', { orderId: orders[0].id, language: 'en' })).toMatchObject({ ok: false });
    expect(await clerk.ok('documents.forOrder', { orderId: orders[0].id })).toEqual([]);
    await rm(join(t.dataDir, 'documents', '2026'));
    const first = await clerk.ok('orders.intakeAct', { orderId: orders[1].id, language: 'en' });
    const second = await clerk.ok('orders.intakeAct', { orderId: orders[0].id, language: 'he' });
    expect([first.number, second.number]).toEqual(['IA-2026-00001', 'IA-2026-00002']);
  });

  it('gives acts of twelve orders asked for at once, in three languages, twelve consecutive numbers', async () => {
    const { clerk, orders } = await workshopWithOrders(12);
    const issued = await Promise.all(orders.map((o, i) => clerk.ok('orders.intakeAct', { orderId: o.id, language: (['en', 'ru', 'he'] as const)[i % 3] })));
    expect(issued.map((d) => d.number).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `IA-2026-${String(i + 1).padStart(5, '0')}`));
    // Asking again for all of them, at once, gives the same documents.
    const again = await Promise.all(orders.map((o, i) => clerk.ok('orders.intakeAct', { orderId: o.id, language: (['en', 'ru', 'he'] as const)[i % 3] })));
    expect(again).toEqual(issued);
  });

  it('does not hold up an intake while a batch of labels is rendered', async () => {
    const { clerk, orders } = await workshopWithOrders(80);
    const finished: string[] = [];
    const labels = clerk.ok('orders.labels', { orderIds: orders.map((o) => o.id) }).then((d) => finished.push('labels') && d);
    const intake = clerk.ok('orders.create', intakeInput({ imei: validImei('35391711987654') })).then((v) => finished.push('intake') && v);
    const [document] = await Promise.all([labels, intake]);
    expect(finished).toEqual(['intake', 'labels']);
    expect(document).toMatchObject({ number: 'DL-2026-00001', orderIds: orders.map((o) => o.id) });
  }, 30_000);

  it('gives a second language version the number and the date of issue of the first', async () => {
    let now = new Date('2026-05-04T08:00:00Z');
    const t = await openBackend({ now: () => now });
    const { clerk } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    const en = await clerk.ok('orders.intakeAct', { orderId: order.id, language: 'en' });
    now = new Date('2026-05-09T15:30:00Z');
    const ru = await clerk.ok('orders.intakeAct', { orderId: order.id, language: 'ru' });
    expect(ru).toMatchObject({ number: en.number, issuedAt: '2026-05-04T08:00:00.000Z', language: 'ru' });
    const text = await pdfText(Buffer.from((await clerk.ok('documents.content', { id: ru.id })).pdfBase64, 'base64'));
    expect(text).toContain('04.05.2026');
    expect(text).not.toContain('09.05.2026');
  });
});
