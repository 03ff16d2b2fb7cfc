import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_PIN, callHost, closeSession, openSession, type startWebHost } from './host.js';
import { AppPage, MESSAGES } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);
/** Screenshots to look at, outside the repository. */
const SHOTS = process.env.REPORT_SHOTS ?? 'test-results/screens';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

/**
 * Today: a paid repair of ₪800 paid ₪500 by card and ₪300 in cash and handed back, ₪50 of it given back in cash;
 * a Samsung warranty repair of ₪840 at price, claimed from Samsung for ₪600 and settled at ₪500.
 */
async function today(): Promise<{ warrantyId: string; warrantyNumber: string }> {
  const technician = await api<{ id: string }>('staff.create', { name: 'Алексей Смирнов', role: 'technician', pin: E2E_PIN });
  const samsung = await api<{ id: string }>('parts.counterparties.save', { name: 'Samsung Electronics', kinds: ['manufacturer'], brands: ['Samsung'] });
  const device = (serial: string) => ({ category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', serial });
  const through = async (id: string) => {
    for (const to of ['diagnosing', 'in_repair', 'ready']) await api('orders.transition', { id, to }, technician.id);
  };
  const paid = await api<{ order: { id: string } }>('orders.create', {
    customer: { kind: 'person', name: 'דנה לוי', phones: ['+972 52 555 0101'] },
    device: device('SN-1'),
    intake: { statedDefect: 'מסך מהבהב', warrantyBasis: 'paid' },
  });
  await api('orders.setLines', { id: paid.order.id, workLines: [{ description: 'Board repair', quantity: 1, unitPrice: 80_000 }], partLines: [] });
  await through(paid.order.id);
  await api('payments.record', { orderId: paid.order.id, amount: 50_000, method: 'card' });
  await api('payments.record', { orderId: paid.order.id, amount: 30_000, method: 'cash' });
  await api('orders.transition', { id: paid.order.id, to: 'issued', outcome: 'repaired' });
  await api('payments.refund', { orderId: paid.order.id, amount: 5_000, method: 'cash', reason: 'הנחה שסוכמה' });
  const warranty = await api<{ order: { id: string; number: string } }>('orders.create', {
    customer: { kind: 'person', name: 'Иван Петров', phones: ['+7 912 555-01-02'] },
    device: device('SN-2'),
    intake: { statedDefect: 'Не включается', warrantyBasis: 'manufacturer' },
  });
  await api('orders.setLines', {
    id: warranty.order.id,
    workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 15_000 }],
    partLines: [{ name: 'Display module', quantity: 1, unitPrice: 69_000 }],
  });
  await through(warranty.order.id);
  await api('orders.transition', { id: warranty.order.id, to: 'issued', outcome: 'repaired' });
  const claim = await api<{ id: string }>('claims.counterparty.save', {
    kind: 'warranty_reimbursement',
    counterpartyId: samsung.id,
    counterpartyName: 'Samsung Electronics',
    subject: 'Warranty repairs',
    orderNumbers: [warranty.order.number],
    amountClaimed: 60_000,
  });
  await api('claims.counterparty.setStatus', { id: claim.id, to: 'sent' });
  await api('claims.counterparty.setStatus', { id: claim.id, to: 'settled', amountSettled: 50_000 });
  return { warrantyId: warranty.order.id, warrantyNumber: warranty.order.number };
}

/** A table's rows as the screen shows them: each cell's text, isolation marks and spaces tidied. */
async function rowsOf(table: ReturnType<Page['getByRole']>): Promise<string[][]> {
  return table.locator('tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim())),
  );
}

/** A cell's amount (800.00, 800,00, ‏₪ 800.00, -50,00 ₽…) as a number, for comparing across locales. */
const amount = (cell: string) => Number(cell.replace(/[^\d,.\-−]/g, '').replace('−', '-').replace(/[\s\u00a0\u202f]/g, '').replace(/,(\d{2})$/, '.$1').replace(/,/g, ''));

/** Nothing on the page reads as a catalogue key (reports.tax.title) or a plural's raw name (days_one). */
async function expectNoRawKeys(): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\b[a-z]+(\.[a-zA-Z_]+){1,}\b(?![\d])/);
  expect(text).not.toMatch(/_(one|few|many|two|other)\b/);
}

/**
 * Latin words on a Russian or Hebrew screen are only the data typed in English (names, models, the order's
 * number, currency codes): nothing of the interface is left in English.
 */
async function expectNoEnglish(allowed: RegExp): Promise<void> {
  const text = (await page.locator('main').innerText()).replace(allowed, '');
  expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
}

/** Every cell's box holds its text: nothing cut or hidden under the next cell. */
async function expectNothingCut(): Promise<void> {
  const cut = await page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('th, td, button, label span, b, select')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
  // Neither the page nor a table's own box scrolls sideways: the difference column shows at 1024 px too.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  const scrolled = await page.locator('main .table-scroll').evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
  expect(scrolled).toBe(0);
}

/** Amounts in a column end at the same edge (its end: the right in English and Russian, the left in Hebrew). */
async function expectAmountsAligned(table: ReturnType<Page['getByRole']>): Promise<void> {
  const edges = await table.locator('td.num').evaluateAll((cells) =>
    cells.map((cell) => {
      const box = cell.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      // Amounts align at the column's end: the right edge in English and Russian, the left in Hebrew.
      const rtl = getComputedStyle(cell).direction === 'rtl';
      return { column: (cell as HTMLTableCellElement).cellIndex, gap: Math.round(rtl ? text.left - box.left : box.right - text.right), text: cell.textContent };
    }),
  );
  const byColumn = new Map<number, typeof edges>();
  for (const e of edges) byColumn.set(e.column, [...(byColumn.get(e.column) ?? []), e]);
  for (const [, cells] of byColumn) {
    const gaps = cells.map((c) => c.gap);
    expect(Math.max(...gaps) - Math.min(...gaps), JSON.stringify(cells)).toBeLessThanOrEqual(2);
  }
}

describe('money reports, end to end in Chromium', () => {
  it("a manager reads today's takings by day, method and staff, the tax per rate with its source and warranty work against its claim, in English, Russian and Hebrew; exports CSV and XLSX and opens the warranty order from its row", async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Sarah Cohen');
    await api('settings.update', { ruleProfile: 'il', currency: 'ILS', workshop: { name: 'Tikun Ltd' } });
    const { warrantyId, warrantyNumber } = await today();
    const todayIso = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });

    for (const language of ['en', 'ru', 'he'] as const) {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${host.url.split('#')[0]}#/reports`);
      await app.setLanguage(language);
      const m = MESSAGES[language];
      const r = m.reports;
      await page.getByRole('heading', { name: r.title }).waitFor();
      // A week is shown as its first and last day; today alone as its date.
      await page.getByLabel(r.period.label, { exact: true }).selectOption('week');
      await expect.poll(async () => page.getByTestId('period-range').innerText()).toMatch(/\d – \d/);
      await page.getByLabel(r.period.label, { exact: true }).selectOption('day');
      await expect.poll(async () => page.getByTestId('period-range').innerText()).not.toContain('–');

      // Takings by day and method: ₪500 card, ₪300 − ₪50 cash; taken 800, given back 50, takings 750.
      const takings = page.getByRole('table', { name: r.takings.title });
      await takings.waitFor();
      await expect.poll(async () => (await rowsOf(takings)).length).toBe(3);
      const [head, day, total] = await rowsOf(takings);
      expect(head).toEqual([r.takings.date, m.payments.method.cash, m.payments.method.card, m.payments.method.transfer, m.payments.method.other, r.takings.paid, r.takings.refunded, r.takings.net]);
      expect(day.slice(1).map(amount)).toEqual([250, 500, 0, 0, 800, 50, 750]);
      expect(total[0]).toBe(r.total);
      expect(total.slice(1).map(amount)).toEqual([250, 500, 0, 0, 800, 50, 750]);

      // By staff: the manager took both payments and gave the refund.
      const staff = await rowsOf(page.getByRole('table', { name: r.takings.byStaff }));
      expect(staff[1][0]).toBe('Sarah Cohen');
      expect(staff[1].slice(1).map(amount)).toEqual([250, 500, 0, 0, 800, 50, 750, 3]);

      // Tax per rate: the ₪800 paid repair handed back today at Israel's 18%, VAT included in its price.
      const tax = await rowsOf(page.getByRole('table', { name: r.tax.title }));
      expect(tax[1][0]).toBe('18%');
      expect(tax[1].slice(2).map(amount)).toEqual([1, 677.97, 122.03, 800]);
      const source = (await page.getByTestId('tax-source').innerText()).replace(/[\u2066-\u2069]/g, '');
      expect(source).toContain(r.tax.source);
      expect(source).toContain(m.rules.sources.il.tax.rates);

      // Warranty work at zero price: ₪840 at price, ₪150 of labour to us, claimed ₪600, reimbursed ₪500: ₪350 ahead.
      const warranty = page.getByRole('table', { name: r.warranty.title });
      const [, row] = await rowsOf(warranty);
      expect(row[0]).toContain(warrantyNumber);
      expect(row[1]).toContain(m.basis.manufacturer);
      expect(row[3]).toContain(r.warranty.costLabour.replace('{{amount}}', '').trim());
      expect([row[2], row[4], row[5], row[6]].map(amount)).toEqual([840, 600, 500, 350]);
      expect(row[7]).toContain(m.counterparty.statuses.settled);

      await expectNoRawKeys();
      if (language !== 'en') await expectNoEnglish(/Sarah Cohen|Samsung( Electronics)?|Galaxy S23|[A-Z]{2,}-\d[\d-]*|\bPDF\b|\bCSV\b|\bXLSX\b|\bEnglish\b/g);
      for (const width of [1366, 1024]) {
        await page.setViewportSize({ width, height: 768 });
        await expectNothingCut();
        for (const name of [r.takings.title, r.takings.byStaff, r.tax.title, r.warranty.title]) await expectAmountsAligned(page.getByRole('table', { name }));
        await page.screenshot({ path: `${SHOTS}/reports-${language}-${width}.png`, fullPage: true });
      }
    }

    // Hebrew reads right to left; the export's files in Hebrew.
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const r = MESSAGES.he.reports;
    await page.getByLabel(MESSAGES.he.order.documentLanguage, { exact: true }).selectOption('he');
    await page.getByLabel(r.export.table, { exact: true }).selectOption('tax');
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: r.export.csv }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`money-report-${todayIso}-${todayIso}-he-tax.csv`);
    const csvBytes = await readFile((await csv.path())!);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvRows = Papa.parse<string[]>(csvBytes.toString('utf8').slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(csvRows[0]).toEqual([r.tax.rate, r.tax.from, r.tax.documents, r.tax.net, r.tax.tax, r.tax.gross]);
    expect(csvRows[1]).toEqual(['18', '2025-01-01', '1', '677.97', '122.03', '800']);
    expect(csvRows.at(-1)).toEqual([r.tax.source, MESSAGES.he.rules.sources.il.tax.rates]);
    await expect.poll(async () => (await page.getByTestId('written').innerText()).replace(/[\u2066-\u2069]/g, '')).toContain(csv.suggestedFilename());

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: r.export.xlsx }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`money-report-${todayIso}-${todayIso}-he.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([r.sheets.takings, r.sheets.staff, r.sheets.tax, r.sheets.warranty]);
    const values = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(book.worksheets.every((s) => s.views[0]?.rightToLeft)).toBe(true);
    expect(values(book.worksheets[0], 4)).toEqual([todayIso, 250, 500, 0, 0, 800, 50, 750]);
    expect(values(book.worksheets[1], 4)).toEqual(['Sarah Cohen', 250, 500, 0, 0, 800, 50, 750, 3]);
    expect(values(book.worksheets[2], 4)).toEqual([18, '2025-01-01', 1, 677.97, 122.03, 800]);
    const work = values(book.worksheets[3], 4);
    expect(work.slice(0, 2)).toEqual([warrantyNumber, todayIso]);
    expect(work.slice(9, 11)).toEqual([600, 500]);

    // The warranty row opens its order.
    await page.locator(`tr[data-order="${warrantyNumber}"]`).click();
    await expect.poll(() => page.url()).toContain(`#/orders/${warrantyId}`);
  });
});
