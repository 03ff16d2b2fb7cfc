import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, pdfText, staffedWorkshop, tempDir, type TestBackend } from '../platform/helpers.js';

type Staff = Awaited<ReturnType<typeof staffedWorkshop>>;

/** A paid repair of 900.00 with a prepayment of 100.00, paid by card and cash, and 150.00 refunded. */
async function paidRepair(t: TestBackend, profile: 'il' | 'ru' | 'uk') {
  const staff: Staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: profile, currency: { il: 'ILS', ru: 'RUB', uk: 'GBP' }[profile] as 'ILS', workshop: { name: 'מעבדת תיקון בע״מ', taxId: '514000000', address: 'HaMelacha 5, Tel Aviv' } });
  const base = intakeInput({ name: 'דנה לוי' });
  const view = await staff.clerk.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid', prepayment: 10_000 } });
  const orderId = view.order.id;
  await staff.technician.ok('orders.setLines', {
    id: orderId,
    workLines: [{ description: 'Display replacement / החלפת מסך', quantity: 1, unitPrice: 60_000, warrantyDays: 90 }],
    partLines: [{ name: 'Display module S23', sku: 'SM-S911', quantity: 1, unitPrice: 30_000, warrantyDays: 180 }],
  });
  await staff.clerk.ok('payments.record', { orderId, amount: 50_000, method: 'card' });
  await staff.clerk.ok('payments.record', { orderId, amount: 30_000, method: 'cash' });
  return { staff, orderId };
}

const file = async (t: TestBackend, document: { file: string }) => new Uint8Array(await readFile(join(t.dataDir, document.file)));
const flat = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');

function pageSizes(pdf: string): string {
  return execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Page size:\s+(.*)/)![1];
}

describe('the tax invoice / receipt', () => {
  it('is a "חשבונית מס / קבלה" in Israel with VAT 18%, in its own consecutive series, on A4 and on an 80 mm roll, in he, ru and en', { timeout: 120_000 }, async () => {
    const t = await openBackend();
    const { staff, orderId } = await paidRepair(t, 'il');
    const out = process.env.PAYMENTS_PDF_DIR ?? (await tempDir());
    await mkdir(out, { recursive: true });
    const issued = [];
    for (const paper of ['A4', 'roll80'] as const) {
      for (const language of ['he', 'ru', 'en'] as const) {
        const document = await staff.clerk.ok('payments.invoice', { orderId, language, paper });
        issued.push(document);
        const pdf = await file(t, document);
        const path = join(out, `invoice-il-${paper}-${language}.pdf`);
        await writeFile(path, pdf);
        execFileSync('qpdf', ['--check', path]);
        const size = pageSizes(path);
        if (paper === 'roll80') expect(size).toMatch(/^226\.77\d* x \d+/);
        else expect(size).toContain('595.28 x 841.89');
        const text = flat(await pdfText(pdf));
        expect(text).toContain(document.number);
        if (language === 'he') {
          expect(text).toContain('חשבונית מס');
          expect(text).toContain('קבלה');
          // A Hebrew line with a number: as the file holds it (pdftotext's own reading order only guesses, docs/documents.md).
          expect(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e\s]/g, '')).toContain('מע״מ18%');
          expect(text).toContain('לא מחובר התקן פיסקלי');
        }
        if (language === 'en') {
          expect(text).toContain('Tax invoice / receipt');
          expect(text).toMatch(/Total net ₪762\.71/);
          expect(text).toMatch(/VAT 18% ₪137\.29/);
          expect(text).toMatch(/Due ₪0\.00/);
          expect(text).toContain('No fiscal device is connected');
        }
      }
    }
    // One invoice: every language and paper is a version of it, with one number.
    expect(new Set(issued.map((d) => d.number))).toEqual(new Set(['TI-' + new Date().getUTCFullYear() + '-00001']));
    // A refund gives a credit note, and the changed payments a new invoice: the next number of the series.
    const money = await staff.clerk.ok('payments.refund', { orderId, amount: 15_000, method: 'cash', reason: 'Customer brought own cable' });
    const refund = money.payments.at(-1)!;
    const note = await staff.clerk.ok('payments.creditNote', { paymentId: refund.id, language: 'en', paper: 'roll80' });
    expect(note.number).toMatch(/^CN-\d{4}-00001$/);
    const noteText = flat(await pdfText(await file(t, note)));
    expect(noteText).toContain('Credit note');
    expect(noteText).toContain('Customer brought own cable');
    expect(noteText).toMatch(/Total ₪150\.00/);
    expect(noteText).toMatch(/VAT 18% ₪22\.88/);
    await writeFile(join(out, 'credit-note-il-roll80-en.pdf'), await file(t, note));
    const second = await staff.clerk.ok('payments.invoice', { orderId, language: 'he', paper: 'A4' });
    expect(second.number).toMatch(/-00002$/);
    const notAnRefund = await staff.clerk.call('payments.creditNote', { paymentId: money.payments[1].id });
    expect(notAnRefund.ok || notAnRefund.error.fields).toEqual({ paymentId: 'not_a_refund' });
  });

  it('is a "Товарный чек" in Russia that says it is not a fiscal document, with VAT 22% in 2026', { timeout: 60_000 }, async () => {
    const t = await openBackend({ now: () => new Date('2026-03-02T09:00:00Z') });
    const { staff, orderId } = await paidRepair(t, 'ru');
    const document = await staff.clerk.ok('payments.invoice', { orderId, language: 'ru', paper: 'roll80' });
    const text = flat(await pdfText(await file(t, document)));
    expect(text).toContain('Товарный чек');
    expect(text).toContain('Не является фискальным документом');
    expect(text).toContain('НДС 22%');
    expect(text).toContain('(не подтверждено)');
    const out = process.env.PAYMENTS_PDF_DIR;
    if (out) await writeFile(join(out, 'invoice-ru-roll80-ru.pdf'), await file(t, document));
  });

  it('is a "VAT receipt" in the UK, and the sale receipt shows its VAT lines', { timeout: 60_000 }, async () => {
    const t = await openBackend();
    const { staff, orderId } = await paidRepair(t, 'uk');
    const document = await staff.clerk.ok('payments.invoice', { orderId, language: 'en', paper: 'A4' });
    const text = flat(await pdfText(await file(t, document)));
    expect(text).toContain('VAT receipt');
    expect(text).toMatch(/VAT 20% £150\.00/);
    const act = await staff.clerk.call('orders.completionAct', { orderId, language: 'en' });
    expect(act.ok || act.error.fields).toEqual({ orderId: 'not_completed' });
  });

  it('a workshop on a simplified regime issues a receipt with no VAT', { timeout: 60_000 }, async () => {
    const t = await openBackend();
    const { staff, orderId } = await paidRepair(t, 'il');
    await staff.manager.ok('settings.setTax', { regime: 'exempt', reason: 'Registered as an exempt dealer' });
    const document = await staff.clerk.ok('payments.invoice', { orderId, language: 'he' });
    const text = flat(await pdfText(await file(t, document)));
    expect(text).toContain('קבלה');
    expect(text).not.toContain('חשבונית מס');
    expect(text).toContain('העסק פטור ממע״מ');
  });
});
