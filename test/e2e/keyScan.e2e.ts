import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession, openSession, type startWebHost } from './host.js';
import { AppPage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});
afterAll(() => closeSession({ host, browser }));

/** Every screen of the side menu, by its address; the order detail is added with the first demo order. */
const SCREENS = ['dashboard', 'orders', 'intake', 'warranty', 'loaners', 'cashbook', 'parts', 'shipments', 'claims', 'analytics', 'reports', 'expiring', 'registry', 'history', 'staff', 'settings'];

/** Words that are no translation: acronyms and codes are caught by their capitals; these are the others. */
const ALLOWED = new Set([
  // A language named in its own language (the language lists), and the paper size "US Letter".
  'English', 'Letter',
  // The names of things on disk and on the command line, which stay as they are typed: the export folder, npm run web.
  'exports', 'npm', 'run', 'web', 'token',
  // Key caps, as every Hebrew and Russian keyboard prints them (the keyboard shortcuts).
  'Ctrl', 'Alt', 'Shift', 'Enter', 'Esc',
  // Names of products and services, written as their makers write them: the SMS gateway's preset, the messenger
  // a message opens in, the hub's database; and the SMS gateway's body types, as HTTP names them (application/json).
  'Twilio', 'WhatsApp', 'CouchDB', 'application',
  // The systems a workshop's history is imported from, and the spreadsheet their files open in.
  'RepairShopr', 'Excel',
]);

/**
 * Latin words of the data itself (names, brands, models, e-mails typed into the demo): a person's or a product's
 * name is not a phrase to translate. Read from the data folder's files: the journal's segments first, then the
 * collection files, so that a record is read whichever holds it while the background compaction moves it from the
 * one to the other (compaction writes the files before it cuts the journal).
 */
function dataWords(folder: string): Set<string> {
  const words = new Set<string>();
  const walk = (dir: string, extension: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['audit', 'backups', 'documents', 'damaged', 'quarantine'].includes(name)) walk(path, extension);
      } else if (name.endsWith(extension)) {
        for (const word of readFileSync(path, 'utf8').match(/[A-Za-z]+/g) ?? []) words.add(word);
      }
    }
  };
  walk(folder, '.jsonl');
  walk(folder, '.json');
  return words;
}

/** What the screen shows: its visible text, the options of its lists, its placeholders, labels and titles. */
async function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    // Every text counts, the laws' citations too: none is marked as another language and skipped.
    const texts = [document.body.innerText];
    for (const option of document.querySelectorAll('option')) texts.push(option.textContent ?? '');
    for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      for (const attribute of ['placeholder', 'aria-label', 'title']) {
        const value = element.getAttribute(attribute);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The problems of a screen's text: what looks like a key, a raw value, or (in he/ru) an English word. */
function findings(texts: string[], language: string, data: Set<string>): string[] {
  const found = new Set<string>();
  for (const raw of texts) {
    // Addresses and file names are data: e-mails, URLs, paths, file names with an extension.
    const text = raw
      .replace(/\S+@\S+/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/(?:[A-Za-z]:)?[\\/][^\s]+/g, ' ')
      .replace(/[\w-]*\.(?:tar\.gz|pdf|csv|xlsx|zip|json|png|jpg)\b/gi, ' ')
      // Format tokens typed literally ({prefix}-{yyyy}-{seq:5}), and the abbreviations of English prose.
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/\b(?:e\.g|i\.e)\./g, ' ');
    for (const match of text.match(/\b[a-z]+(?:\.[a-z_]+)+\b/g) ?? []) found.add(`key-like: ${match}`);
    for (const match of text.match(/\b[a-z]+_[a-z_]+\b/g) ?? []) found.add(`snake_case: ${match}`);
    for (const match of text.match(/\b(?:true|false|undefined|NaN|null|\[object Object\])\b/g) ?? []) found.add(`raw value: ${match}`);
    if (language !== 'en') {
      for (const word of text.match(/(?<![\p{L}\d])[A-Za-z]{2,}(?![\p{L}\d])/gu) ?? []) {
        if (/^[A-Z]{2,5}$/.test(word) || ALLOWED.has(word) || data.has(word)) continue;
        found.add(`English in ${language}: ${word}`);
      }
    }
  }
  return [...found];
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('.loading'));
  await page.waitForTimeout(150);
}

describe('no key, raw value or untranslated word reaches a screen', () => {
  it('walks every screen as the demo manager in en, ru and he', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await page.getByRole('button', { name: app.m.firstRun.demo }).click();
    await app.signInAs('Sarah Cohen');
    const data = dataWords(host.dataDir);
    // The first order of the list, opened as a clerk opens it: its address names it.
    await app.nav('orders');
    await page.locator('[data-order]').first().click();
    await page.locator('section.order').waitFor();
    const orderId = (await page.evaluate(() => window.location.hash)).replace('#/orders/', '');
    expect(orderId).toMatch(/^[0-9A-Z]{26}$/);
    const report: string[] = [];
    for (const language of ['en', 'ru', 'he'] as const) {
      await app.setLanguage(language);
      for (const screen of [...SCREENS, `orders/${orderId}`]) {
        await page.evaluate((hash) => (window.location.hash = hash), `#/${screen}`);
        await settle(page);
        const tabs = page.getByRole('tab');
        const count = await tabs.count();
        const views = [{ name: screen, texts: await shownText(page) }];
        for (let i = 0; i < count; i++) {
          await tabs.nth(i).click();
          await settle(page);
          views.push({ name: `${screen} tab ${i + 1}`, texts: await shownText(page) });
        }
        // The states a clerk meets on the way: the keyboard help, the intake's errors, the confirmation of a cancellation.
        if (screen === 'dashboard') {
          await page.keyboard.press('F1');
          await page.getByRole('dialog', { name: app.m.keyboard.title }).waitFor();
          views.push({ name: 'keyboard help', texts: await shownText(page) });
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'detached' });
        }
        if (screen === 'intake') {
          await page.getByRole('button', { name: app.m.intake.submit }).click();
          await page.locator('.field-error').first().waitFor();
          views.push({ name: 'intake errors', texts: await shownText(page) });
          await app.screenshot(`scan-intake-errors-${language}`);
        }
        if (screen.startsWith('orders/') && (await page.getByRole('button', { name: app.m.status.cancelled, exact: true }).count())) {
          await page.getByRole('button', { name: app.m.status.cancelled, exact: true }).click();
          await page.getByRole('alertdialog').waitFor();
          views.push({ name: 'cancel dialog', texts: await shownText(page) });
          await app.screenshot(`scan-cancel-dialog-${language}`);
          await page.keyboard.press('Escape');
          await page.getByRole('alertdialog').waitFor({ state: 'detached' });
        }
        for (const view of views) for (const finding of findings(view.texts, language, data)) report.push(`${language} ${view.name}: ${finding}`);
        if (screen === 'settings' || screen.startsWith('orders/')) await app.screenshot(`scan-${screen.replace('/', '-').slice(0, 14)}-${language}`);
      }
    }
    // The whole list, for a look (test-results/ is not committed).
    writeFileSync('test-results/key-scan.txt', `${report.join('\n')}\n`);
    expect(report).toEqual([]);
  });
});
