import type { Language } from '../../shared/platform/common.js';
import { exactTax, roundExact } from '../../shared/platform/money.js';
import type { EffectiveTax, InvoicePaper, MoneyView, Payment } from '../../shared/payments/index.js';
import type { Settings } from '../../shared/settings/index.js';
import { displayPhone } from '../../shared/customers/index.js';
import { sourceText } from '../../shared/rules/index.js';
import { documentTitle, formatters, type LetterheadProfile, LOCALES, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts, type DocumentTexts } from '../platform/pdf/texts.js';
import { table } from '../platform/pdf/table.js';

/** 80 mm in points: the width of a receipt roll. */
export const ROLL_WIDTH = (80 / 25.4) * 72;
const ROLL_MARGIN = 10;

export interface InvoiceSubject {
  kind: 'order' | 'sale';
  number: string;
  customerName?: string;
  customerPhone?: string;
  device?: string;
}

export interface InvoiceData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  tax: EffectiveTax;
  subject: InvoiceSubject;
  money: MoneyView;
  fiscal: { connected: boolean; name: string };
}

export interface CreditNoteData extends Omit<InvoiceData, 'money'> {
  refund: Payment;
  money: MoneyView;
}

export interface Page {
  w: PdfWriter;
  t: DocumentTexts;
  roll: boolean;
  date: (iso: string | undefined, withTime?: boolean) => string;
  money: (minor: number | undefined) => string;
  percent: (rate: number) => string;
}

/**
 * Renders on A4, or on an 80 mm roll whose height fits the content: the roll is drawn once on a long page to
 * measure it, then again on a page of that height (the same drawing, so the same content).
 */
export async function render(language: Language, paper: InvoicePaper, title: string, createdAt: Date, options: Pick<RenderOptions, 'compress'>, data: Pick<InvoiceData, 'currency' | 'workshop'>, draw: (page: Page) => void): Promise<Uint8Array> {
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  const percent = (rate: number) => `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(rate / 100)}%`;
  const t = documentTexts(language);
  const once = (paperSize: RenderOptions['paperSize']) => {
    const w = new PdfWriter(language, { ...options, paperSize, margin: paper === 'roll80' ? ROLL_MARGIN : undefined, createdAt, title, bufferPages: paper === 'A4' });
    draw({ w, t, roll: paper === 'roll80', date, money, percent });
    return w;
  };
  if (paper === 'A4') {
    return once('A4').finish();
  }
  const measured = once([ROLL_WIDTH, 14_400]);
  const height = Math.ceil(measured.y + ROLL_MARGIN + 4);
  await measured.finish();
  return once([ROLL_WIDTH, height]).finish();
}

export function header(p: Page, workshop: LetterheadProfile, title: string, numberLine: string, code: string): void {
  const { w } = p;
  if (!p.roll) {
    w.onNewPage = letterhead(w, workshop, code);
    w.onNewPage();
    documentTitle(w, title, numberLine);
    return;
  }
  const centred = (text: string | undefined, size = 8, bold = false) => {
    if (text) w.y += w.textAt(text, w.left, w.y, w.width, { size, bold, align: 'center' });
  };
  centred(workshop.name, 10, true);
  centred(workshop.legalName);
  if (workshop.taxId) centred(`${p.t('invoice.taxId')}: ${workshop.taxId}`);
  centred(workshop.address);
  centred(workshop.phone ? displayPhone(workshop.phone, workshop.phoneCountry) : undefined);
  w.y += 4;
  w.rule();
  centred(title, 11, true);
  centred(numberLine, 8);
  w.y += 2;
}

/** A label and an amount on one line: the label at the reading start, the amount at the end. */
export function amountLine(p: Page, label: string, amount: string, bold = false): void {
  const { w } = p;
  const size = p.roll ? 8.5 : 10;
  const width = p.roll ? w.width : Math.min(w.width, 360);
  // The block sits at the end of the line (the left in Hebrew); within it the label comes first in reading order.
  const x = w.dir === 'rtl' ? w.left : w.right - width;
  const labelWidth = width * 0.64;
  const labelX = w.dir === 'rtl' ? x + width - labelWidth : x;
  const amountX = w.dir === 'rtl' ? x : x + labelWidth;
  const height = Math.max(w.heightOf(label, labelWidth - 4, { size, bold }), w.lineHeight(size));
  w.ensureSpace(height + 2);
  w.textAt(label, labelX, w.y, labelWidth - 4, { size, bold, base: 'document' });
  w.textAt(amount, amountX, w.y, width - labelWidth, { size, bold, align: 'end' });
  w.y += height + 2;
}

function notes(p: Page, tax: EffectiveTax, fiscal: InvoiceData['fiscal']): void {
  const { w, t } = p;
  const size = p.roll ? 7 : 8;
  w.y += 4;
  if (tax.exempt) w.paragraph(t('invoice.exempt'), { size, base: 'document' });
  else if (tax.rates.length) w.paragraph(t(tax.pricesIncludeTax ? 'invoice.pricesInclude' : 'invoice.pricesExclude'), { size, base: 'document' });
  const source = `${sourceText(t, tax.sources.rates)}${tax.sources.rates.confirmed ? '' : ` ${t('invoice.unconfirmed')}`}`;
  w.paragraph(t('invoice.taxSource', { source }), { size: size - 0.5, color: '#555555', base: 'document' });
  if (!fiscal.connected) w.paragraph(t('invoice.fiscalNone'), { size, bold: true, base: 'document' });
}

function taxLabel(p: Page, rate: number | null): string {
  return rate === null ? p.t('invoice.noVat') : p.t('invoice.totalTax', { rate: p.percent(rate) });
}

/** The tax invoice / receipt (as the profile names it) of an order or a counter sale, with its payments. */
export function renderInvoice(data: InvoiceData, language: Language, paper: InvoicePaper, options: Pick<RenderOptions, 'compress'> = {}): Promise<Uint8Array> {
  const t = documentTexts(language);
  const title = t(`invoice.name.${data.tax.invoiceName}`);
  return render(language, paper, `${title} ${data.documentNumber}`, data.issuedAt, options, data, (p) => {
    const { w, money } = p;
    const { subject } = data;
    const m = data.money;
    header(p, data.workshop, title, `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.date')} ${p.date(data.issuedAt.toISOString(), true)}`, subject.number);
    const labelWidth = p.roll ? 70 : 150;
    const size = p.roll ? 8 : 10;
    const info = (label: string, value: string | undefined) => {
      if (!value) return;
      if (p.roll) w.paragraph(`${label}: ${value}`, { size }, 1);
      else w.field(label, value, labelWidth);
    };
    info(t(subject.kind === 'order' ? 'invoice.order' : 'invoice.sale'), subject.number);
    info(t('invoice.customer'), [subject.customerName, subject.customerPhone ? displayPhone(subject.customerPhone, data.workshop.phoneCountry) : undefined].filter(Boolean).join(' · '));
    info(t('order.device'), subject.device);
    w.y += 4;
    const anyCovered = m.lines.some((l) => l.payer !== 'customer');
    const quantity = (q: number) => new Intl.NumberFormat(LOCALES[language]).format(q);
    // The totals, payments, notes and signatures stay together, with the last lines of the table.
    const closing = () => {
      if (anyCovered) amountLine(p, t('invoice.covered'), money(m.covered.gross));
      amountLine(p, t('invoice.totalNet'), money(m.customer.net));
      amountLine(p, taxLabel(p, m.rate), money(m.customer.tax));
      amountLine(p, t('invoice.totalGross'), money(m.customer.gross), true);
      if (m.payments.length) {
        w.y += 4;
        if (p.roll) w.rule();
        else w.heading(t('invoice.payments'), 11);
        for (const payment of m.payments) {
          const label = `${p.date(payment.at, true)} · ${t(`payments.method.${payment.method}`)}${payment.amount < 0 ? ` · ${t('invoice.refunded')}` : ''}`;
          amountLine(p, label, money(payment.amount));
        }
        amountLine(p, t('invoice.paid'), money(m.balance.paid));
        if (m.balance.refunded) amountLine(p, t('invoice.refunded'), money(m.balance.refunded));
        amountLine(p, t('invoice.due'), money(m.balance.due), true);
      }
      notes(p, data.tax, data.fiscal);
      if (!p.roll) signatures(w, t('pdf.signatures'), [t('invoice.customer'), t('invoice.signature')], data.workshop.signatory);
    };
    const keepWithNext = p.roll ? 0 : w.measureHeight(closing);
    if (p.roll) {
      table(
        w,
        [
          { title: t('invoice.description'), width: 3 },
          { title: t('invoice.quantity'), width: 1.3, align: 'end' },
          { title: t('invoice.amount'), width: 1.8, align: 'end' },
        ],
        m.lines.map((l) => [anyCovered ? `${l.description} (${t(`payments.payer.${l.payer}`)})` : l.description, quantity(l.quantity), money(l.gross)]),
      );
    } else {
      table(
        w,
        [
          { title: t('invoice.description'), width: 32 },
          ...(anyCovered ? [{ title: t('invoice.payer'), width: 14 }] : []),
          { title: t('invoice.quantity'), width: 7, align: 'end' as const },
          { title: t('invoice.price'), width: 12, align: 'end' as const },
          { title: t('invoice.net'), width: 12, align: 'end' as const },
          { title: t('invoice.vat'), width: 11, align: 'end' as const },
          { title: t('invoice.amount'), width: 12, align: 'end' as const },
        ],
        m.lines.map((l) => [l.description, ...(anyCovered ? [t(`payments.payer.${l.payer}`)] : []), quantity(l.quantity), money(l.unitPrice), money(l.net), money(l.tax), money(l.gross)]),
        undefined,
        { keepWithNext },
      );
    }
    closing();
  });
}

/** The credit note of a refund: what went back, how, why, and the VAT inside it. */
export function renderCreditNote(data: CreditNoteData, language: Language, paper: InvoicePaper, options: Pick<RenderOptions, 'compress'> = {}): Promise<Uint8Array> {
  const t = documentTexts(language);
  const title = t('invoice.creditNote');
  return render(language, paper, `${title} ${data.documentNumber}`, data.issuedAt, options, data, (p) => {
    const { w, money } = p;
    const { refund, subject } = data;
    header(p, data.workshop, title, `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.date')} ${p.date(data.issuedAt.toISOString(), true)}`, subject.number);
    const amount = -refund.amount;
    const rate = data.money.rate;
    // Money given back is gross: the VAT inside it, at the rate of the original charge.
    const tax = rate === null ? 0 : roundExact(exactTax(amount, rate, true));
    const labelWidth = p.roll ? 70 : 150;
    const info = (label: string, value: string | undefined) => {
      if (!value) return;
      if (p.roll) w.paragraph(`${label}: ${value}`, { size: 8 }, 1);
      else w.field(label, value, labelWidth);
    };
    info(t('invoice.refundOf'), `${t(subject.kind === 'order' ? 'invoice.order' : 'invoice.sale')} ${subject.number}`);
    info(t('invoice.customer'), subject.customerName);
    info(t('pdf.date'), p.date(refund.at, true));
    info(t('invoice.method'), t(`payments.method.${refund.method}`));
    info(t('invoice.reason'), refund.reason);
    w.y += 6;
    amountLine(p, t('invoice.totalNet'), money(amount - tax));
    amountLine(p, taxLabel(p, rate), money(tax));
    amountLine(p, t('invoice.totalGross'), money(amount), true);
    w.y += 4;
    amountLine(p, t('invoice.paid'), money(data.money.balance.paid));
    amountLine(p, t('invoice.refunded'), money(data.money.balance.refunded));
    notes(p, data.tax, data.fiscal);
    if (!p.roll) signatures(w, t('pdf.signatures'), [t('invoice.customer'), t('invoice.signature')], data.workshop.signatory);
  });
}
