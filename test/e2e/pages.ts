import type { Page } from 'playwright-core';
import { E2E_PIN } from './host.js';
import { catalogue, type Catalogue } from '../../shared/catalogue.js';
import { type DateFormatEn, DEFAULT_DATE_FORMAT_EN, datePatternFor, formatIsoDate } from '../../shared/platform/dates.js';

type Messages = Catalogue;
type Tree = { [key: string]: Tree | string };

/** A language's catalogue as the screen shows it: a `$t(key)` reference reads as the phrase it names. */
function asShown(texts: Tree): Messages {
  const lookup = (key: string) => key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part], texts) as string;
  const walk = (node: Tree): Tree =>
    Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\$t\(([\w.-]+)\)/g, (_, key: string) => lookup(key)) : walk(v)]));
  return walk(texts) as unknown as Messages;
}

export const MESSAGES: Record<'en' | 'ru' | 'he', Messages> = {
  en: asShown(catalogue.en as unknown as Tree),
  ru: asShown(catalogue.ru as unknown as Tree),
  he: asShown(catalogue.he as unknown as Tree),
};
const en = MESSAGES.en;

/**
 * A date (yyyy-mm-dd) as a clerk types it into a date field: 01.03.2025 in Russian and Hebrew, the workshop's
 * English order (day/month/year unless the test chose another).
 */
export function typedDate(iso: string, language: 'en' | 'ru' | 'he', formatEn: DateFormatEn = DEFAULT_DATE_FORMAT_EN): string {
  return formatIsoDate(iso, datePatternFor(language, formatEn));
}

/** Page models: each screen driven by its labels in the current UI language, as a clerk reads them. */
export class AppPage {
  m: Messages = en;
  constructor(readonly page: Page) {}

  /** Read the UI language the page is in now (the html element's lang). */
  async detectLanguage(): Promise<this> {
    const lang = (await this.page.getAttribute('html', 'lang')) as keyof typeof MESSAGES | null;
    this.m = MESSAGES[lang ?? 'en'] ?? en;
    return this;
  }

  /** First start on an empty data folder: the first manager is created and signed in; the dashboard shows. */
  async startEmptyWorkshop(managerName: string): Promise<void> {
    await this.page.getByLabel(this.m.firstRun.firstManager).fill(managerName);
    await this.page.getByLabel(this.m.firstRun.firstManagerPin).fill(E2E_PIN);
    await this.page.getByRole('button', { name: this.m.firstRun.create }).click();
    await this.page.getByRole('heading', { name: this.m.dashboard.title }).waitFor();
  }

  /** Sign out, and sign in as another member with the e2e PIN. */
  async signInAs(name: string): Promise<void> {
    const signOut = this.page.locator('header').getByRole('button', { name: this.m.header.signOut });
    if (await signOut.count()) await signOut.click();
    const who = this.page.getByLabel(this.m.signIn.who);
    await who.selectOption((await who.locator('option', { hasText: name }).first().getAttribute('value'))!);
    await this.page.getByLabel(this.m.signIn.pin).fill(E2E_PIN);
    await this.page.getByRole('button', { name: this.m.signIn.submit }).click();
    await this.page.getByRole('heading', { name: this.m.dashboard.title }).waitFor();
  }

  async setLanguage(language: 'en' | 'ru' | 'he'): Promise<void> {
    await this.page.locator('header').getByLabel(this.m.header.language).selectOption(language);
    this.m = MESSAGES[language];
    await this.page.getByRole('button', { name: this.m.nav.dashboard, exact: true }).waitFor();
  }

  async nav(key: keyof Messages['nav']): Promise<void> {
    await this.page.getByRole('button', { name: this.m.nav[key], exact: true }).click();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  }
}

export interface IntakeData {
  phone: string;
  name: string;
  serial: string;
  category: string;
  brand: string;
  model: string;
  defect: string;
  estimate: string;
}

export class IntakePage {
  constructor(readonly app: AppPage) {}

  async takeIn(data: IntakeData): Promise<string> {
    const { page, m } = this.app;
    await this.app.nav('intake');
    await page.getByLabel(m.intake.phone, { exact: true }).fill(data.phone);
    await page.getByLabel(m.intake.name, { exact: true }).fill(data.name);
    await page.getByLabel(m.device.serial, { exact: true }).fill(data.serial);
    await page.getByLabel(m.intake.category, { exact: true }).fill(data.category);
    await page.getByLabel(m.intake.brand, { exact: true }).fill(data.brand);
    await page.getByLabel(m.intake.model, { exact: true }).fill(data.model);
    await page.getByLabel(m.order.statedDefect, { exact: true }).fill(data.defect);
    await page.getByLabel(m.order.estimate, { exact: true }).fill(data.estimate);
    await this.app.screenshot(`intake-${await page.getAttribute('html', 'lang')}`);
    await page.getByRole('button', { name: m.intake.submit }).click();
    const heading = page.locator('section.order h1 .mono');
    await heading.waitFor();
    return (await heading.textContent())!.trim();
  }
}

export class OrdersPage {
  constructor(readonly app: AppPage) {}

  async search(text: string): Promise<string[]> {
    const { page, m } = this.app;
    await this.app.nav('orders');
    await page.getByRole('searchbox', { name: m.orders.search }).fill(text);
    await page.waitForTimeout(400);
    return page.locator('[data-order]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-order')!));
  }

  async open(number: string): Promise<void> {
    await this.app.page.locator(`[data-order="${number}"]`).click();
    await this.app.page.locator('section.order').waitFor();
  }
}

export class OrderPage {
  constructor(readonly app: AppPage) {}

  async moveTo(status: keyof Messages['status']): Promise<void> {
    const { page, m } = this.app;
    await page.getByRole('group', { name: m.order.moveTo }).getByRole('button', { name: m.status[status], exact: true }).click();
    await page.locator('section.order h1 .badge', { hasText: m.status[status] }).waitFor();
  }

  async addWork(description: string, price: string): Promise<void> {
    const { page, m } = this.app;
    await page.getByRole('button', { name: m.order.addWork }).click();
    await page.getByRole('textbox', { name: m.order.description }).last().fill(description);
    await page.getByRole('textbox', { name: m.order.unitPrice }).last().fill(price);
    await page.getByRole('button', { name: m.order.saveLines }).click();
    await page.locator('.banner.ok').waitFor();
  }

  /** Take a payment in the order's payments section; waits until the section shows the new amount paid. */
  async pay(amount: string, method: 'cash' | 'card' | 'transfer' | 'other'): Promise<void> {
    const { page, m } = this.app;
    const section = page.locator('.card.payments');
    const before = await section.getByTestId('paid').textContent();
    await section.getByLabel(m.payments.amount, { exact: true }).fill(amount);
    await section.getByLabel(m.invoice.method, { exact: true }).selectOption(method);
    await section.getByRole('button', { name: m.payments.take, exact: true }).click();
    await page.waitForFunction(([selector, was]) => document.querySelector(selector)?.textContent !== was, ['.card.payments [data-testid="paid"]', before] as const);
  }

  /** Refund part of what was paid, with a reason; waits until the section shows the new amount refunded. */
  async refund(amount: string, method: 'cash' | 'card' | 'transfer' | 'other', reason: string): Promise<void> {
    const { page, m } = this.app;
    const section = page.locator('.card.payments');
    const before = await section.getByTestId('refunded').textContent();
    await section.getByLabel(m.payments.amount, { exact: true }).fill(amount);
    await section.getByLabel(m.invoice.method, { exact: true }).selectOption(method);
    await section.getByLabel(m.payments.reason, { exact: true }).fill(reason);
    await section.getByRole('button', { name: m.payments.refund, exact: true }).click();
    await page.waitForFunction(([selector, was]) => document.querySelector(selector)?.textContent !== was, ['.card.payments [data-testid="refunded"]', before] as const);
  }

  /** Hand the device back; an amount other than 0 is paid in cash first, through the payments section. */
  async handBack(outcome: keyof Messages['outcome'], paid: string): Promise<void> {
    const { page, m } = this.app;
    if (paid !== '0') await this.pay(paid, 'cash');
    await page.getByLabel(m.order.outcome, { exact: true }).selectOption(outcome);
    await page.getByRole('button', { name: m.order.confirmHandBack, exact: true }).click();
    await page.locator('section.order h1 .badge', { hasText: m.status.issued }).waitFor();
  }

  /** Print the intake act: the browser opens the PDF in a new tab. */
  async printIntakeAct(language: 'en' | 'ru' | 'he'): Promise<void> {
    const { page, m } = this.app;
    // The documents card's language (the payments section has its own).
    const card = page.locator('.card', { has: page.getByRole('button', { name: m.order.printIntakeAct }) });
    await card.getByLabel(m.order.documentLanguage, { exact: true }).selectOption(language);
    const popup = page.waitForEvent('popup');
    await card.getByRole('button', { name: m.order.printIntakeAct }).click();
    const tab = await popup;
    if (!tab.url().startsWith('blob:')) throw new Error(`The act opened at ${tab.url()}, not as a PDF blob`);
    await tab.close();
  }

  /** Record the customer's approval of the lines (the amount as the field holds it: what they come to) and wait for `then`. */
  async recordApproval(channel: 'phone' | 'in_person' | 'in_writing', then: keyof Messages['status']): Promise<void> {
    const { page, m } = this.app;
    const region = page.getByRole('region', { name: m.approval.title });
    await region.getByLabel(m.approval.channel, { exact: true }).selectOption(channel);
    await region.getByRole('button', { name: m.approval.record, exact: true }).click();
    await page.locator('section.order h1 .badge', { hasText: m.status[then] }).waitFor();
  }
}

export class WarrantyPage {
  constructor(readonly app: AppPage) {}

  /** Check a code; returns the status line and the basis of the first card (or the "none" message). */
  async check(code: string): Promise<{ status: string; basis: string }> {
    const { page, m } = this.app;
    await this.app.nav('warranty');
    await page.getByRole('textbox', { name: m.warranty.search }).fill(code);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/warranty.check'));
    await page.getByRole('button', { name: m.warranty.check, exact: true }).click();
    await answered;
    const card = page.locator('article.warranty-card').first();
    const none = page.getByText(m.warranty.none);
    await Promise.race([card.waitFor(), none.waitFor()]);
    if (await none.isVisible()) return { status: m.warranty.none, basis: '' };
    return {
      status: (await card.locator('.warranty-status').textContent()) ?? '',
      basis: (await card.locator('.basis').textContent()) ?? '',
    };
  }

  async voidWarranty(reason: keyof Messages['warranty']['reasons'], note: string): Promise<void> {
    const { page, m } = this.app;
    const card = page.locator('article.warranty-card').first();
    await card.locator('summary').click();
    await card.getByLabel(m.warranty.reason, { exact: true }).selectOption(reason);
    await card.getByLabel(m.warranty.note, { exact: true }).fill(note);
    await card.getByRole('button', { name: m.warranty.void }).click();
    await card.locator('.warranty-status.void').waitFor();
  }
}

export class LoanersPage {
  constructor(readonly app: AppPage) {}

  async addUnit(unit: { inventoryNumber: string; category: string; model: string; serial: string; value: string; condition: string }): Promise<void> {
    const { page, m } = this.app;
    await this.app.nav('loaners');
    const form = page.locator('form.card');
    await form.getByLabel(m.loans.inventoryNumber, { exact: true }).fill(unit.inventoryNumber);
    await form.getByLabel(m.loans.category, { exact: true }).fill(unit.category);
    await form.getByLabel(m.loans.model, { exact: true }).fill(unit.model);
    await form.getByLabel(m.device.serial, { exact: true }).fill(unit.serial);
    await form.getByLabel(m.loans.value, { exact: true }).fill(unit.value);
    await form.getByLabel(m.loans.condition, { exact: true }).fill(unit.condition);
    await form.getByRole('button', { name: m.loans.add }).click();
    await page.locator(`tr[data-unit="${unit.inventoryNumber}"]`).waitFor();
  }
}

/** The cash book screen: today's day opened with a float, closed with the count, its Z report printed. */
export class CashBookPage {
  constructor(readonly app: AppPage) {}

  async open(): Promise<void> {
    const { page, m } = this.app;
    await page.getByRole('button', { name: m.cashBook.nav, exact: true }).click();
    await page.getByRole('heading', { name: m.cashBook.title, level: 1 }).waitFor();
  }

  async openDay(float: string): Promise<void> {
    const { page, m } = this.app;
    await page.getByLabel(m.cashBook.float, { exact: true }).fill(float);
    await page.getByRole('button', { name: m.cashBook.open, exact: true }).click();
    await page.getByTestId('day-state').filter({ hasText: m.cashBook.state.open }).waitFor();
  }

  async closeDay(counted: string): Promise<void> {
    const { page, m } = this.app;
    const form = page.getByRole('form', { name: m.cashBook.close });
    await form.getByLabel(m.cashBook.countedCash, { exact: true }).fill(counted);
    await form.getByRole('button', { name: m.cashBook.close, exact: true }).click();
    await page.getByTestId('day-state').filter({ hasText: m.cashBook.state.closed }).waitFor();
  }

  /** Print the Z report of the closed day in a language on a paper: the browser opens the PDF; answers its number. */
  async printZ(language: 'en' | 'ru' | 'he', paper: 'A4' | 'roll80'): Promise<string> {
    const { page, m } = this.app;
    await page.getByLabel(m.order.documentLanguage, { exact: true }).selectOption(language);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: `${m.cashBook.zReport} (${m.cashBook.paper[paper]})`, exact: true }).click();
    await (await popup).close();
    return (await page.getByTestId('report-number').textContent())!;
  }
}
