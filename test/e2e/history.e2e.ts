import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, openSession, type startWebHost } from './host.js';
import { AppPage, WarrantyPage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

/**
 * A spreadsheet kept by the previous program: intake dates written 01/09/2025 (day or month first? every one of
 * them fits both, so the wizard asks), two warranty repairs of one washing machine, one intake dated in the
 * future and one unknown status.
 */
const HISTORY =
  'Номер заказа,Принят,Выдан,Статус,Неисправность,Основание,Клиент,Телефон,Марка,Модель,Серийный номер,Дата покупки,Гарантия\n' +
  'R-101,01/09/2025,20.09.2025,Выдан,Не включается,Гарантия,Мария Козлова,+7 903 111-22-33,Bosch,WAN28281,BS-1,10.03.2025,12\n' +
  'R-102,05/01/2026,16.01.2026,Выдан,Течёт вода,Гарантия,Мария Козлова,+7 903 111-22-33,Bosch,WAN28281,BS-1,,\n' +
  'R-201,10/07/2030,,Принят,Шумит,Платный,Олег Сидоров,+7 905 000-00-01,LG,F2V5,LG-9,,\n' +
  'R-204,11/04/2026,,Потерян,Не греет,Платный,Олег Сидоров,+7 905 000-00-01,LG,F2V5,LG-9,,\n';

const shot = (name: string) => page.screenshot({ path: `/work/scratch-history/${name}.png`, fullPage: true });

describe('importing a workshop history, end to end in Chromium (ru)', () => {
  it('columns → check with bad rows and a date question → import → the old repairs in the unit’s history', async () => {
    const app = new AppPage(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await app.startEmptyWorkshop('Ольга Иванова');
    await api('settings.update', { ruleProfile: 'ru' });
    await app.setLanguage('ru');
    const m = app.m;

    await page.getByRole('button', { name: m.history.nav, exact: true }).click();
    await page.getByRole('heading', { name: m.history.title }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'история.csv', mimeType: 'text/csv', buffer: Buffer.from(HISTORY, 'utf8') });
    await page.getByLabel(m.history.system, { exact: true }).fill('Excel');
    await shot('history-file-ru-1366');
    await page.getByRole('button', { name: m.history.next, exact: true }).click();

    await page.getByRole('heading', { name: m.history.mapping }).waitFor();
    // Each field's select, found by its label (a select's accessible name also holds its chosen option).
    const column = (label: string) => page.locator(`label.field:has(> span.field-label:text-is("${label}")) select`);
    expect(await column(m.device.serial).inputValue()).toBe('10');
    expect(await column(m.history.fields.model).inputValue()).toBe('9');
    await shot('history-mapping-ru-1366');
    await page.setViewportSize({ width: 1024, height: 768 });
    await shot('history-mapping-ru-1024');
    await page.getByRole('button', { name: m.history.next, exact: true }).click();

    const question = page.locator('fieldset.date-question[data-field="receivedAt"]');
    await question.waitFor();
    const importButton = page.getByRole('button', { name: /^Импортировать/ });
    expect(await importButton.isDisabled()).toBe(true);
    await shot('history-question-ru-1024');
    await question.getByLabel(m.history.dateOrders.dmy).check();
    await page.locator('tr[data-line="4"]').getByText('Эта дата ещё не наступила.', { exact: false }).waitFor();
    await page.locator('tr[data-line="5"]').getByText('Неизвестный статус', { exact: false }).waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await shot('history-preview-ru-1366');
    await importButton.click();
    await page.getByRole('status').getByText('Импортировано 2 заказа', { exact: false }).waitFor();
    await shot('history-result-ru-1366');

    const warranty = new WarrantyPage(app);
    await warranty.check('BS-1');
    const card = page.locator('article.warranty-card').first();
    const row = (number: string) => card.locator('tbody tr', { hasText: number });
    await row('R-101').waitFor();
    await row('R-102').waitFor();
    expect(await card.locator('.basis').textContent()).toBe('Основание: покупка 10.03.2025 + 12 месяцев + 19 дней в ремонте (заказ R-101) + 11 дней в ремонте (заказ R-102) = 09.04.2026');
    await shot('history-warranty-ru-1366');

    await row('R-101').click();
    await page.locator('[data-imported]').getByText('Импортирован из Excel № R-101').waitFor();
    await shot('history-order-ru-1366');

    await app.setLanguage('he');
    await page.getByRole('button', { name: app.m.history.nav, exact: true }).click();
    await page.getByRole('heading', { name: app.m.history.title }).waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    await shot('history-file-he-1024');
  });
});
