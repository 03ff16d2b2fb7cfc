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

describe('the dashboard as a starting point, in Chromium', () => {
  it('a tile opens its list; a column title sorts it; F5 keeps both; Back returns to the dashboard', async () => {
    await callHost(host, 'app.loadDemo', {});
    const manager = (await callHost<Array<{ id: string; name: string; role: string }>>(host, 'staff.list', {})).find((m) => m.role === 'manager')!;
    await page.goto(host.url);
    const app = new AppPage(page);
    await app.signInAs(manager.name);
    await app.setLanguage('ru');
    const { m } = app;
    await page.getByRole('heading', { name: m.dashboard.title }).waitFor();

    // The demo's two repairs past their promised date.
    const tile = page.locator('[data-tile="overdue"]');
    const count = Number(await tile.locator('strong').textContent());
    expect(count).toBeGreaterThan(0);
    await tile.click();
    const rows = page.locator('.order-list [data-order]');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/orders?filter=overdue');
    await expect.poll(() => rows.count()).toBe(count);
    // Each is marked in words, not colour alone.
    expect(await page.locator('.order-list [data-order].overdue .past-promised').count()).toBe(count);

    const promised = page.getByRole('columnheader', { name: m.orders.promised, exact: true });
    await promised.getByRole('button').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/orders?filter=overdue&sort=promised&dir=asc');
    await expect.poll(() => promised.getAttribute('aria-sort')).toBe('ascending');
    await app.screenshot('orders-overdue-sorted-ru');

    await page.reload();
    await expect.poll(() => rows.count()).toBe(count);
    expect(await page.getByRole('columnheader', { name: m.orders.promised, exact: true }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: m.orders.showAll }).waitFor();

    await page.goBack();
    await page.getByRole('heading', { name: m.dashboard.title }).waitFor();
    await page.locator('table.legal-deadlines, [data-tile="claims"]').first().waitFor();
    await app.screenshot('dashboard-ru');
  });
});
