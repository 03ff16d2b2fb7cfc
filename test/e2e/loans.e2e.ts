import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';
import { AppPage, IntakePage, LoanersPage, OrderPage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));


describe('a replacement loan, end to end in Chromium', () => {
  it('demand → issue → act → repair → hand-back refused → return → return act → hand-back', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Olga Ivanova');
    await app.setLanguage('ru');

    await new LoanersPage(app).addUnit({ inventoryNumber: 'ПФ-01', category: 'Смартфон', model: 'Samsung Galaxy A15', serial: 'R58T000111', value: '8000', condition: 'Хорошее' });
    await app.screenshot('loaners-ru');

    const number = await new IntakePage(app).takeIn({
      phone: '+7 903 555-77-88',
      name: 'Пётр Сидоров',
      serial: 'WM-RU-7788',
      category: 'Стиральная машина',
      brand: 'Bosch',
      model: 'WAN28281',
      defect: 'Не отжимает',
      estimate: '0',
    });
    const m = app.m;
    const loanCard = page.locator('.card.loan');
    await loanCard.getByRole('button', { name: m.loans.demand }).click();
    await loanCard.getByText(m.loans.demanded.split('{{')[0]).waitFor();
    await loanCard.getByLabel(m.loans.unit, { exact: true }).selectOption({ label: 'ПФ-01 · Samsung Galaxy A15' });
    await loanCard.getByLabel(m.device.accessoriesList, { exact: true }).fill('Зарядное устройство');
    await loanCard.getByRole('button', { name: m.loans.lend, exact: true }).click();
    await loanCard.locator('.badge.loan-open').waitFor();
    await app.screenshot('loan-issued-ru');

    const popup = page.waitForEvent('popup');
    await loanCard.getByRole('button', { name: m.loans.printIssue }).click();
    await (await popup).close();

    const order = new OrderPage(app);
    for (const status of ['diagnosing', 'in_repair', 'ready'] as const) await order.moveTo(status);
    await page.getByLabel(m.order.outcome, { exact: true }).selectOption('repaired');
    await page.getByRole('button', { name: m.order.confirmHandBack, exact: true }).click();
    await page.getByText(m.errors.reasons.open_loan).first().waitFor();

    await loanCard.getByLabel(m.loans.conditionIn, { exact: true }).fill('Царапина на экране');
    await loanCard.getByLabel(new RegExp(`^${m.loans.depositReturned}`)).fill('7000');
    await loanCard.getByLabel(m.loans.withheldReason, { exact: true }).fill('Царапина на экране');
    await loanCard.getByRole('button', { name: m.loans.takeBack, exact: true }).click();
    await loanCard.locator('.badge.loan-returned').waitFor();
    const returnPopup = page.waitForEvent('popup');
    await loanCard.getByRole('button', { name: m.loans.printReturn }).click();
    await (await returnPopup).close();

    await order.handBack('repaired', '0');
    await app.screenshot('loan-returned-ru');

    const found = await api<{ id: string }>('orders.find', { code: number });
    const view = await api<{ order: { status: string } }>('orders.get', { id: found.id });
    expect(view.order.status).toBe('issued');
    const documents = await api<Array<{ id: string; kind: string }>>('documents.forOrder', { orderId: found.id });
    const issueAct = documents.find((d) => d.kind === 'loan_issue_act')!;
    const returnAct = documents.find((d) => d.kind === 'loan_return_act')!;
    expect(await documentText(host, issueAct.id, 'loan-issue-act-en')).toContain('ПФ-01');
    const returnText = await documentText(host, returnAct.id, 'loan-return-act-en');
    expect(returnText).toContain('Царапина на экране');
    expect(returnText).toContain('Пётр Сидоров');
    const [unit] = await api<Array<{ state: string; loans: number }>>('loans.loaners.list', {});
    expect(unit).toMatchObject({ state: 'available', loans: 1 });
  });
});
