import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppPage, type IntakeData, IntakePage, OrderPage } from './pages.js';
import { callHost, closeSession, openSession, type startWebHost } from './host.js';
import { startSmtp } from '../notifications/servers.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;

const api = <T>(channel: string, input: unknown) => callHost<T>(host, channel, input);
/** Screenshots of this file go outside the repository when SCREENS_DIR says where; else with the others. */
const SCREENS = process.env.SCREENS_DIR ?? 'test-results/screens';

const CUSTOMERS: Record<'en' | 'he', IntakeData & { email: string }> = {
  en: { phone: '+44 7911 123456', name: 'Margaret Hale', serial: 'NT-EN-0001', category: 'Laptop', brand: 'Lenovo', model: 'ThinkPad T14', defect: 'Does not power on', estimate: '120', email: 'margaret@example.test' },
  he: { phone: '050-555-0177', name: 'מיכל אברהם', serial: 'NT-HE-0002', category: 'שואב אבק', brand: 'Dyson', model: 'V15 Detect', defect: 'המנוע נכבה אחרי דקה', estimate: '450', email: 'michal@example.test' },
};

const SUBJECT = { en: (n: string) => `Order ${n} is ready for pickup`, he: (n: string) => `הזמנה ${n} מוכנה לאיסוף` };

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

async function shoot(name: string, what: 'page' | string) {
  for (const [width, height] of [[1366, 768], [1024, 768]] as const) {
    await page.setViewportSize({ width, height });
    const target = what === 'page' ? page : page.locator(what).first();
    await target.screenshot({ path: `${SCREENS}/${name}-${width}.png`, ...(what === 'page' ? { fullPage: false } : {}) });
  }
}

describe('notifications, end to end in Chromium', () => {
  for (const language of ['en', 'he'] as const) {
    it(`an order set ready sends the “ready for pickup” e-mail in ${language} to the test SMTP server`, async () => {
      const smtp = await startSmtp();
      const app = new AppPage(page);
      if (language === 'en') {
        await page.goto(host.url);
        await page.getByRole('heading', { name: app.m.firstRun.title }).waitFor();
        await app.startEmptyWorkshop('Sarah Cohen');
      } else await app.detectLanguage();
      await app.setLanguage(language);
      const m = app.m.notifications;

      // Settings → Notifications, as the manager fills it in.
      await app.nav('settings');
      const section = page.locator('#notifications');
      await section.getByLabel(m.host, { exact: true }).waitFor();
      await section.getByLabel(m.enabled).check();
      await section.getByLabel(m.openingHours).fill(language === 'he' ? 'א׳–ה׳ 9:00–18:00' : 'Mon-Fri 9:00-18:00');
      await section.getByLabel(m.host, { exact: true }).fill('127.0.0.1');
      await section.getByLabel(m.port, { exact: true }).fill(String(smtp.port));
      await section.getByLabel(m.user, { exact: true }).fill(smtp.user);
      await section.getByLabel(m.password).fill(smtp.password);
      await section.getByLabel(m.from, { exact: true }).fill('service@workshop.test');
      await section.getByRole('button', { name: m.save }).click();
      await section.getByText(app.m.settings.saved).waitFor();
      await section.getByText(m.passwordKept).waitFor();
      await shoot(`notifications-settings-${language}`, '#notifications');

      // Phones typed without +code are Israeli: the he customer's mobile gets its WhatsApp and SMS links.
      if (language === 'he') await api('settings.update', { phoneCountry: 'IL' });
      const data = CUSTOMERS[language];
      const number = await new IntakePage(app).takeIn(data);
      const found = await api<{ id: string }>('orders.find', { code: number });
      const { order } = await api<{ order: { customerId: string } }>('orders.get', { id: found.id });
      await api('customers.correct', { id: order.customerId, email: data.email, notifyLanguage: language });

      const orderPage = new OrderPage(app);
      await orderPage.moveTo('diagnosing');
      await orderPage.moveTo('ready');

      const mail = await vi.waitFor(() => {
        const found = smtp.mails.find((x) => x.subject === SUBJECT[language](number));
        if (!found) throw new Error(`no mail yet: ${smtp.mails.map((x) => x.subject).join(' | ')}`);
        return found;
      }, { timeout: 20_000, interval: 50 });
      expect(mail.to).toEqual([data.email]);
      expect(mail.text).toContain(number);
      expect(mail.text).toContain(`${data.brand} ${data.model}`);

      // The timeline says it went.
      const sent = `${m.state.sent}`;
      await page.locator('.timeline .message.sent', { hasText: sent }).waitFor({ timeout: 20_000 });
      await page.locator('.order-notify a[href^="https://wa.me/"]').waitFor();
      await shoot(`order-timeline-${language}`, 'page');
      await shoot(`order-timeline-card-${language}`, '.card:has(ol.timeline)');
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }

  it('shows the settings page in Russian too', async () => {
    const app = await new AppPage(page).detectLanguage();
    await app.setLanguage('ru');
    await app.nav('settings');
    await page.locator('#notifications').getByLabel(app.m.notifications.host, { exact: true }).waitFor();
    await shoot('notifications-settings-ru', '#notifications');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
