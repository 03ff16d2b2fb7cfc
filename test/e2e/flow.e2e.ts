import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, type IntakeData, IntakePage, OrderPage, OrdersPage } from './pages.js';
import { callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;

const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);


const CUSTOMERS: Record<'en' | 'ru' | 'he', IntakeData> = {
  en: { phone: '+44 20 7946 0111', name: 'Margaret Hale', serial: 'PF3-EN-0001', category: 'Laptop', brand: 'Lenovo', model: 'ThinkPad T14', defect: 'Does not power on', estimate: '120.50' },
  ru: { phone: '+7 903 555-22-33', name: 'Ольга Смирнова', serial: 'DL-RU-0002', category: 'Кофемашина', brand: "De'Longhi", model: 'Magnifica S', defect: 'Протекает вода', estimate: '3000' },
  he: { phone: '050-555-0177', name: 'מיכל אברהם', serial: 'SV22-HE-0003', category: 'שואב אבק', brand: 'Dyson', model: 'V15 Detect', defect: 'המנוע נכבה אחרי דקה (V15, 2 פעמים)', estimate: '450' },
};

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

describe('a new workshop, end to end in Chromium', () => {
  it('starts empty and lets the first manager in', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await page.getByRole('heading', { name: app.m.firstRun.title }).waitFor();
    await app.screenshot('first-run');
    await app.startEmptyWorkshop('Sarah Cohen');
    // The token is taken out of the address bar once the page has it.
    expect(page.url()).not.toContain('token=');
    await app.nav('settings');
    await page.getByLabel(app.m.settings.name, { exact: true }).fill('FixPoint Service Centre');
    await page.getByLabel(app.m.settings.address, { exact: true }).fill('12 Herzl St., Tel Aviv');
    await page.getByRole('button', { name: app.m.settings.save, exact: true }).click();
    await page.getByText(app.m.settings.saved).waitFor();
    await app.screenshot('settings');
  });

  for (const language of ['en', 'ru', 'he'] as const) {
    it(`takes a device in, repairs it and hands it back, with the UI in ${language}`, async () => {
      const app = await new AppPage(page).detectLanguage();
      await app.setLanguage(language);
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'he' ? 'rtl' : 'ltr');
      const data = CUSTOMERS[language];

      const number = await new IntakePage(app).takeIn(data);
      expect(number).toMatch(/^R-\d{4}-\d{5}$/);
      await app.screenshot(`order-${language}`);

      const orders = new OrdersPage(app);
      expect(await orders.search(data.serial)).toEqual([number]);
      expect(await orders.search(data.phone.slice(-8))).toEqual([number]);
      expect(await orders.search(data.name)).toEqual([number]);
      await app.screenshot(`orders-${language}`);
      await orders.open(number);

      const order = new OrderPage(app);
      await order.printIntakeAct(language);
      await order.moveTo('diagnosing');
      await order.moveTo('in_repair');
      await order.addWork(language === 'he' ? 'החלפת מנוע' : 'Replace motor', '100');
      await order.moveTo('ready');
      await order.handBack('repaired', '100');
      await app.screenshot(`handed-back-${language}`);

      const found = await api<{ id: string }>('orders.find', { code: number });
      const view = await api<{ order: { status: string; timeline: Array<{ to: string }> } }>('orders.get', { id: found.id });
      expect(view.order.status).toBe('issued');
      expect(view.order.timeline.map((e) => e.to)).toEqual(['received', 'diagnosing', 'in_repair', 'ready', 'issued']);

      const [act] = await api<Array<{ id: string; number: string; language: string }>>('documents.forOrder', { orderId: found.id });
      expect(act.language).toBe(language);
      const text = await documentText(host, act.id, `intake-act-${language}`);
      expect(text).toContain(number);
      expect(text).toContain(data.name);
      expect(text).toContain(data.serial);
      expect(text).toContain('FixPoint Service Centre');
    });
  }

  it('opens an order from a scanned code typed into the search box', async () => {
    const app = await new AppPage(page).detectLanguage();
    await app.setLanguage('en');
    await page.getByLabel(app.m.header.scan).fill(CUSTOMERS.ru.serial);
    await page.keyboard.press('Enter');
    await page.locator('section.order h1 .mono').waitFor();
    await app.nav('dashboard');
    await app.screenshot('dashboard');
    await app.nav('staff');
    await app.screenshot('staff');
  });
});
