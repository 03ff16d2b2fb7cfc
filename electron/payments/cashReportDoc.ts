import type { Language } from '../../shared/platform/common.js';
import type { CashDayView, InvoicePaper } from '../../shared/payments/index.js';
import type { Settings } from '../../shared/settings/index.js';
import { formatTime } from '../../shared/platform/dates.js';
import { type LetterheadProfile, signatures } from '../platform/pdf/letterhead.js';
import type { RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { table } from '../platform/pdf/table.js';
import { amountLine, header, render } from './invoiceDoc.js';

export interface CashReportData {
  kind: 'x' | 'z';
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  view: CashDayView;
  /** Staff id → name, for who opened, closed and recorded. */
  names: Record<string, string>;
}

/**
 * The X report (the day so far: float, every cash entry, the cash expected now) and the Z report (the closed day:
 * the same, with the count, the difference and its reason), on A4 or an 80 mm roll.
 */
export function renderCashReport(data: CashReportData, language: Language, paper: InvoicePaper, options: Pick<RenderOptions, 'compress'> = {}): Promise<Uint8Array> {
  const t = documentTexts(language);
  const title = t(data.kind === 'x' ? 'cashBook.report.x' : 'cashBook.report.z');
  const { view } = data;
  const day = view.day!;
  return render(language, paper, `${title} ${data.documentNumber}`, data.issuedAt, options, data, (p) => {
    const { w, money } = p;
    header(p, data.workshop, title, `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.date')} ${p.date(data.issuedAt.toISOString(), true)}`, data.documentNumber);
    const info = (label: string, value: string | undefined) => {
      if (!value) return;
      if (p.roll) w.paragraph(`${label}: ${value}`, { size: 8 }, 1);
      else w.field(label, value, 150);
    };
    const who = (id: string | undefined) => (id ? (data.names[id] ?? '') : '');
    info(t('cashBook.report.point'), t('cashBook.mainPoint'));
    info(t('cashBook.report.day'), p.date(view.date));
    info(t('cashBook.report.opened'), `${p.date(day.openedAt, true)} · ${who(day.openedBy)}`);
    if (day.closedAt) info(t('cashBook.report.closed'), `${p.date(day.closedAt, true)} · ${who(day.closedBy)}`);
    w.y += 4;
    const what = (e: CashDayView['entries'][number]) => {
      const subject = e.orderId ? `${t('invoice.order')} ${e.label ?? ''}` : e.saleId ? `${t('invoice.sale')} ${e.label ?? ''}` : '';
      const corrects = e.corrects ? t('cashBook.corrects', { date: p.date(e.corrects) }) : '';
      // A payment is its order or sale (the amount's sign tells a refund); what moved by hand says what it was.
      return [e.kind === 'payment' && subject ? '' : t(`cashBook.kind.${e.kind}`), subject, e.reason, corrects].filter(Boolean).join(' · ');
    };
    // The roll is the counter's slip: its cash payments are counted and summed below, and only what was given back
    // or moved by hand (each with its reason) is listed; A4 lists every entry of the day.
    const listed = p.roll ? view.entries.filter((e) => e.kind !== 'payment') : view.entries;
    if (listed.length) {
      // Every entry is of the day the header names: its time is enough.
      const time = (iso: string) => formatTime(iso, data.workshop.dates?.timeZone ?? 'UTC');
      if (p.roll) {
        table(w, [{ title: t('cashBook.time'), width: 1.6 }, { title: t('cashBook.entry'), width: 3.4 }, { title: t('invoice.amount'), width: 2, align: 'end' }], listed.map((e) => [time(e.at), what(e), money(e.amount)]));
      } else {
        table(
          w,
          [{ title: t('cashBook.time'), width: 9 }, { title: t('cashBook.entry'), width: 57 }, { title: t('cashBook.by'), width: 18 }, { title: t('invoice.amount'), width: 16, align: 'end' }],
          listed.map((e) => [time(e.at), what(e), who(e.by), money(e.amount)]),
        );
      }
    } else if (!view.entries.length) w.paragraph(t('cashBook.noEntries'), { size: 9, base: 'document' });
    w.y += 4;
    const totals = view.totals;
    const count = (kind: 'payment' | 'refund' | 'in' | 'out') => view.entries.filter((e) => e.kind === kind).length;
    amountLine(p, t('cashBook.float'), money(totals.float));
    amountLine(p, t('cashBook.report.payments', { count: count('payment') }), money(view.entries.filter((e) => e.kind === 'payment').reduce((s, e) => s + e.amount, 0)));
    amountLine(p, t('cashBook.report.refunds', { count: count('refund') }), money(view.entries.filter((e) => e.kind === 'refund').reduce((s, e) => s + e.amount, 0)));
    amountLine(p, t('cashBook.report.movements', { count: count('in') + count('out') }), money(view.entries.filter((e) => e.kind === 'in' || e.kind === 'out').reduce((s, e) => s + e.amount, 0)));
    amountLine(p, t('cashBook.cashIn'), money(totals.cashIn));
    amountLine(p, t('cashBook.cashOut'), money(-totals.cashOut));
    amountLine(p, t('cashBook.expected'), money(totals.expected), true);
    if (totals.counted !== null) {
      amountLine(p, t('cashBook.counted'), money(totals.counted), true);
      amountLine(p, t('cashBook.difference'), money(totals.difference ?? 0), true);
      if (day.reason) info(t('cashBook.reason'), day.reason);
    }
    if (!p.roll) signatures(w, t('pdf.signatures'), [t('cashBook.report.cashier'), t('cashBook.report.manager')], data.workshop.signatory);
  });
}
