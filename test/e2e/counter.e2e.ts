import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_PIN, callHost, closeSession, openSession, type startWebHost } from './host.js';
import { AppPage, MESSAGES } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});
afterAll(() => closeSession({ host, browser }));

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
];

describe('the counter, as a clerk lives it (Chromium)', () => {
  it('keeps the intake draft and the screen across a reload, confirms with a reason, and gives each member their language', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await page.getByRole('button', { name: app.m.firstRun.demo }).click();
    await app.signInAs('נועה פרץ');

    // The draft in each language: Hebrew and English at 1366, Russian at 1024.
    const passes = [
      { size: SIZES[0], language: 'he' },
      { size: SIZES[1], language: 'ru' },
      { size: SIZES[0], language: 'en' },
    ] as const;
    for (const { size, language } of passes) {
      await page.setViewportSize(size);
      await app.setLanguage(language);
      const m = app.m;
      // A half-typed intake, then F5: the same screen, the same draft.
      await app.nav('intake');
      await page.getByLabel(m.order.statedDefect, { exact: true }).fill('Не заряжается / לא נטען');
      await page.getByLabel(m.order.estimate, { exact: true }).fill('-20');
      await page.getByRole('button', { name: m.intake.submit }).click();
      await page.getByText(m.errors.reasons.negative).waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
      await app.screenshot(`counter-intake-errors-${language}-${size.width}`);
      await page.reload();
      await page.getByText(m.drafts.restored).waitFor();
      expect(page.url()).toMatch(/#\/intake$/);
      expect(await page.getByLabel(m.order.statedDefect, { exact: true }).inputValue()).toBe('Не заряжается / לא נטען');
      await app.screenshot(`counter-intake-draft-${language}-${size.width}`);
      // Back returns to the screen before.
      await app.nav('orders');
      await page.goBack();
      await page.getByLabel(m.order.statedDefect, { exact: true }).waitFor();
    }

    // Cancelling an order asks for the reason, here in English at 1024: Escape goes back, the reason is kept in the
    // timeline. (The demo's first order is still open: the cancel button must be there.)
    await page.setViewportSize(SIZES[1]);
    const m = app.m;
    await app.nav('orders');
    await page.locator('[data-order]').first().click();
    await page.locator('section.order').waitFor();
    const cancel = page.getByRole('group', { name: m.order.moveTo }).getByRole('button', { name: m.status.cancelled, exact: true });
    await cancel.waitFor();
    await cancel.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await cancel.click();
    await page.getByRole('button', { name: m.confirm.doCancel }).click();
    await page.getByText(m.errors.reasons.required).waitFor();
    await page.keyboard.type('The customer withdrew the order');
    await app.screenshot('counter-cancel-dialog-en-1024');
    await page.getByRole('button', { name: m.confirm.doCancel }).click();
    await page.locator('section.order h1 .badge', { hasText: m.status.cancelled }).waitFor();
    await page.getByText('The customer withdrew the order').first().waitFor();
    await app.setLanguage('ru');
    await page.setViewportSize(SIZES[0]);

    // The clerk's last choice was Russian. The manager has no language of their own: the screens stay as they
    // are, and nothing is written for them; the manager chooses Hebrew.
    await app.signInAs('Sarah Cohen');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await app.setLanguage('he');
    // The clerk signs in on the Hebrew sign-in screen: their own Russian comes back; then the manager's Hebrew.
    await signInSwitching(app, 'נועה פרץ', 'ru');
    await signInSwitching(app, 'Sarah Cohen', 'he');
    const staff = await callHost<Array<{ name: string; uiLanguage?: string }>>(host, 'staff.list', {});
    expect(Object.fromEntries(staff.map((member) => [member.name, member.uiLanguage]))).toMatchObject({ 'Sarah Cohen': 'he', 'נועה פרץ': 'ru' });
    await app.nav('settings');
    await page.getByRole('heading', { name: app.m.preferences.title }).waitFor();
    await app.screenshot('counter-preferences-he-1366');
    await page.setViewportSize(SIZES[1]);
    await app.screenshot('counter-preferences-he-1024');
  });

  it('a bookmarked address without the key says what to do; the backend still refuses without it', async () => {
    const context = await browser.newContext({ locale: 'he-IL', viewport: SIZES[1] });
    const tab = await context.newPage();
    await tab.goto(`${host.origin}/#/settings`);
    await tab.getByRole('heading', { name: MESSAGES.he.needsToken.title }).waitFor();
    expect(await tab.getAttribute('html', 'dir')).toBe('rtl');
    expect(await tab.locator('body').innerText()).not.toContain(MESSAGES.he.errors.codes.forbidden);
    await tab.screenshot({ path: 'test-results/screens/counter-needs-token-he-1024.png', fullPage: true });
    // The page got no key: every request from it is refused, the public ones too.
    const refused = await tab.evaluate(async () => {
      const response = await fetch('/api/staff.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return { status: response.status, body: await response.json() };
    });
    expect(refused).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden' } } });
    // The same address with the key opens the app on the screen it names.
    await tab.goto(`${host.url}#/settings`);
    // (The sign-in screen speaks the workshop's language until a member signs in.)
    await tab.getByRole('heading', { name: MESSAGES.en.signIn.submit }).waitFor();
    expect(tab.url()).toBe(`${host.origin}/#/settings`);
    await context.close();
    expect((await callHost<unknown[]>(host, 'staff.list', {})).length).toBeGreaterThan(0);
  });
});

/** Sign in on the sign-in screen as it is now, and expect the screens to switch to the member's own language. */
async function signInSwitching(app: AppPage, name: string, language: 'en' | 'ru' | 'he'): Promise<void> {
  const { page, m } = app;
  await page.locator('header').getByRole('button', { name: m.header.signOut }).click();
  const who = page.getByLabel(m.signIn.who);
  await who.selectOption((await who.locator('option', { hasText: name }).first().getAttribute('value'))!);
  await page.getByLabel(m.signIn.pin).fill(E2E_PIN);
  await page.getByRole('button', { name: m.signIn.submit }).click();
  app.m = MESSAGES[language];
  await page.getByRole('heading', { name: app.m.dashboard.title }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe(language);
}
