import type { AppPage } from './pages.js';

export interface ClaimData {
  order: string;
  demand: string;
  price: string;
  statement: string;
}

/** The consumer claims screen, driven by its labels in the current UI language. */
export class ClaimsPage {
  constructor(readonly app: AppPage) {}

  async register(data: ClaimData): Promise<string> {
    const { page, m } = this.app;
    await this.app.nav('claims');
    const form = page.locator('form.claim-form');
    await form.getByLabel(m.claims.orderNumber, { exact: true }).fill(data.order);
    await form.getByLabel(m.claims.demand, { exact: true }).selectOption(data.demand);
    await form.getByLabel(m.claims.goodsPrice, { exact: true }).fill(data.price);
    await form.getByLabel(m.claims.statement, { exact: true }).fill(data.statement);
    await form.getByRole('button', { name: m.claims.register }).click();
    const card = page.locator('article.claim');
    await card.waitFor();
    return (await card.getAttribute('data-claim'))!;
  }

  async decide(outcome: string, amount: string, reasons: string): Promise<void> {
    const { page, m } = this.app;
    const form = page.locator('article.claim form.decision-form');
    await form.getByLabel(m.claims.outcome, { exact: true }).selectOption(outcome);
    await form.getByLabel(m.claims.amount, { exact: true }).fill(amount);
    await form.getByLabel(m.claims.reasons, { exact: true }).fill(reasons);
    await form.getByRole('button', { name: m.claims.decide }).click();
    await page.locator('article.claim .decision').waitFor();
  }

  /** Print the letter: the browser opens the PDF in a new tab. */
  async printLetter(language: 'en' | 'ru' | 'he'): Promise<void> {
    const { page, m } = this.app;
    const card = page.locator('article.claim');
    await card.getByLabel(m.order.documentLanguage, { exact: true }).selectOption(language);
    const popup = page.waitForEvent('popup');
    await card.getByRole('button', { name: m.claims.letter }).click();
    const tab = await popup;
    if (!tab.url().startsWith('blob:')) throw new Error(`The letter opened at ${tab.url()}, not as a PDF blob`);
    await tab.close();
  }
}
