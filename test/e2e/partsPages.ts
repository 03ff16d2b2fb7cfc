import type { AppPage } from './pages.js';

/** The Parts screen driven by its labels in the current UI language. */
export class PartsPage {
  constructor(readonly app: AppPage) {}

  async open(tab: keyof AppPage['m']['parts']['tabs']): Promise<void> {
    const { page, m } = this.app;
    await page.getByRole('button', { name: m.parts.nav, exact: true }).click();
    await page.getByRole('tab', { name: m.parts.tabs[tab], exact: true }).click();
  }

  async addSupplier(name: string, phone: string): Promise<void> {
    const { page, m } = this.app;
    await this.open('counterparties');
    const form = page.getByRole('form', { name: m.parts.cp.form });
    await form.getByLabel(m.parts.cp.name, { exact: true }).fill(name);
    await form.getByLabel(m.parts.cp.phone, { exact: true }).fill(phone);
    await form.getByRole('button', { name: m.parts.cp.add }).click();
    await page.locator(`tr[data-counterparty="${name}"]`).waitFor();
  }

  async addPart(part: { sku: string; name: string; models: string; cost: string; price: string; supplier: string; minStock: string }): Promise<void> {
    const { page, m } = this.app;
    await this.open('catalogue');
    await page.getByRole('button', { name: m.parts.newPart, exact: true }).click();
    const form = page.getByRole('form', { name: m.parts.newPart });
    await form.getByLabel(m.parts.sku, { exact: true }).fill(part.sku);
    await form.getByLabel(m.parts.name, { exact: true }).fill(part.name);
    await form.getByLabel(m.parts.compatibleModels, { exact: true }).fill(part.models);
    await form.getByLabel(m.parts.cost, { exact: true }).fill(part.cost);
    await form.getByLabel(m.parts.price, { exact: true }).fill(part.price);
    await form.getByLabel(m.parts.supplier, { exact: true }).selectOption({ label: part.supplier });
    await form.getByLabel(m.parts.minStock, { exact: true }).fill(part.minStock);
    await form.getByRole('button', { name: m.parts.add, exact: true }).click();
    await page.locator(`tr[data-sku="${part.sku}"]`).waitFor();
  }

  /** Receive goods of a part from its row: stock & ledger, "Receive". */
  async receive(sku: string, quantity: string, reason: string): Promise<void> {
    const { page, m } = this.app;
    await this.open('catalogue');
    await page.locator(`tr[data-sku="${sku}"]`).getByRole('button', { name: m.parts.stockAndLedger }).click();
    const ledger = page.locator('.part-ledger');
    await ledger.getByRole('tab', { name: m.parts.actions.receive }).click();
    await ledger.getByLabel(m.parts.quantity, { exact: true }).fill(quantity);
    await ledger.getByLabel(m.parts.reason, { exact: true }).fill(reason);
    await ledger.getByRole('button', { name: m.parts.actions.receive, exact: true }).and(page.locator('[type=submit]')).click();
    await ledger.locator('tr[data-move="receipt"]').first().waitFor();
  }

  /** Pick a catalogue part onto the open order's part lines and save the lines. */
  async pickOntoOrder(search: string, sku: string, operation?: string): Promise<void> {
    const { page, m } = this.app;
    if (operation) await page.getByLabel(m.parts.labour.pick, { exact: true }).selectOption({ label: operation });
    await page.getByRole('combobox', { name: m.parts.pick }).fill(search);
    await page.locator(`[data-pick="${sku}"]`).click();
    await page.getByRole('button', { name: m.order.saveLines }).click();
    await page.locator('.banner.ok').waitFor();
  }

  /** Gather a requisition, print it, send it and receive all its lines; returns its number and what it asked for. */
  async requisitionAndReceive(reason: string): Promise<{ number: string; lines: Record<string, string> }> {
    const { page, m } = this.app;
    await this.open('requisitions');
    await page.getByRole('button', { name: m.parts.req.generate }).click();
    const card = page.locator('form.requisition');
    await card.locator('.badge.req-draft').waitFor();
    const number = (await card.locator('h2 .mono').textContent())!.trim();
    const skus = await card.locator('tr[data-line]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')!));
    const lines: Record<string, string> = {};
    for (const sku of skus) lines[sku] = await card.getByLabel(`${m.parts.quantity} ${sku}`, { exact: true }).inputValue();
    await this.app.screenshot(`parts-requisition-${await page.getAttribute('html', 'lang')}`);
    const popup = page.waitForEvent('popup');
    await card.getByRole('button', { name: m.parts.req.print }).click();
    await (await popup).close();
    await card.getByRole('button', { name: m.parts.req.markSent }).click();
    await card.locator('.badge.req-sent').waitFor();
    for (const sku of skus) await card.getByLabel(`${m.parts.req.arrivingNow} ${sku}`, { exact: true }).fill(lines[sku]);
    await card.getByLabel(m.parts.reason, { exact: true }).fill(reason);
    await card.getByRole('button', { name: m.parts.req.receive }).click();
    await card.locator('.badge.req-received').waitFor();
    return { number, lines };
  }

  async addOperation(op: { code: string; name: string; minutes: string; price: string }): Promise<void> {
    const { page, m } = this.app;
    await this.open('labour');
    const form = page.getByRole('form', { name: m.parts.labour.form });
    await form.getByLabel(m.parts.labour.code, { exact: true }).fill(op.code);
    await form.getByLabel(m.parts.labour.name, { exact: true }).fill(op.name);
    await form.getByLabel(m.parts.labour.minutes, { exact: true }).fill(op.minutes);
    await form.getByLabel(m.parts.price, { exact: true }).fill(op.price);
    await form.getByRole('button', { name: m.parts.labour.add }).click();
    await page.locator(`tr[data-operation="${op.name}"]`).waitFor();
  }

  /** Sell a part over the counter; the receipt opens as a PDF. */
  async sell(search: string, sku: string, quantity: string, customer: string): Promise<void> {
    const { page, m } = this.app;
    await this.open('sale');
    const form = page.getByRole('form', { name: m.parts.sale.title });
    await form.getByLabel(m.parts.sale.customer, { exact: true }).fill(customer);
    await form.getByRole('combobox', { name: m.parts.pick }).fill(search);
    await form.locator(`[data-pick="${sku}"]`).click();
    await form.getByLabel(`${m.parts.quantity} ${sku}`, { exact: true }).fill(quantity);
    const popup = page.waitForEvent('popup');
    await form.getByRole('button', { name: m.parts.sale.sell }).click();
    await (await popup).close();
    await page.locator('tr[data-sale]').first().waitFor();
  }
}
