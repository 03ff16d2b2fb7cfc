import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop } from '../platform/helpers.js';
import { issuedText } from './issuedText.js';

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe('the intake act after a correction', () => {
  it('is printed again as a corrected version with the same number, the first version kept unchanged', async () => {
    const clock = { now: new Date('2026-03-02T09:00:00Z') };
    const t = await openBackend({ now: () => clock.now });
    const { clerk } = await staffedWorkshop(t);
    const view = await clerk.ok('orders.create', intakeInput({ name: 'Ivan Petorv', serial: 'SN-0O1' }));
    const first = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' });
    const firstFile = join(t.dataDir, first.file);
    const firstHash = await sha256(firstFile);
    expect(firstHash).toBe(first.sha256);
    // A reprint before any correction is the very same document.
    expect(await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' })).toEqual(first);

    clock.now = new Date('2026-03-02T11:15:00Z');
    await clerk.ok('customers.correct', { id: view.customer.id, name: 'Ivan Petrov' });
    await clerk.ok('devices.correctIdentity', { id: view.device.id, serial: 'SN-001' });
    // A correction of what the act does not print makes no new version.
    await clerk.ok('customers.correct', { id: view.customer.id, kind: 'company' });
    const second = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' });
    expect(second).toMatchObject({ number: first.number, revision: 2, corrects: first.id });
    expect(second.file).not.toBe(first.file);
    const text = await issuedText(clerk, second.id, 'intake-corrected-en');
    expect(text).toContain(first.number);
    expect(text).toContain('Corrected version of 02/03/2026, 11:15');
    expect(text).toContain('Ivan Petrov');
    expect(text).toContain('SN-001');
    const firstText = await issuedText(clerk, first.id, 'intake-first-en');
    expect(firstText).toContain('Ivan Petorv');
    expect(firstText).not.toContain('Corrected');
    expect(await sha256(firstFile)).toBe(firstHash);

    // The same corrected state reprints the same version; another language of it shares number and version.
    expect(await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' })).toEqual(second);
    const russian = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'ru' });
    expect(russian).toMatchObject({ number: first.number, revision: 2, issuedAt: second.issuedAt });
    expect(await issuedText(clerk, russian.id, 'intake-corrected-ru')).toContain('Исправленная редакция');
    const hebrew = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'he' });
    expect(await issuedText(clerk, hebrew.id, 'intake-corrected-he')).toContain('גרסה מתוקנת');

    // Another correction makes a third version, still the same number; the register keeps all of them.
    await clerk.ok('orders.correct', { id: view.order.id, promisedDate: '2026-03-09' });
    const third = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' });
    expect(third).toMatchObject({ number: first.number, revision: 3, corrects: second.id });
    const listed = await clerk.ok('documents.forOrder', { orderId: view.order.id });
    expect(listed.map((d) => [d.number, d.revision ?? 1, d.language])).toEqual([
      [first.number, 1, 'en'],
      [first.number, 2, 'en'],
      [first.number, 2, 'ru'],
      [first.number, 2, 'he'],
      [first.number, 3, 'en'],
    ]);
    expect(await sha256(firstFile)).toBe(firstHash);
  });

  it('keeps its number sequence: the next order gets the next number, not a version', async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const a = await clerk.ok('orders.create', intakeInput());
    const actA = await clerk.ok('orders.intakeAct', { orderId: a.order.id, language: 'en' });
    await clerk.ok('orders.correct', { id: a.order.id, statedDefect: 'No sound' });
    const actA2 = await clerk.ok('orders.intakeAct', { orderId: a.order.id, language: 'en' });
    const b = await clerk.ok('orders.create', intakeInput({ imei: '490154203237518', phone: '+7 912 555-01-09' }));
    const actB = await clerk.ok('orders.intakeAct', { orderId: b.order.id, language: 'en' });
    expect(actA2.number).toBe(actA.number);
    expect(actB.number).not.toBe(actA.number);
    expect(actB.revision).toBeUndefined();
    expect(actB.sequence).toBe((actA.sequence ?? 0) + 1);
  });
});
