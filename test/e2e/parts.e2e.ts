import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, openSession, type startWebHost } from './host.js';
import { AppPage, IntakePage, OrderPage } from './pages.js';
import { PartsPage } from './partsPages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

describe('a repair that waits for a part, end to end in Chromium', () => {
  it('catalogue → order picks the part → waits → receipt flags it → completion consumes it', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Olga Ivanova');
    await app.setLanguage('ru');
    const m = app.m;
    const parts = new PartsPage(app);

    await parts.addSupplier('ЗапчастьСнаб', '+7 495 100-20-30');
    await app.screenshot('parts-counterparties-ru');
    await parts.addPart({ sku: 'BELT-1', name: 'Ремень привода барабана', models: 'WAN28281, WAN24140', cost: '500', price: '900', supplier: 'ЗапчастьСнаб', minStock: '1' });
    await app.screenshot('parts-catalogue-ru');
    await parts.addOperation({ code: 'Р-01', name: 'Замена ремня привода', minutes: '40', price: '1500' });
    await app.screenshot('parts-labour-ru');

    const number = await new IntakePage(app).takeIn({
      phone: '+7 903 555-77-88',
      name: 'Пётр Сидоров',
      serial: 'WM-RU-7788',
      category: 'Стиральная машина',
      brand: 'Bosch',
      model: 'WAN28281',
      defect: 'Не крутится барабан',
      estimate: '0',
    });
    const order = new OrderPage(app);
    await parts.pickOntoOrder('WAN28281', 'BELT-1', 'Р-01 · Замена ремня привода');
    await order.moveTo('diagnosing');
    await page.locator('.order-parts .parts-lacking').waitFor();
    await order.moveTo('awaiting_parts');
    await order.moveTo('in_repair');
    await page.getByRole('group', { name: m.order.moveTo }).getByRole('button', { name: m.status.ready, exact: true }).click();
    await page.getByText(m.errors.reasons.parts_missing).first().waitFor();
    await order.moveTo('awaiting_parts');
    await app.screenshot('parts-order-waiting-ru');

    const requisition = await parts.requisitionAndReceive('Накладная 55');
    expect(requisition.lines).toEqual({ 'BELT-1': '2' });
    await app.nav('dashboard');
    await page.locator('.parts-arrived-notice').getByRole('button', { name: number }).waitFor();
    await app.screenshot('parts-dashboard-arrived-ru');
    await parts.receive('BELT-1', '1', 'Возврат из ремонта');
    await app.screenshot('parts-ledger-ru');
    await parts.open('waiting');
    await page.locator(`tr[data-arrived="${number}"]`).click();
    await page.locator('.order-parts .parts-arrived').waitFor();
    await app.screenshot('parts-order-arrived-ru');

    await order.moveTo('in_repair');
    await order.moveTo('ready');
    await order.handBack('repaired', '0');

    const [belt] = await api<Array<{ stock: { onHand: number; reserved: number; available: number } }>>('parts.list', { query: 'BELT-1' });
    expect(belt.stock).toEqual({ onHand: 2, reserved: 0, available: 2 });
    const [sent] = await api<Array<{ number: string; state: string }>>('parts.requisitions.list', {});
    expect(sent).toEqual(expect.objectContaining({ number: requisition.number, state: 'received' }));
    const found = await api<{ id: string }>('orders.find', { code: number });
    const held = await api<{ rows: Array<{ consumed: number; reserved: number }>; partsArrivedAt?: string }>('parts.forOrder', { orderId: found.id });
    expect(held.rows).toMatchObject([{ consumed: 1, reserved: 0 }]);
    expect(held.partsArrivedAt).toBeUndefined();

    const cost = await api<{ partsAtCost: number; labour: number; total: number }>('parts.costs.order', { orderId: found.id });
    expect(cost).toMatchObject({ partsAtCost: 50000, labour: 150000, total: 200000 });

    await parts.sell('BELT', 'BELT-1', '1', 'Мария Иванова');
    await app.screenshot('parts-sale-ru');
    await parts.open('costs');
    await app.screenshot('parts-costs-ru');
    expect((await api<Array<{ stock: { onHand: number } }>>('parts.list', { query: 'BELT-1' }))[0].stock.onHand).toBe(1);

    await app.setLanguage('he');
    for (const tab of ['waiting', 'requisitions', 'sale', 'returns', 'labour', 'costs'] as const) {
      await parts.open(tab);
      await app.screenshot(`parts-${tab}-he`);
    }
    await parts.open('catalogue');
    await page.locator('tr[data-sku="BELT-1"]').getByRole('button', { name: app.m.parts.stockAndLedger }).click();
    await page.locator('.part-ledger tr[data-move="consumption"]').first().waitFor();
    await app.screenshot('parts-ledger-he');
    await parts.open('counterparties');
    await app.screenshot('parts-counterparties-he');
  });
});
