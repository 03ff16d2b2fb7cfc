import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callHost, closeSession, documentContent, documentText, openSession, type Session } from './host.js';
import { AppPage, CashBookPage, OrderPage, OrdersPage } from './pages.js';
import { intakeInput, validImei } from '../platform/helpers.js';

type Doc = { id: string; number: string; kind: string; paper?: string; language: string };

/** Print an invoice from the payments section: the browser opens the PDF in a new tab. */
async function printInvoice(page: Page, label: string): Promise<void> {
  const popup = page.waitForEvent('popup');
  await page.locator('.card.payments').getByRole('button', { name: label, exact: true }).click();
  const tab = await popup;
  expect(tab.url().startsWith('blob:')).toBe(true);
  await tab.close();
}

const flows = [
  { language: 'he' as const, profile: 'il', currency: 'ILS', name: 'דנה לוי', title: 'חשבונית מס', vat: 'מע״מ 18%', fiscal: 'לא מחובר התקן פיסקלי', reason: 'הלקוח ויתר על הכבל', approval: 'בטלפון', zTitle: 'סגירת יום קופה', amount: (major: string) => `${major}.00` },
  { language: 'ru' as const, profile: 'ru', currency: 'RUB', name: 'Пётр Сидоров', title: 'Товарный чек', vat: 'НДС 22%', fiscal: 'Не является фискальным документом', reason: 'Клиент отказался от кабеля', approval: 'Стоимость согласована клиентом до 900,00 ₽ по телефону', zTitle: 'Z-отчёт: закрытие кассового дня', amount: (major: string) => `${major},00` },
];

describe('money at the counter, end to end in Chromium', () => {
  // Each language is a workshop of its own (its own data folder, rule profile, currency and cash day), as a shop in
  // Israel and one in Russia would be: the day's Z report sums one currency.
  for (const flow of flows) {
    it(`${flow.language}: a paid repair with a prepayment, lines above the estimate wait for the approval by phone, card and cash, a tax invoice on A4 and 80 mm, a partial refund, and the day's Z report`, { timeout: 240_000 }, async () => {
      let session: Session | undefined;
      try {
        session = await openSession();
        const { host, page } = session;
        const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);
        const app = new AppPage(page);
        await page.goto(host.url);
        await app.startEmptyWorkshop('Sarah Cohen');
        await api('settings.update', { ruleProfile: flow.profile, currency: flow.currency, workshop: { name: 'FixPoint', taxId: '514000000' } });
        const base = intakeInput({ name: flow.name, phone: flow.language === 'he' ? '+972 52 555 0101' : '+7 903 555-77-88', imei: validImei(flow.language === 'he' ? '35290611100001' : '35290611100002') });
        const created = await api<{ order: { id: string; number: string } }>('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid', estimate: 50_000, prepayment: 10_000 } });
        await app.setLanguage(flow.language);
        const m = app.m;
        // The morning: the clerk opens the cash day with ₪/₽ 200 of change in the drawer.
        const cashBook = new CashBookPage(app);
        await cashBook.open();
        await cashBook.openDay('200');
        const orders = new OrdersPage(app);
        await orders.search(created.order.number);
        await orders.open(created.order.number);
        const order = new OrderPage(app);
        const section = page.locator('.card.payments');
        await section.getByTestId('paid').waitFor();
        // 900 against an estimate of 500: the work waits for the customer's approval, taken by phone.
        await order.addWork(flow.language === 'he' ? 'החלפת מסך' : 'Замена экрана', '900');
        await page.locator('section.order h1 .badge', { hasText: m.status.awaiting_approval }).waitFor();
        await page.getByTestId('approval-needed').waitFor();
        await app.screenshot(`payments-approval-${flow.language}`);
        await order.recordApproval('phone', 'diagnosing');
        await page.locator('.card.approval li[data-answer="approved"]').waitFor();
        await order.moveTo('in_repair');
        await order.moveTo('ready');
        await order.pay('500', 'card');
        await order.pay('300', 'cash');
        const due = (await section.getByTestId('due').textContent())!;
        expect(due.replace(/[^\d]/g, '')).toBe('000');
        await app.screenshot(`payments-paid-${flow.language}`);

        await section.getByLabel(m.order.documentLanguage, { exact: true }).selectOption(flow.language);
        await printInvoice(page, m.payments.invoiceA4);
        await printInvoice(page, m.payments.invoiceRoll);
        const documents = await api<Doc[]>('documents.forOrder', { orderId: created.order.id });
        const invoices = documents.filter((d) => d.kind === 'tax_invoice');
        expect(invoices.map((d) => d.paper).sort()).toEqual(['A4', 'roll80']);
        expect(new Set(invoices.map((d) => d.number)).size).toBe(1);
        for (const invoice of invoices) {
          const text = (await documentText(host, invoice.id, `payments-invoice-${flow.language}-${invoice.paper}`)).replace(/\s+/g, ' ');
          expect(text).toContain(flow.title);
          expect(await documentContent(host, invoice.id)).toContain(flow.vat.replace(/\s/g, ''));
          expect(text).toContain(flow.fiscal);
          expect(text).toContain(invoice.number);
        }

        const act = await api<Doc>('orders.completionAct', { orderId: created.order.id, language: flow.language });
        const actText = (await documentText(host, act.id, `payments-completion-act-${flow.language}`)).replace(/\s+/g, ' ');
        expect(actText).toContain(flow.approval);

        await order.refund('150', 'cash', flow.reason);
        expect((await section.getByTestId('refunded').textContent())!.replace(/[^\d]/g, '')).toBe('15000');
        await page.locator('ol.timeline li.payment', { hasText: flow.reason }).waitFor();
        const popup = page.waitForEvent('popup');
        await section.getByRole('button', { name: m.payments.creditNote, exact: true }).click();
        await (await popup).close();
        const note = (await api<Doc[]>('documents.forOrder', { orderId: created.order.id })).find((d) => d.kind === 'credit_note')!;
        expect((await documentText(host, note.id, `payments-credit-note-${flow.language}`)).replace(/\s+/g, ' ')).toContain(flow.reason);
        await order.handBack('repaired', '0');
        await app.screenshot(`payments-handed-back-${flow.language}`);
        const money = await api<{ balance: { paid: number; refunded: number; due: number }; payments: Array<{ amount: number }> }>('payments.of', { orderId: created.order.id });
        expect(money.balance).toMatchObject({ paid: 90_000, refunded: 15_000, due: 15_000 });
        expect(money.payments.reduce((s, p) => s + p.amount, 0)).toBe(75_000);

        // The day's close: float 200 + cash 300 − cash refund 150 = 350 expected; counted 350, no difference.
        await cashBook.open();
        await page.getByTestId('expected').filter({ hasText: flow.amount('350') }).waitFor();
        await cashBook.closeDay('350');
        await app.screenshot(`payments-cash-day-closed-${flow.language}`);
        const numbers = [await cashBook.printZ(flow.language, 'A4'), await cashBook.printZ(flow.language, 'roll80')];
        // One Z report a day: the A4 and the roll are the same report, in its own series.
        expect(new Set(numbers).size).toBe(1);
        expect(numbers[0]).toMatch(/^ZR-\d{4}-00001$/);
        for (const paper of ['A4', 'roll80'] as const) {
          const z = await api<Doc>('payments.zReport', { language: flow.language, paper });
          expect(z.number).toBe(numbers[0]);
          const text = (await documentText(host, z.id, `payments-z-report-${flow.language}-${paper}`)).replace(/\s+/g, ' ');
          expect(text).toContain(flow.zTitle);
          expect(text).toContain(z.number);
          // Float, cash in, cash out, expected and counted, as the book holds them.
          for (const major of ['200', '300', '150', '350']) expect(text, `${paper} ${major}`).toContain(flow.amount(major));
          if (paper === 'A4') expect(text).toContain(created.order.number);
        }
        const book = await api<{ totals: Record<string, number | null> }>('payments.cashDay', {});
        expect(book.totals).toEqual({ float: 20_000, cashIn: 30_000, cashOut: 15_000, expected: 35_000, counted: 35_000, difference: 0 });
      } finally {
        await closeSession(session ?? {});
      }
    });
  }
});
