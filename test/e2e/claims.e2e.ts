import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsPage } from './claimPages.js';
import { callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';
import { AppPage, IntakePage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown) => callHost<T>(host, channel, input);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

describe('a consumer claim, end to end in Chromium', () => {
  it('intake → claim with its Art. 22 deadline → decision → response letter in Hebrew and Russian', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Olga Ivanova');
    const [manager] = await api<Array<{ id: string }>>('staff.list', {});
    await api('settings.update', { actorId: manager.id, ruleProfile: 'ru', currency: 'RUB', workshop: { name: 'Сервис-Плюс', signatory: 'О. Иванова' } });
    await page.reload();
    await app.setLanguage('ru');

    const number = await new IntakePage(app).takeIn({
      phone: '+7 903 555-77-88',
      name: 'Пётр Сидоров',
      serial: 'TV-RU-4455',
      category: 'Телевизор',
      brand: 'LG',
      model: '55UR78006LK',
      defect: 'Нет изображения',
      estimate: '0',
    });

    const claims = new ClaimsPage(app);
    const claimNumber = await claims.register({ order: number, demand: 'refund', price: '50000', statement: 'Телевизор неисправен, прошу вернуть деньги.' });
    const card = page.locator('article.claim');
    await expect(card.locator('.claim-clock').textContent()).resolves.toContain('10 дн.');
    await expect(card.textContent()).resolves.toContain('Пётр Сидоров');
    await page.locator(`tr[data-claim-row="${claimNumber}"]`).waitFor();
    await app.screenshot('claims-ru');

    await claims.decide('rejected', '', 'Проверка качества показала нарушение правил эксплуатации.');
    await claims.printLetter('he');
    await claims.printLetter('ru');
    await app.setLanguage('he');
    await app.screenshot('claims-he');

    const [view] = await api<Array<{ claim: { id: string; status: string; orderId: string } }>>('claims.list', { filter: 'all' });
    expect(view.claim.status).toBe('answered');
    const documents = await api<Array<{ id: string; kind: string; language: string }>>('documents.forOrder', { orderId: view.claim.orderId });
    const letters = documents.filter((d) => d.kind === 'claim_response');
    expect(letters.map((d) => d.language).sort()).toEqual(['he', 'ru']);
    const ru = (await documentText(host, letters.find((d) => d.language === 'ru')!.id, 'claim-letter-ru')).replace(/\s+/g, ' ');
    expect(ru).toContain('В удовлетворении претензии отказано.');
    expect(ru).toContain('Проверка качества показала нарушение правил эксплуатации.');
    expect(ru).toContain('ст. 22 Закона РФ');
    expect(ru).toContain(number);
    const he = await documentText(host, letters.find((d) => d.language === 'he')!.id, 'claim-letter-he');
    expect(he).toContain('התלונה נדחתה');
  });
});
