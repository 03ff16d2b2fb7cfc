import { lineTotal } from '../../shared/platform/money.js';
import type { Language } from '../../shared/platform/common.js';
import type { Sale } from '../../shared/parts/sale.js';
import type { MoneyView } from '../../shared/payments/index.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, letterhead, signatures, type LetterheadProfile } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { table } from '../platform/pdf/table.js';

export interface SaleReceiptData {
  sale: Sale;
  seller: string;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  /** The sale's VAT and payments by the payments rule (shared/payments); without it, the receipt shows no tax lines. */
  money?: MoneyView;
}

/** The receipt for parts sold over the counter: what, how many, at what price, with each part's warranty. */
export async function renderSaleReceipt(data: SaleReceiptData, language: Language, options: Omit<RenderOptions, 'title'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const { sale } = data;
  const w = new PdfWriter(language, { ...options, title: `${t('saleReceipt.title')} ${sale.number}` });
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, sale.number);
  w.onNewPage();
  documentTitle(w, t('saleReceipt.title'), `${t('pdf.number')} ${sale.number} · ${t('pdf.date')} ${date(sale.at, true)}`);
  if (sale.customerName || sale.customerPhone) w.field(t('saleReceipt.customer'), [sale.customerName, sale.customerPhone].filter(Boolean).join(' · '));
  w.field(t('saleReceipt.seller'), data.seller);
  w.y += 6;
  // The totals, the terms and the signatures stay together, with the last lines of the table.
  const closing = () => {
    if (data.money) {
      const m = data.money;
      const labelWidth = w.width - 110;
      w.field(t('invoice.totalNet'), money(m.customer.net), labelWidth);
      w.field(m.rate === null ? t('invoice.noVat') : t('invoice.totalTax', { rate: `${m.rate / 100}%` }), money(m.customer.tax), labelWidth);
      w.field(t('invoice.totalGross'), money(m.customer.gross), labelWidth);
      if (m.balance.paid) w.field(t('invoice.paid'), money(m.balance.received), labelWidth);
    }
    signatures(w, t('pdf.signatures'), [t('saleReceipt.customerSign'), t('saleReceipt.sellerSign')], data.seller, () => {
      w.y += 6;
      w.paragraph(t('saleReceipt.terms'), { size: 8.5 }, 8);
    });
  };
  table(
    w,
    [
      { title: t('saleReceipt.sku'), width: 1.3 },
      { title: t('saleReceipt.name'), width: 3 },
      { title: t('saleReceipt.quantity'), width: 1, align: 'end' },
      { title: t('saleReceipt.price'), width: 1.2, align: 'end' },
      { title: t('saleReceipt.amount'), width: 1.3, align: 'end' },
      { title: t('saleReceipt.warranty'), width: 1.1 },
    ],
    sale.lines.map((l) => [l.sku, l.name, `${l.quantity} ${t(`parts.units.${l.unit}`)}`, money(l.unitPrice), money(lineTotal(l)), t('common.days', { count: l.warrantyDays })]),
    [t('saleReceipt.total'), '', '', '', money(sale.total), ''],
    { keepWithNext: w.measureHeight(closing) },
  );
  closing();
  return w.finish();
}
