import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_PIN, callHost, closeSession, openSession, type startWebHost } from './host.js';
import { AppPage } from './pages.js';
import { PLURAL_FORMS } from '../../shared/platform/i18n/types.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

describe('staff sign in with their PIN, in Chromium', () => {
  it('a manager adds a clerk with a PIN; the clerk signs in, is refused a wrong PIN and a manager-only action', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Olga Ivanova');
    await app.nav('staff');
    await page.getByLabel(app.m.staff.name).fill('Dana Levi');
    await page.getByLabel(app.m.staff.role).selectOption('clerk');
    await page.getByLabel(app.m.staff.pin).fill('12');
    await page.getByRole('button', { name: app.m.staff.add }).click();
    await page.getByText(app.m.errors.reasons.pin_format).first().waitFor();
    await page.getByLabel(app.m.staff.pin).fill(E2E_PIN);
    await page.getByRole('button', { name: app.m.staff.add }).click();
    await page.getByRole('cell', { name: 'Dana Levi' }).waitFor();

    await app.setLanguage('he');
    await page.locator('header').getByRole('button', { name: app.m.header.signOut }).click();
    await page.getByRole('heading', { name: app.m.signIn.submit }).waitFor();
    const who = page.getByLabel(app.m.signIn.who);
    await who.selectOption((await who.locator('option', { hasText: 'Dana Levi' }).getAttribute('value'))!);
    await page.getByLabel(app.m.signIn.pin).fill('0000');
    await page.getByRole('button', { name: app.m.signIn.submit }).click();
    await page.getByText(app.m.errors.reasons.wrong_pin).first().waitFor();
    await app.screenshot('sign-in-he');

    await app.signInAs('Dana Levi');
    await app.screenshot('signed-in-he');
    expect(await page.locator('header').textContent()).toContain('Dana Levi');
    // A clerk may not add staff: the screen shows the form disabled with the reason, and the backend refuses anyway.
    await app.nav('staff');
    await page.getByRole('note').filter({ hasText: app.m.permissions.only.replace('{{roles}}', app.m.role.manager) }).first().waitFor();
    expect(await page.getByLabel(app.m.staff.name).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: app.m.staff.add }).isDisabled()).toBe(true);
    await app.screenshot('staff-as-clerk-he');
    const dana = (await callHost<Array<{ id: string; name: string }>>(host, 'staff.list', {})).find((m) => m.name === 'Dana Levi')!;
    await expect(callHost(host, 'staff.create', { name: 'Someone Else', role: 'clerk', pin: '5555' }, dana.id)).rejects.toThrow(/forbidden/);
    await expect(page.getByRole('cell', { name: 'Someone Else' }).count()).resolves.toBe(0);

    // A reload keeps the tab signed in, on the same screen; signing out does not.
    await page.reload();
    await page.getByRole('heading', { name: app.m.staff.title, exact: true }).waitFor();
    expect(page.url()).toMatch(/#\/staff$/);
    await page.locator('header').getByRole('button', { name: app.m.header.signOut }).click();
    await page.reload();
    await page.getByRole('heading', { name: app.m.signIn.submit }).waitFor();
  });

  it('Chromium has the plural forms the catalogue writes for each language', async () => {
    const forms = await page.evaluate(() => Object.fromEntries(['en', 'ru', 'he'].map((l) => [l, new Intl.PluralRules(l).resolvedOptions().pluralCategories.sort()])));
    expect(forms).toEqual(Object.fromEntries(Object.entries(PLURAL_FORMS).map(([l, f]) => [l, [...f].sort()])));
  });
});
