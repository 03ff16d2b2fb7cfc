import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsPage } from './claimPages.js';
import { callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';
import { AppPage, IntakePage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

describe('a consumer claim, end to end in Chromium', () => {
  // One workshop for both tests: the second goes on where the first left off (in Hebrew).
  let app: AppPage;

  it('intake → claim with its Art. 22 deadline → decision → response letter in Hebrew and Russian', async () => {
    app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Olga Ivanova');
    await api('settings.update', { ruleProfile: 'ru', currency: 'RUB', workshop: { name: 'Сервис-Плюс', signatory: 'О. Иванова' } });
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
    await expect(card.locator('.claim-clock').textContent()).resolves.toContain('10 дней');
    await expect(card.textContent()).resolves.toContain('Пётр Сидоров');
    await page.locator(`tr[data-claim-row="${claimNumber}"]`).waitFor();
    await app.screenshot('claims-ru');

    await claims.decide('rejected', '', 'Проверка качества показала нарушение правил эксплуатации.');
    await claims.printLetter('he');
    await claims.printLetter('ru');
    await app.setLanguage('he');
    await app.screenshot('claims-he');
    await app.setLanguage('ru');

    const [view] = await api<Array<{ claim: { id: string; status: string; orderId: string } }>>('claims.list', { filter: 'all' });
    expect(view.claim.status).toBe('answered');
    const documents = await api<Array<{ id: string; kind: string; language: string }>>('documents.forOrder', { orderId: view.claim.orderId });
    const letters = documents.filter((d) => d.kind === 'claim_response');
    expect(letters.map((d) => d.language).sort()).toEqual(['he', 'ru']);
    const ru = (await documentText(host, letters.find((d) => d.language === 'ru')!.id, 'claim-letter-ru')).replace(/\s+/g, ' ');
    expect(ru).toContain('В удовлетворении претензии отказано.');
    expect(ru).toContain('Проверка качества показала нарушение правил эксплуатации.');
    // The deadline's source, cited in the letter's language (the law's name, then its article).
    expect(ru).toContain('№ 2300-1 «О защите прав потребителей», ст. 22');
    expect(ru).toContain(number);
    const he = await documentText(host, letters.find((d) => d.language === 'he')!.id, 'claim-letter-he');
    expect(he).toContain('התלונה נדחתה');

    // The same order in a claim against the manufacturer, and its unit sent to an independent examination.
    const m = app.m;
    await page.getByRole('tab', { name: m.counterparty.tabs.counterparty }).click();
    await page.getByLabel(m.counterparty.counterpartyName, { exact: true }).fill('LG Electronics RUS');
    await page.getByLabel(m.claims.amountClaimed, { exact: true }).fill('3500');
    await page.getByLabel(m.counterparty.orders, { exact: true }).fill(number);
    await page.getByLabel(m.counterparty.subject, { exact: true }).fill('Возмещение гарантийного ремонта');
    await page.getByRole('button', { name: m.counterparty.save }).click();
    const row = page.locator('tr[data-cc="CC-2026-00001"]');
    await row.waitFor();
    await row.getByRole('button', { name: m.counterparty.statuses.sent }).click();
    await row.getByText(m.counterparty.statuses.sent, { exact: true }).waitFor();
    await app.screenshot('counterparty-claims-ru');

    await page.getByRole('tab', { name: m.counterparty.tabs.examinations }).click();
    const referral = page.locator('form.examination-referral');
    await referral.getByLabel(m.counterparty.orderNumber, { exact: true }).fill(number);
    await referral.getByLabel(m.counterparty.lab, { exact: true }).fill('АНО «Центр экспертиз»');
    await referral.getByLabel(m.counterparty.question, { exact: true }).fill('Производственный ли недостаток?');
    await referral.getByRole('button', { name: m.counterparty.refer }).click();
    const examination = page.locator('tr[data-examination="EX-2026-00001"]');
    await examination.getByRole('button', { name: m.counterparty.saveResult }).click();
    const result = page.locator('form.examination-result');
    await result.getByLabel(m.counterparty.conclusion, { exact: true }).selectOption('operation_violation');
    await result.getByLabel(m.counterparty.result, { exact: true }).fill('Следы жидкости на плате');
    await result.getByLabel(m.counterparty.paidBy, { exact: true }).selectOption('customer');
    await result.getByRole('button', { name: m.counterparty.saveResult }).click();
    await examination.getByText(m.counterparty.conclusions.operation_violation).waitFor();
    await app.setLanguage('he');
    await app.screenshot('examinations-he');
    await page.getByRole('search').getByRole('textbox').fill(number);
    await page.getByRole('search').getByRole('textbox').press('Enter');
    await page.locator('.order-claims .badge').waitFor();
    await app.screenshot('order-claims-he');
    const [saved] = await api<Array<{ conclusion: string; paidBy: string; orderNumber: string }>>('claims.examinations.list', {});
    expect(saved).toMatchObject({ conclusion: 'operation_violation', paidBy: 'customer', orderNumber: number });
  });

  it('asks before a withdrawal, and records the day an accepted demand was satisfied', async () => {
    await app.setLanguage('en');
    const m = app.m;
    const receivedOn = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const claim = (goods: string) =>
      api<{ claim: { id: string; number: string } }>('claims.save', { receivedOn, demand: 'refund', goodsPrice: 1_000_000, statement: 'Верните деньги.', customerName: 'Анна Белова', goods });
    const withdrawn = await claim('Чайник Bosch');
    const accepted = await claim('Утюг Philips');
    await app.nav('claims');
    const card = page.locator('article.claim');

    await page.locator(`tr[data-claim-row="${withdrawn.claim.number}"]`).click();
    await page.locator(`article.claim[data-claim="${withdrawn.claim.number}"]`).waitFor();
    page.once('dialog', (dialog) => void dialog.dismiss());
    await card.getByRole('button', { name: m.claims.withdraw }).click();
    expect((await api<{ claim: { status: string } }>('claims.get', { id: withdrawn.claim.id })).claim.status).toBe('received');
    page.once('dialog', (dialog) => void dialog.accept());
    await card.getByRole('button', { name: m.claims.withdraw }).click();
    await card.locator('h2 .badge', { hasText: m.claims.statuses.withdrawn }).waitFor();

    await page.locator(`tr[data-claim-row="${accepted.claim.number}"]`).click();
    await page.locator(`article.claim[data-claim="${accepted.claim.number}"]`).waitFor();
    await new ClaimsPage(app).decide('accepted', '10000', 'Недостаток подтверждён.');
    await card.getByRole('button', { name: m.claims.fulfil }).click();
    await card.getByText(`${m.claims.fulfilledOn}:`).waitFor();
    await app.screenshot('claim-fulfilled-en');
    const view = await api<{ claim: { fulfilledOn?: string; history: Array<{ action?: string }> } }>('claims.get', { id: accepted.claim.id });
    expect(view.claim.fulfilledOn).toBeDefined();
    expect(view.claim.history.at(-1)?.action).toBe('fulfilled');
  });
});
