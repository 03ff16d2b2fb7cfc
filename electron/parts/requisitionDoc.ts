import { lineTotal } from '../../shared/platform/money.js';
import type { Language } from '../../shared/platform/common.js';
import type { Counterparty } from '../../shared/parts/counterparty.js';
import type { RequisitionView } from '../../shared/parts/requisition.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, letterhead, signatures, type LetterheadProfile } from '../platform/pdf/letterhead.js';
import type { RenderOptions } from '../platform/pdf/pdfWriter.js';
import { PdfWriter } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { table } from '../platform/pdf/table.js';

export interface RequisitionDocData {
  requisition: RequisitionView;
  supplier?: Counterparty;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  requestedBy: string;
}

/** The requisition to a supplier: what to send, how much, for what, at what cost. */
export async function renderRequisition(data: RequisitionDocData, language: Language, options: Omit<RenderOptions, 'title'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const r = data.requisition;
  const w = new PdfWriter(language, { ...options, title: `${t('requisitionDoc.title')} ${r.number}` });
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, r.number);
  w.onNewPage();
  documentTitle(w, t('requisitionDoc.title'), `${t('pdf.number')} ${r.number} · ${t('pdf.date')} ${date(r.updatedAt)}`);
  w.field(t('requisitionDoc.supplier'), data.supplier ? [data.supplier.legalName || data.supplier.name, data.supplier.taxId].filter(Boolean).join(' · ') : t('requisitionDoc.noSupplier'));
  if (data.supplier) {
    const contact = [data.supplier.contactPerson, data.supplier.phone, data.supplier.email].filter(Boolean).join(' · ');
    if (contact) w.field(t('requisitionDoc.contact'), contact);
  }
  w.field(t('requisitionDoc.state'), t(`parts.req.states.${r.state}`));
  if (r.note) w.field(t('requisitionDoc.note'), r.note);
  w.y += 6;
  // The name printed is the one who drew the requisition up: its box comes last. The last lines and the total go
  // onto the signatures' page with them.
  const closing = () => signatures(w, t('pdf.signatures'), [t('requisitionDoc.approvedBy'), t('requisitionDoc.requestedBy')], data.requestedBy);
  table(
    w,
    [
      { title: t('requisitionDoc.sku'), width: 1.3 },
      { title: t('requisitionDoc.name'), width: 2.6 },
      { title: t('requisitionDoc.quantity'), width: 0.8, align: 'end' },
      { title: t('requisitionDoc.unit'), width: 0.7 },
      { title: t('requisitionDoc.received'), width: 1.3, align: 'end' },
      { title: t('parts.unitCost'), width: 1.1, align: 'end' },
      { title: t('requisitionDoc.amount'), width: 1.2, align: 'end' },
      { title: t('requisitionDoc.reason'), width: 1.6 },
    ],
    r.lines.map((l) => [
      l.sku,
      l.name,
      String(l.quantity),
      t(`parts.units.${l.unit}`),
      String(l.received),
      money(l.cost),
      money(lineTotal({ quantity: l.quantity, unitPrice: l.cost })),
      [t(`parts.req.reasons.${l.reason}`), l.orderNumbers.join(', ')].filter(Boolean).join(': '),
    ]),
    [t('requisitionDoc.total'), '', '', '', '', '', money(r.total), ''],
    { keepWithNext: w.measureHeight(closing) },
  );
  closing();
  return w.finish();
}
