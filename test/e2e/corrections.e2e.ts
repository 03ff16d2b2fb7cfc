import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';
import { addDays, localDate } from '../../shared/rules/index.js';
import { AppPage, type MESSAGES, OrderPage, typedDate } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown) => callHost<T>(host, channel, input);

type Language = 'en' | 'ru' | 'he';
type Messages = (typeof MESSAGES)[Language];
const SIZE = { 1366: { width: 1366, height: 768 }, 1024: { width: 1024, height: 768 } } as const;

// One workshop for every run (Israeli rules: local phone spellings are read as Israeli numbers); each run brings
// its own customers, phones and serials, so that no run finds another's records.
beforeAll(async () => {
  ({ host, browser, page } = await openSession());
  await page.goto(host.url);
  await new AppPage(page).startEmptyWorkshop('שרה כהן');
  await api('settings.update', { ruleProfile: 'il' });
});

afterAll(() => closeSession({ host, browser }));

/** The page in the size and language of a run, its page model reading the labels in that language. */
async function screenIn(size: keyof typeof SIZE, language: Language): Promise<AppPage> {
  await page.setViewportSize(SIZE[size]);
  const app = await new AppPage(page).detectLanguage();
  await app.setLanguage(language);
  return app;
}

type Doc = { id: string; kind: string; number: string; revision?: number; file: string; sha256: string };

/** A date some days from today, as a clerk types it (and the screen shows it) in a language. */
const daysFromNow = (days: number, language: Language) => typedDate(addDays(localDate(new Date().toISOString()), days), language);

/** A correction as the timeline words it ("Device · Serial number: R58T0O0111 → R58T000111"), isolates left out. */
function entry(m: Messages, subject: 'customer' | 'device' | 'order', field: string, before: string, after: string): string {
  const fields = m.corrections.fields[subject] as Record<string, string>;
  return m.corrections.entry
    .replace('{{subject}}', m.corrections.subjects[subject])
    .replace('{{field}}', fields[field])
    .replace('{{before}}', before)
    .replace('{{after}}', after);
}

const CORRECTION_RUNS = [
  {
    size: 1366,
    language: 'he',
    phone: '052-555-0199',
    name: ['רונית שגאי', 'רונית שגיא'],
    serial: ['DL22110-99I1', 'DL22110-9911'],
    device: { category: 'מכונת קפה', brand: "De'Longhi", model: 'Magnifica S', defect: 'דולפים מים מתחת למגש' },
    reason: 'טעות הקלדה',
    // How the corrected act's mark reads in pdftotext's output (a Hebrew line's words, in the file's order).
    correctedMark: 'גרסה מתוקנת',
  },
  {
    size: 1024,
    language: 'en',
    phone: '052-555-0177',
    name: ['Jonh Baker', 'John Baker'],
    serial: ['KW-4410-B0O7', 'KW-4410-B007'],
    device: { category: 'Kettle', brand: 'Kenwood', model: 'ZJX650', defect: 'Switches off before the water boils' },
    reason: 'Typed in a hurry',
    correctedMark: 'Corrected version of',
  },
] as const;

const PHONE_RUNS = [
  {
    size: 1366,
    language: 'ru',
    names: ['Ольга Смирнова', 'Ольга Смирнова (2)'],
    mobile: ['54', '777', '1234'],
    landline: '03-555-0101',
    devices: [
      { category: 'Смартфон', brand: 'Xiaomi', model: 'Redmi Note 12', serial: 'XM-1', defect: 'Не заряжается' },
      { category: 'Чайник', brand: 'Bosch', model: 'TWK', serial: 'BK-7', defect: 'Не греет' },
    ],
    reason: 'Одна и та же клиентка',
  },
  {
    size: 1024,
    language: 'he',
    names: ['מרים לוי', 'מרים לוי (2)'],
    mobile: ['52', '864', '2210'],
    landline: '04-555-0202',
    devices: [
      { category: 'טלפון חכם', brand: 'Samsung', model: 'Galaxy A54', serial: 'SM-2', defect: 'לא נטען' },
      { category: 'מיקרוגל', brand: 'LG', model: 'MS2336', serial: 'LG-9', defect: 'לא מחמם' },
    ],
    reason: 'אותה לקוחה',
  },
] as const;

describe('corrections after intake and customers as records, end to end in Chromium', () => {
  for (const run of CORRECTION_RUNS) {
    it(`(${run.language}, ${run.size}×768) corrects a typo in the name, the serial and the promised date; the timeline shows each; the reprinted act says corrected`, async () => {
      const { language } = run;
      const app = await screenIn(run.size, language);
      const m = app.m;
      const [promised, repromised] = [daysFromNow(5, language), daysFromNow(9, language)];

      await app.nav('intake');
      await page.getByLabel(m.intake.phone, { exact: true }).fill(run.phone);
      await page.getByLabel(m.intake.name, { exact: true }).fill(run.name[0]);
      await page.getByLabel(m.device.serial, { exact: true }).fill(run.serial[0]);
      await page.getByLabel(m.intake.category, { exact: true }).fill(run.device.category);
      await page.getByLabel(m.intake.brand, { exact: true }).fill(run.device.brand);
      await page.getByLabel(m.intake.model, { exact: true }).fill(run.device.model);
      await page.getByLabel(m.order.statedDefect, { exact: true }).fill(run.device.defect);
      await page.getByLabel(m.order.promised, { exact: true }).fill(promised);
      await page.getByRole('button', { name: m.intake.submit }).click();
      await page.locator('section.order h1 .mono').waitFor();
      const order = new OrderPage(app);
      await order.printIntakeAct(language);

      const correct = async (index: number, fill: () => Promise<void>, expected: string) => {
        await page.getByRole('button', { name: m.corrections.correct, exact: true }).nth(index).click();
        await fill();
        await page.getByRole('button', { name: m.corrections.save }).click();
        await page.locator('ol.timeline .correction', { hasText: expected }).waitFor();
      };
      const form = () => page.getByRole('form', { name: m.corrections.correct });
      await correct(0, async () => {
        await form().getByLabel(m.intake.name, { exact: true }).fill(run.name[1]);
        await form().getByLabel(m.corrections.reason, { exact: true }).fill(run.reason);
      }, run.name[1]);
      await correct(1, () => form().getByLabel(m.device.serial, { exact: true }).fill(run.serial[1]), run.serial[1]);
      await correct(2, () => form().getByLabel(m.order.promised, { exact: true }).fill(repromised), m.order.promised);

      const entries = (await page.locator('ol.timeline .correction').allTextContents()).map((text) => text.replace(/[\u2066-\u2069]/g, ''));
      expect(entries).toHaveLength(3);
      expect(entries[0]).toContain(entry(m, 'customer', 'name', run.name[0], run.name[1]));
      expect(entries[0]).toContain(run.reason);
      expect(entries[1]).toContain(entry(m, 'device', 'serial', run.serial[0], run.serial[1]));
      expect(entries[2]).toContain(entry(m, 'order', 'promisedDate', promised, repromised));
      await page.locator('ol.timeline').scrollIntoViewIfNeeded();
      await app.screenshot(`corrections-timeline-${language}-${run.size}`);

      await order.printIntakeAct(language);
      const found = await api<{ id: string }>('orders.find', { code: run.serial[1] });
      await page.locator('ul.documents li', { hasText: m.corrections.version.replace('{{revision}}', '2') }).waitFor();
      await page.locator('ul.documents').scrollIntoViewIfNeeded();
      await app.screenshot(`corrections-documents-${language}-${run.size}`);
      const documents = (await api<Doc[]>('documents.forOrder', { orderId: found.id })).filter((d) => d.kind === 'intake_act');
      expect(documents.map((d) => [d.number, d.revision ?? 1])).toEqual([
        [documents[0].number, 1],
        [documents[0].number, 2],
      ]);
      const corrected = await documentText(host, documents[1].id, `intake-act-corrected-${language}`);
      expect(corrected).toContain(run.correctedMark);
      expect(corrected).toContain(documents[0].number);
      expect(corrected).toContain(run.name[1]);
      const first = await documentText(host, documents[0].id, `intake-act-first-${language}`);
      expect(first).toContain(run.name[0]);
      expect(first).not.toContain(run.correctedMark);
      const bytes = readFileSync(join(host.dataDir, documents[0].file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(documents[0].sha256);
    });
  }

  for (const run of PHONE_RUNS) {
    it(`(${run.language}, ${run.size}×768) finds a customer by three spellings of the phone, and a manager merges two records of one`, async () => {
      const app = await screenIn(run.size, run.language);
      const m = app.m;
      const [area, middle, last] = run.mobile;
      const [name, duplicate] = run.names;
      for (const [index, customerName] of run.names.entries()) {
        const { defect, ...device } = run.devices[index];
        await api('orders.create', {
          customer: { kind: 'person', name: customerName, phones: [index === 0 ? `+972 ${area}-${middle}-${last}` : run.landline] },
          device,
          intake: { statedDefect: defect },
        });
      }
      await page.getByRole('button', { name: m.customers.nav, exact: true }).click();
      const search = page.getByRole('combobox', { name: m.customers.search });
      const oneFound = () => page.getByRole('listbox', { name: m.intake.found_one.replace('{{count}}', '1') });
      for (const spelling of [`0${area}-${middle}-${last}`, `+972 ${area} ${middle} ${last}`, `0${area}${middle}${last}`]) {
        await search.fill(spelling);
        await oneFound().getByRole('option', { name }).waitFor();
        expect(await oneFound().getByRole('option').count()).toBe(1);
      }
      await oneFound().getByRole('option').click();
      await page.getByRole('heading', { name: m.customers.orders }).waitFor();
      await app.screenshot(`customers-${run.language}-${run.size}`);

      await page.getByText(m.customers.merge, { exact: true }).click();
      const merge = page.locator('details.merge');
      await merge.getByRole('searchbox', { name: m.customers.search }).fill(run.landline);
      await merge.getByRole('radio').click();
      await merge.getByLabel(m.corrections.reason, { exact: true }).fill(run.reason);
      await merge.getByRole('button', { name: m.customers.mergePick.replace('{{name}}', duplicate) }).click();
      await page.getByText(m.customers.merged.replace('{{name}}', duplicate)).waitFor();
      await page.locator('table.orders tbody tr').nth(1).waitFor();
      expect(await page.locator('table.orders tbody tr').count()).toBe(2);
      await app.screenshot(`customers-merged-${run.language}-${run.size}`);
      const after = await api<Array<{ name: string }>>('customers.search', { query: run.landline });
      expect(after.map((c) => c.name)).toEqual([name]);
    });
  }
});
