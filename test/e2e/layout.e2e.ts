import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, openSession, type startWebHost } from './host.js';
import { AppPage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});
afterAll(() => closeSession({ host, browser }));

/** Every screen of the side menu, by its address; the order detail is added with the first demo order. */
const SCREENS = ['dashboard', 'orders', 'intake', 'customers', 'warranty', 'loaners', 'parts', 'shipments', 'claims', 'analytics', 'expiring', 'registry', 'staff', 'settings'];

/**
 * Screens that may be taller than the window by more than the header, and why:
 * - settings: a stack of independent sections (the workshop, the legal rules, models, defect codes, backups, the audit
 *   log), each with its own save button; the workshop's "Save settings" stays in view at the window's foot;
 * - the order detail: the record of one repair, its sections one under another (actions, payments, lines, parts,
 *   documents, the history), each acting on its own; the order's heading and status are at the top;
 * - analytics: a report of charts and tables, read by scrolling, nothing to submit;
 * - the parts' suppliers and manufacturers: a list that grows with the workshop's counterparties, its form under it
 *   (the form's button stays in view at the window's foot).
 */
const TALL = new Set(['settings', 'order', 'analytics', 'parts: counterparties']);

/** The order detail's actions are spread over its sections (none is "the" primary one): it is left out of that check. */
const NO_SINGLE_PRIMARY = new Set(['order']);

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

/**
 * The walks: each size in two languages, not all three (the walk is the e2e's longest; CI's time is counted). Russian,
 * the longest words, at both sizes; Hebrew, mirrored, at the narrower; English at the wider.
 */
const WALKS = [
  { language: 'en', size: SIZES[0] },
  { language: 'ru', size: SIZES[0] },
  { language: 'ru', size: SIZES[1] },
  { language: 'he', size: SIZES[1] },
] as const;

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('.loading'));
  await page.waitForTimeout(150);
}

interface Measure {
  scrollWidth: number;
  innerWidth: number;
  pageHeight: number;
  innerHeight: number;
  headerHeight: number;
  primary?: { name: string; top: number; bottom: number };
  /** Text that its box cuts off: a placeholder or a chosen option wider than its box, a column heading's word broken. */
  clipped: string[];
}

/** The page's size against the window's, and where the screen's first primary button stands (without scrolling). */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const primary = [...document.querySelectorAll<HTMLElement>('main button.primary')].find((b) => b.offsetParent !== null);
    const box = primary?.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      pageHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
      headerHeight: document.querySelector('header')?.getBoundingClientRect().height ?? 0,
      primary: primary && box ? { name: primary.textContent ?? '', top: box.top, bottom: box.bottom } : undefined,
      clipped: clippedText(),
    };
    function clippedText(): string[] {
      const context = document.createElement('canvas').getContext('2d')!;
      const textWidth = (element: Element, text: string) => {
        context.font = getComputedStyle(element).font;
        return context.measureText(text).width;
      };
      const inside = (element: HTMLElement) => {
        const style = getComputedStyle(element);
        return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      };
      const shown = (element: HTMLElement) => element.offsetParent !== null;
      const found: string[] = [];
      for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
        if (!shown(input) || input.value) continue;
        const width = textWidth(input, input.placeholder);
        if (width > inside(input) + 1) found.push(`the placeholder "${input.placeholder}" (${Math.round(width)} px in ${inside(input)})`);
      }
      // A closed select shows its option beside the arrow (about 20 px of its box).
      for (const select of document.querySelectorAll<HTMLSelectElement>('select')) {
        const text = select.selectedOptions[0]?.text ?? '';
        if (!shown(select) || !text) continue;
        const width = textWidth(select, text);
        if (width > inside(select) - 20 + 1) found.push(`the choice "${text}" (${Math.round(width)} px in ${inside(select) - 20})`);
      }
      for (const heading of document.querySelectorAll<HTMLElement>('main th')) {
        if (!shown(heading)) continue;
        // A soft hyphen is where a word may break (with its hyphen shown): the parts of the word are measured.
        for (const word of (heading.textContent ?? '').split(/[\s\u00ad]+/).filter(Boolean)) {
          const width = textWidth(heading, word);
          if (width > inside(heading) + 1) found.push(`the column heading's word "${word}" broken (${Math.round(width)} px in ${Math.round(inside(heading))})`);
        }
      }
      return found;
    }
  });
}

function problems(name: string, screen: string, m: Measure): string[] {
  const found: string[] = [];
  if (m.scrollWidth > m.innerWidth) found.push(`${name}: the page is wider than the window (${m.scrollWidth} > ${m.innerWidth})`);
  if (!TALL.has(screen) && m.pageHeight > m.innerHeight + m.headerHeight) {
    found.push(`${name}: the page is taller than the window and a header (${m.pageHeight} > ${m.innerHeight} + ${Math.round(m.headerHeight)})`);
  }
  if (!NO_SINGLE_PRIMARY.has(screen) && m.primary && (m.primary.top < 0 || m.primary.bottom > m.innerHeight)) {
    found.push(`${name}: the primary action "${m.primary.name}" is out of view (${Math.round(m.primary.top)}..${Math.round(m.primary.bottom)} of ${m.innerHeight})`);
  }
  for (const text of m.clipped) found.push(`${name}: ${text}`);
  return found;
}

describe('the screens use the window: no sideways scrolling, the primary action in view, no page much taller than the window', () => {
  it('walks every screen and tab at 1366×768 in English and Russian, at 1024×768 in Russian and Hebrew, as the demo manager', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await page.getByRole('button', { name: app.m.firstRun.demo }).click();
    await app.signInAs('Sarah Cohen');
    await app.nav('orders');
    await page.locator('[data-order]').first().click();
    await page.locator('section.order').waitFor();
    const orderId = (await page.evaluate(() => window.location.hash)).replace('#/orders/', '');
    // The demo's order that waits for the customer's approval: its answer form (amount, channel, date) is measured too.
    const { rows } = await callHost<{ rows: Array<{ id: string; status: string }> }>(host, 'orders.list', {});
    const waiting = rows.find((row) => row.status === 'awaiting_approval')!.id;
    const report: string[] = [];
    let shown: string | undefined;
    for (const { language, size } of WALKS) {
      if (shown !== language) await app.setLanguage((shown = language));
      await page.setViewportSize(size);
      for (const address of [...SCREENS, `orders/${orderId}`, `orders/${waiting}`]) {
        const screen = address.startsWith('orders/') ? 'order' : address;
        await page.evaluate((hash) => (window.location.hash = hash), `#/${address}`);
        await settle(page);
        const name = `${language} ${size.width}×${size.height} ${screen}`;
        report.push(...problems(name, screen, await measure(page)));
        const tabs = page.getByRole('tab');
        const count = await tabs.count();
        for (let i = 1; i < count; i++) {
          await tabs.nth(i).click();
          await settle(page);
          const tab = screen === 'parts' && (await tabs.nth(i).textContent()) === app.m.parts.tabs.counterparties ? 'parts: counterparties' : screen;
          report.push(...problems(`${name} tab ${i + 1}`, tab, await measure(page)));
        }
        if (size.width === 1024 && ['intake', 'settings', 'claims', 'parts', 'loaners'].includes(screen)) await app.screenshot(`layout-${screen}-${language}-1024`);
      }
    }
    expect(report).toEqual([]);
  });

  it('a 2,000-letter word typed as the customer’s name and the defect wraps: the intake does not scroll sideways at 1024', async () => {
    const app = await new AppPage(page).detectLanguage();
    await app.setLanguage('en');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => (window.location.hash = '#/intake'));
    await settle(page);
    const word = 'Ы'.repeat(1000) + 'x'.repeat(1000);
    await page.getByLabel(app.m.intake.name, { exact: true }).fill(word);
    await page.getByLabel(app.m.order.statedDefect, { exact: true }).fill(word);
    // The error messages of a refused intake are shown beside the fields too: the form stays within the window.
    await page.getByRole('button', { name: app.m.intake.submit }).click();
    await page.locator('.field-error').first().waitFor();
    const m = await measure(page);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
    expect(m.primary!.bottom).toBeLessThanOrEqual(m.innerHeight);
  });

  it('a stored customer’s name of one 160-letter word and a defect of one 2,000-letter word wrap on the order, the orders list and the customers', async () => {
    const app = await new AppPage(page).detectLanguage();
    await app.setLanguage('he');
    const { rows } = await callHost<{ rows: Array<{ id: string }> }>(host, 'orders.list', {});
    const order = await callHost<{ order: { id: string }; customer: { id: string } }>(host, 'orders.get', { id: rows[0].id });
    await callHost(host, 'customers.correct', { id: order.customer.id, name: 'W'.repeat(160), reason: 'layout check' });
    await callHost(host, 'orders.correct', { id: order.order.id, statedDefect: 'D'.repeat(2000), reason: 'layout check' });
    const found: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const address of [`orders/${order.order.id}`, 'orders', 'customers', 'dashboard']) {
        await page.evaluate((hash) => (window.location.hash = hash), `#/${address}`);
        await settle(page);
        const m = await measure(page);
        if (m.scrollWidth > m.innerWidth) found.push(`${size.width} ${address}: ${m.scrollWidth} > ${m.innerWidth}`);
        if (size.width === 1024) await app.screenshot(`layout-long-words-${address.replace('/', '-').slice(0, 14)}-he`);
      }
    }
    expect(found).toEqual([]);
  });
});
