import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost, closeSession, openSession, type startWebHost } from './host.js';
import { AppPage } from './pages.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown) => callHost<T>(host, channel, input);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});
afterAll(() => closeSession({ host, browser }));

/** Every key the clerk presses goes through here: a chord counts each of its keys (Control+S is two). */
class CountedKeyboard {
  keys = 0;
  tabs = 0;
  constructor(readonly page: Page) {}

  async press(chord: string): Promise<void> {
    this.keys += chord.split('+').length;
    if (chord === 'Tab' || chord === 'Shift+Tab') this.tabs++;
    await this.page.keyboard.press(chord);
  }

  async type(text: string): Promise<void> {
    this.keys += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** Tab until the focus is on one of the elements the locator finds (at most 80 presses). */
  async tabTo(target: Locator): Promise<void> {
    for (let i = 0; i < 80; i++) {
      if (await target.evaluateAll((elements) => elements.some((element) => element === document.activeElement))) return;
      await this.press('Tab');
    }
    throw new Error(`80 Tabs did not reach ${target.toString()}`);
  }

  /** Use a control as the screen offers it: its shortcut if it announces one (aria-keyshortcuts), else Tab and Enter. */
  async activate(control: Locator): Promise<void> {
    await control.waitFor();
    const shortcut = await control.getAttribute('aria-keyshortcuts');
    if (shortcut) return this.press(shortcut.split(' ')[0]);
    await this.tabTo(control);
    await this.press('Enter');
  }

  /**
   * Pick a suggestion: in a suggestion list of the focused combobox, arrow down to it and press Enter; with
   * suggestions as plain buttons, Tab to it and press Enter.
   */
  async pick(suggestion: Locator): Promise<void> {
    await suggestion.first().waitFor();
    const listbox = await this.page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox' && document.activeElement.getAttribute('aria-controls'));
    if (listbox) {
      const id = await suggestion.first().getAttribute('id');
      for (let i = 0; i < 20 && (await this.page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant'))) !== id; i++) await this.press('ArrowDown');
      await this.press('Enter');
      return;
    }
    await this.tabTo(suggestion);
    await this.press('Enter');
  }
}

describe('the counter with the keyboard alone (Chromium)', () => {
  it('a returning customer’s unit is taken in from the dashboard by keys only, and the keys are counted', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Sarah Cohen');
    // A returning customer with two units handed back earlier, and another customer.
    const first = await api<{ order: { id: string; customerId: string } }>('orders.create', {
      customer: { kind: 'person', name: 'Dana Levi', phones: ['052-555-0101'] },
      device: { category: 'Coffee machine', brand: "De'Longhi", model: 'Magnifica S', serial: 'DL-ECAM-2201' },
      intake: { statedDefect: 'Leaks water' },
    });
    const second = await api<{ order: { id: string }; device: { id: string } }>('orders.create', {
      customer: { id: first.order.customerId },
      device: { category: 'Kettle', brand: 'Bosch', model: 'TWK 7203', serial: 'BK-7203-0042' },
      intake: { statedDefect: 'Does not switch off' },
    });
    for (const order of [first.order, second.order]) {
      await api('orders.transition', { id: order.id, to: 'cancelled' });
      await api('orders.transition', { id: order.id, to: 'issued', outcome: 'refused' });
    }
    await api('orders.create', {
      customer: { kind: 'person', name: 'Dan Levin', phones: ['052-555-0177'] },
      device: { category: 'Kettle', brand: 'Bosch', model: 'TWK 7203', serial: 'BK-7203-0099' },
      intake: { statedDefect: 'Does not heat' },
    });
    await page.reload();
    await page.getByRole('heading', { name: app.m.dashboard.title }).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const keyboard = new CountedKeyboard(page);
    const steps: Record<string, { keys: number; tabs: number }> = {};
    const step = async (name: string, run: () => Promise<void>) => {
      const before = { keys: keyboard.keys, tabs: keyboard.tabs };
      await run();
      steps[name] = { keys: keyboard.keys - before.keys, tabs: keyboard.tabs - before.tabs };
    };
    const m = app.m;

    await step('open the intake', () => keyboard.activate(page.getByRole('button', { name: m.nav.intake, exact: true })));
    const phone = page.getByLabel(m.intake.phone, { exact: true });
    await step('type the phone', async () => {
      await keyboard.tabTo(phone);
      await keyboard.type('0525550101');
    });
    await step('pick the customer', () =>
      keyboard.pick(page.getByRole('option', { name: /Dana Levi/ }).or(page.getByRole('button', { name: /^Dana Levi ·/ }))),
    );
    await page.getByText(m.intake.pickedCustomer.replace('{{name}}', 'Dana Levi')).waitFor();
    await step('pick the unit', async () => {
      const serial = page.getByLabel(m.device.serial, { exact: true });
      // Where the customer's units are offered, they are picked from the list; elsewhere the serial is typed.
      if ((await serial.getAttribute('role')) !== 'combobox') {
        await keyboard.tabTo(serial);
        await keyboard.type('BK-7203-0042');
      }
      await keyboard.pick(page.getByRole('option', { name: /BK-7203-0042/ }).or(page.getByRole('button', { name: /BK-7203-0042/ })));
    });
    await page.getByText(m.intake.pickedDevice.replace('{{name}}', 'Bosch TWK 7203')).waitFor();
    await step('type the defect', async () => {
      await keyboard.tabTo(page.getByLabel(m.order.statedDefect, { exact: true }));
      await keyboard.type('Lid does not close');
    });
    await step('take it in', () => keyboard.activate(page.getByRole('button', { name: m.intake.submit, exact: true })));
    await page.locator('section.order h1 .mono').waitFor();

    // The same script on the code before the suggestion lists and the shortcuts (5df5679) counted 83 keys, 39 Tabs.
    console.log(`known-customer intake by keyboard: ${keyboard.keys} keys, ${keyboard.tabs} Tabs`, JSON.stringify(steps));
    expect(keyboard.tabs).toBe(0);
    expect(keyboard.keys).toBeLessThanOrEqual(40);
    const view = page.url().split('/').pop()!;
    const stored = await api<{ customer: { name: string }; device: { id: string }; order: { intake: { statedDefect: string } } }>('orders.get', { id: view });
    expect(stored.customer.name).toBe('Dana Levi');
    expect(stored.device.id).toBe(second.device.id);
    expect(stored.order.intake.statedDefect).toBe('Lid does not close');
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ]) {
    it(`shows the suggestions right under the field being typed, at ${size.width}×${size.height} in Hebrew and English`, async () => {
      await page.setViewportSize(size);
      const app = await new AppPage(page).detectLanguage();
      for (const language of ['he', 'en'] as const) {
        await app.setLanguage(language);
        const m = app.m;
        // "2 matches": Hebrew has a form of its own for two.
        const twoFound = (m.intake as Record<string, string>).found_two ?? m.intake.found_other.replace('{{count}}', '2');
        await page.keyboard.press('F2');
        const name = page.getByLabel(m.intake.name, { exact: true });
        await name.focus();
        await page.keyboard.type('Dan');
        const customers = page.getByRole('listbox', { name: twoFound });
        await customers.waitFor();
        // Right under the name field, and as wide as it at least.
        const field = (await name.boundingBox())!;
        const list = (await customers.boundingBox())!;
        expect(Math.abs(list.y - (field.y + field.height))).toBeLessThanOrEqual(4);
        expect(list.width).toBeGreaterThanOrEqual(field.width - 1);
        if (language === 'he') expect(Math.abs(list.x + list.width - (field.x + field.width))).toBeLessThanOrEqual(1);
        else expect(Math.abs(list.x - field.x)).toBeLessThanOrEqual(1);
        await page.keyboard.press('ArrowDown');
        await app.screenshot(`keyboard-customers-${language}-${size.width}`);
        const highlighted = () => name.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '');
        for (let i = 0; i < 3 && !(await highlighted()).includes('Dana Levi'); i++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.getByText(m.intake.pickedCustomer.replace('{{name}}', 'Dana Levi')).waitFor();
        const serial = page.getByLabel(m.device.serial, { exact: true });
        expect(await serial.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.getByRole('listbox', { name: twoFound }).waitFor();
        await page.keyboard.press('ArrowDown');
        await app.screenshot(`keyboard-units-${language}-${size.width}`);
        await page.keyboard.press('F1');
        await page.getByRole('dialog', { name: m.keyboard.title }).waitFor();
        await app.screenshot(`keyboard-help-${language}-${size.width}`);
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: m.drafts.discard }).click();
        await page.getByRole('alertdialog').getByRole('button', { name: m.drafts.discard }).click();
        await page.getByLabel(m.intake.phone, { exact: true }).waitFor();
      }
    });
  }
});
