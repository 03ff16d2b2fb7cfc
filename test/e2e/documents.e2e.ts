import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';
import { AppPage, IntakePage, OrderPage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

/** Click a button that prints: in the browser the PDF opens in a new tab. */
async function printed(click: () => Promise<void>): Promise<void> {
  const popup = page.waitForEvent('popup');
  await click();
  const tab = await popup;
  expect(tab.url().startsWith('blob:')).toBe(true);
  await tab.close();
}

describe('order documents, end to end in Chromium (Hebrew interface)', () => {
  it('technical condition act at diagnosis, completion act and label when ready, labels of the list in one batch', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('שרה כהן');
    await app.setLanguage('he');
    const m = app.m;
    const number = await new IntakePage(app).takeIn({
      phone: '052-555-0199',
      name: 'רונית שגיא',
      serial: 'DL22110-9911',
      category: 'מכונת קפה',
      brand: "De'Longhi",
      model: 'Magnifica S',
      defect: 'דולפים מים מתחת למגש',
      estimate: '300',
    });
    const order = new OrderPage(app);
    await order.moveTo('diagnosing');
    // The documents card's language (the payments section has its own).
    await page.locator('.card', { has: page.getByRole('button', { name: m.order.printIntakeAct }) }).getByLabel(m.order.documentLanguage, { exact: true }).selectOption('he');

    await page.getByText(m.conditionAct.title, { exact: true }).click();
    await page.getByLabel(m.documents.defect, { exact: true }).fill('אטם המגש שחוק, נזילה במשאבה (ULKA EP5)');
    await page.getByLabel(m.documents.cause, { exact: true }).selectOption('wear');
    await page.getByLabel(m.documents.recommendation, { exact: true }).fill('החלפת אטם בתשלום');
    await printed(() => page.getByRole('button', { name: m.documents.conditionPrint }).click());

    await order.moveTo('in_repair');
    await order.addWork('החלפת אטם', '120');
    await order.moveTo('ready');
    await printed(() => page.getByRole('button', { name: m.documents.completionAct }).click());
    await printed(() => page.getByRole('button', { name: m.documents.label }).click());
    await page.locator('ul.documents li', { hasText: /^DL-/ }).waitFor();
    await app.screenshot('order-documents-he');

    const found = await api<{ id: string }>('orders.find', { code: number });
    const documents = await api<Array<{ id: string; kind: string; number: string }>>('documents.forOrder', { orderId: found.id });
    expect(documents.map((d) => d.kind).sort()).toEqual(['completion_act', 'condition_act', 'device_label']);
    const condition = await documentText(host, documents.find((d) => d.kind === 'condition_act')!.id, 'condition-act-he');
    expect(condition).toContain('בלאי טבעי');
    expect(condition).toContain('אטם המגש שחוק');
    const completion = await documentText(host, documents.find((d) => d.kind === 'completion_act')!.id, 'completion-act-he');
    expect(completion).toContain('החלפת אטם');
    expect(completion).toContain('רונית שגיא');

    await app.nav('orders');
    await printed(() => page.getByRole('button', { name: m.documents.labelsOfList }).click());
    const all = await api<Array<{ kind: string; orderIds?: string[] }>>('documents.forOrder', { orderId: found.id });
    expect(all.filter((d) => d.kind === 'device_label')).toHaveLength(2);
  });

  it('sends two orders to an external service centre in one shipment and receives one back, printing both waybills', async () => {
    const app = new AppPage(page);
    await app.detectLanguage();
    const m = app.m;
    const numbers: string[] = [];
    for (const [i, name] of ['משה לוי', 'Анна Орлова'].entries()) {
      numbers.push(
        await new IntakePage(app).takeIn({
          phone: `052-555-02${i}0`,
          name,
          serial: `SM-A546-${i}77`,
          category: 'סמארטפון',
          brand: 'Samsung',
          model: 'Galaxy A54',
          defect: 'לא נדלק אחרי עדכון תוכנה',
          estimate: '0',
        }),
      );
      await new OrderPage(app).moveTo('diagnosing');
    }
    await page.getByRole('button', { name: m.shipments.nav, exact: true }).click();
    await page.getByLabel(m.shipments.serviceCentre, { exact: true }).fill('Samsung Service Israel');
    await page.getByLabel(m.shipments.address, { exact: true }).fill('Rosh HaAyin');
    for (const number of numbers) await page.locator('label.check', { hasText: number }).locator('input').check();
    await printed(() => page.getByRole('button', { name: m.shipments.send }).click());
    const shipment = page.locator('.card.shipment').first();
    await shipment.waitFor();
    await printed(() => shipment.locator('li', { hasText: numbers[0] }).getByRole('button', { name: m.shipments.receive }).click());
    await shipment.locator('.badge', { hasText: m.shipments.statuses.partly_returned }).waitFor();
    await app.screenshot('shipments-he');

    const [row] = await api<Array<{ shipment: { id: string; status: string }; orders: Array<{ number: string; status: string }> }>>('shipments.list', { status: 'open' });
    expect(row.orders.map((o) => [o.number, o.status])).toEqual([
      [numbers[0], 'in_repair'],
      [numbers[1], 'at_external_service'],
    ]);
    const found = await api<{ id: string }>('orders.find', { code: numbers[0] });
    const kinds = (await api<Array<{ kind: string }>>('documents.forOrder', { orderId: found.id })).map((d) => d.kind).sort();
    expect(kinds).toEqual(['waybill_back', 'waybill_out']);
  });

  it('sets the logo, the intake texts per language and a number format in Settings', async () => {
    const app = new AppPage(page);
    await app.detectLanguage();
    const m = app.m;
    await app.nav('settings');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEUlEQVR4nGOQ91uBFTFQTwIAst4ioaBuagsAAAAASUVORK5CYII=',
      'base64',
    );
    await page.getByLabel(m.documents.settings.logo).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await page.getByText(m.documents.settings.logoSet.split('{{')[0]).waitFor();
    await page.getByLabel(m.order.documentLanguage, { exact: true }).selectOption('ru');
    await page.getByLabel(m.documents.settings.storageText, { exact: true }).fill('Невостребованное изделие хранится 60 дней.');
    await page.getByLabel(m.documents.settings.kinds.completion_act, { exact: true }).fill('{prefix}-{yyyy}');
    await page.getByRole('button', { name: m.settings.save, exact: true }).click();
    await page.getByText(m.errors.reasons.no_sequence).waitFor();
    await page.getByLabel(m.documents.settings.kinds.completion_act, { exact: true }).fill('АВР-{yy}-{seq:4}');
    await page.getByRole('button', { name: m.settings.save, exact: true }).click();
    await page.locator('.banner.ok').waitFor();
    await app.screenshot('settings-documents-he');
    const settings = await api<{ logo?: { type: string }; storageTerms?: { ru?: string }; numberFormats?: Record<string, string> }>('settings.get', {});
    expect(settings.logo?.type).toBe('png');
    expect(settings.storageTerms?.ru).toBe('Невостребованное изделие хранится 60 дней.');
    expect(settings.numberFormats).toEqual({ completion_act: 'АВР-{yy}-{seq:4}' });
  });
});
