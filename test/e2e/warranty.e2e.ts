import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';
import { AppPage, OrderPage, OrdersPage, WarrantyPage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;

const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

describe('warranty, end to end in Chromium (EU profile)', () => {
  const serial = 'EU-WM-2026-0815';

  it('imports a registry, checks a serial, takes the unit in under warranty, repairs it and shows the extended end', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Anna Weber');

    await app.nav('settings');
    await page.getByLabel(app.m.rules.profile, { exact: true }).selectOption('eu');
    await page.getByRole('button', { name: app.m.rules.save }).click();
    await page.locator('fieldset.rules .banner.ok').waitFor();
    await app.screenshot('settings-rules');

    const warranty = new WarrantyPage(app);
    expect((await warranty.check(serial)).status).toBe(app.m.warranty.none);

    // The sales department's registry, as a semicolon-separated CSV with a BOM.
    await app.nav('registry');
    const csv = `\ufeffSerial;Make;Model;Type;Date of sale;Warranty;Customer;Phone\r\n${serial};Miele;WWD 120;Washing machine;15.08.2026;24;Jonas Keller;+49 30 5550 1234\r\nBAD-1;Miele;WWD 120;Washing machine;31.09.2026;24;;\r\n`;
    await page.locator('input[type=file]').setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('.registry-errors tr[data-line="3"]').waitFor();
    await app.screenshot('registry-en');
    await page.getByRole('button', { name: /^Import 1 valid/ }).click();
    await page.getByText('Imported: 1 new').waitFor();

    let answer = await warranty.check(serial);
    expect(answer.status).toContain(app.m.warranty.status.under_warranty);
    expect(answer.basis).toContain('purchase 15/08/2026 + 24 months = 15/08/2028');

    // Intake: the serial finds the registered unit, the check runs, and the warranty basis follows it.
    await app.nav('intake');
    await page.getByLabel(app.m.intake.phone, { exact: true }).fill('+49 30 5550 1234');
    await page.getByRole('option', { name: /^Jonas Keller ·/ }).click();
    await page.getByLabel(app.m.device.serial, { exact: true }).fill(serial);
    await page.getByRole('option', { name: new RegExp(serial) }).click();
    await page.locator('.warranty-hint.under_warranty').waitFor();
    expect(await page.getByLabel(app.m.order.basis, { exact: true }).inputValue()).toBe('manufacturer');
    await page.getByLabel(app.m.order.statedDefect, { exact: true }).fill('Drum does not turn');
    await app.screenshot('intake-warranty-en');
    await page.getByRole('button', { name: app.m.intake.submit }).click();
    const number = (await page.locator('section.order h1 .mono').textContent())!.trim();

    await new OrdersPage(app).search(number);
    await new OrdersPage(app).open(number);
    const order = new OrderPage(app);
    for (const status of ['diagnosing', 'in_repair', 'ready'] as const) await order.moveTo(status);
    await order.handBack('repaired', '0');

    answer = await warranty.check(serial);
    expect(answer.basis).toContain(`12 months after repair (order ${number}) = 15/08/2029`);
    await app.screenshot('warranty-en');

    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: app.m.warranty.printCertificate }).click();
    await (await popup).close();
    const [device] = await api<Array<{ device: { id: string } }>>('warranty.check', { code: serial });
    const [certificate] = await api<Array<{ id: string }>>('documents.forDevice', { deviceId: device.device.id });
    const text = await documentText(host, certificate.id, 'warranty-certificate-en');
    expect(text).toContain('15/08/2029');
    expect(text).toContain(serial);
  });

  it('lets a manager void the warranty, in Hebrew, and prints the notice', async () => {
    const app = await new AppPage(page).detectLanguage();
    await app.setLanguage('he');
    const warranty = new WarrantyPage(app);
    await warranty.check(serial);
    await warranty.voidWarranty('liquid_damage', 'נמצאו סימני נוזלים על הלוח');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await app.screenshot('warranty-void-he');
    await page.locator('article.warranty-card').getByLabel(app.m.order.documentLanguage, { exact: true }).selectOption('he');
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: app.m.warranty.printVoidNotice }).click();
    await (await popup).close();
    const [card] = await api<Array<{ device: { id: string }; warranty: { status: string } }>>('warranty.check', { code: serial });
    expect(card.warranty.status).toBe('void');
    const notices = await api<Array<{ kind: string; language: string }>>('documents.forDevice', { deviceId: card.device.id });
    expect(notices.map((d) => [d.kind, d.language])).toContainEqual(['void_notice', 'he']);
    await app.nav('expiring');
    await app.screenshot('expiring-he');
  });
});
