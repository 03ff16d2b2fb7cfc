import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';
import { addDays, localDate } from '../../shared/rules/index.js';
import { AppPage, OrderPage, typedDate } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown) => callHost<T>(host, channel, input);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
  await page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(() => closeSession({ host, browser }));

type Doc = { id: string; kind: string; number: string; revision?: number; file: string; sha256: string };

/** A date some days from today, as a clerk types it in Hebrew (dd.mm.yyyy). */
const daysFromNow = (days: number) => typedDate(addDays(localDate(new Date().toISOString()), days), 'he');

describe('corrections after intake and customers as records, end to end in Chromium', () => {
  it('(Hebrew) corrects a typo in the name, the serial and the promised date; the timeline shows each; the reprinted act says corrected', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('שרה כהן');
    await api('settings.update', { ruleProfile: 'il' });
    await app.setLanguage('he');
    const m = app.m;

    await app.nav('intake');
    await page.getByLabel(m.intake.phone, { exact: true }).fill('052-555-0199');
    await page.getByLabel(m.intake.name, { exact: true }).fill('רונית שגאי');
    await page.getByLabel(m.device.serial, { exact: true }).fill('DL22110-99I1');
    await page.getByLabel(m.intake.category, { exact: true }).fill('מכונת קפה');
    await page.getByLabel(m.intake.brand, { exact: true }).fill("De'Longhi");
    await page.getByLabel(m.intake.model, { exact: true }).fill('Magnifica S');
    await page.getByLabel(m.order.statedDefect, { exact: true }).fill('דולפים מים מתחת למגש');
    await page.getByLabel(m.order.promised, { exact: true }).fill(daysFromNow(5));
    await page.getByRole('button', { name: m.intake.submit }).click();
    await page.locator('section.order h1 .mono').waitFor();
    const order = new OrderPage(app);
    await order.printIntakeAct('he');

    const correct = async (index: number, fill: () => Promise<void>, expected: string) => {
      await page.getByRole('button', { name: m.corrections.correct, exact: true }).nth(index).click();
      await fill();
      await page.getByRole('button', { name: m.corrections.save }).click();
      await page.locator('ol.timeline .correction', { hasText: expected }).waitFor();
    };
    const form = () => page.getByRole('form', { name: m.corrections.correct });
    await correct(0, async () => {
      await form().getByLabel(m.intake.name, { exact: true }).fill('רונית שגיא');
      await form().getByLabel(m.corrections.reason, { exact: true }).fill('טעות הקלדה');
    }, 'רונית שגיא');
    await correct(1, () => form().getByLabel(m.device.serial, { exact: true }).fill('DL22110-9911'), 'DL22110-9911');
    await correct(2, () => form().getByLabel(m.order.promised, { exact: true }).fill(daysFromNow(9)), m.order.promised);

    const entries = (await page.locator('ol.timeline .correction').allTextContents()).map((text) => text.replace(/[\u2066-\u2069]/g, ''));
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain(`${m.order.customer} · ${m.intake.name}: רונית שגאי ← רונית שגיא`);
    expect(entries[0]).toContain('טעות הקלדה');
    expect(entries[1]).toContain(`${m.device.serial}: DL22110-99I1 ← DL22110-9911`);
    expect(entries[2]).toContain(m.order.promised);
    await page.locator('ol.timeline').scrollIntoViewIfNeeded();
    await app.screenshot('corrections-timeline-he');

    await order.printIntakeAct('he');
    const found = await api<{ id: string }>('orders.find', { code: 'DL22110-9911' });
    await page.locator('ul.documents li', { hasText: m.corrections.version.replace('{{revision}}', '2') }).waitFor();
    await page.locator('ul.documents').scrollIntoViewIfNeeded();
    await app.screenshot('corrections-documents-he');
    const documents = (await api<Doc[]>('documents.forOrder', { orderId: found.id })).filter((d) => d.kind === 'intake_act');
    expect(documents.map((d) => [d.number, d.revision ?? 1])).toEqual([
      [documents[0].number, 1],
      [documents[0].number, 2],
    ]);
    const corrected = await documentText(host, documents[1].id, 'intake-act-corrected-he');
    expect(corrected).toContain('גרסה מתוקנת');
    expect(corrected).toContain(documents[0].number);
    expect(corrected).toContain('רונית שגיא');
    const first = await documentText(host, documents[0].id, 'intake-act-first-he');
    expect(first).toContain('רונית שגאי');
    expect(first).not.toContain('גרסה מתוקנת');
    const bytes = readFileSync(join(host.dataDir, documents[0].file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(documents[0].sha256);
  });

  it('(Russian) finds a customer by three spellings of the phone, and a manager merges two records of one', async () => {
    const app = new AppPage(page);
    await app.detectLanguage();
    await app.setLanguage('ru');
    const m = app.m;
    await api('orders.create', {
      customer: { kind: 'person', name: 'Ольга Смирнова', phones: ['+972 54-777-1234'] },
      device: { category: 'Смартфон', brand: 'Xiaomi', model: 'Redmi Note 12', serial: 'XM-1' },
      intake: { statedDefect: 'Не заряжается' },
    });
    await api('orders.create', {
      customer: { kind: 'person', name: 'Ольга Смирнова (2)', phones: ['03-555-0101'] },
      device: { category: 'Чайник', brand: 'Bosch', model: 'TWK', serial: 'BK-7' },
      intake: { statedDefect: 'Не греет' },
    });
    await page.getByRole('button', { name: m.customers.nav, exact: true }).click();
    const search = page.getByRole('combobox', { name: m.customers.search });
    for (const spelling of ['054-777-1234', '+972 54 777 1234', '0547771234']) {
      await search.fill(spelling);
      const results = page.getByRole('listbox', { name: m.intake.found_one.replace('{{count}}', '1') });
      await results.getByRole('option', { name: /Ольга Смирнова/ }).waitFor();
      expect(await results.getByRole('option').count()).toBe(1);
    }
    await page.getByRole('listbox', { name: m.intake.found_one.replace('{{count}}', '1') }).getByRole('option').click();
    await page.getByRole('heading', { name: m.customers.orders }).waitFor();
    await app.screenshot('customers-ru');

    await page.getByText(m.customers.merge, { exact: true }).click();
    const merge = page.locator('details.merge');
    await merge.getByRole('searchbox', { name: m.customers.search }).fill('03-555-0101');
    await merge.getByRole('radio').click();
    await merge.getByLabel(m.corrections.reason, { exact: true }).fill('Одна и та же клиентка');
    await merge.getByRole('button', { name: m.customers.mergePick.replace('{{name}}', 'Ольга Смирнова (2)') }).click();
    await page.getByText(m.customers.merged.replace('{{name}}', 'Ольга Смирнова (2)')).waitFor();
    await page.locator('table.orders tbody tr').nth(1).waitFor();
    expect(await page.locator('table.orders tbody tr').count()).toBe(2);
    await app.screenshot('customers-merged-ru');
    const after = await api<Array<{ name: string }>>('customers.search', { query: '03-555-0101' });
    expect(after.map((c) => c.name)).toEqual(['Ольга Смирнова']);
  });
});
