import type { Language } from '../../shared/platform/common.js';
import { displayPhone } from '../../shared/customers/index.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { Settings } from '../../shared/settings/index.js';
import { INTAKE_ACT_TEXTS } from './intakeActTexts.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';

export interface IntakeActData {
  documentNumber: string;
  issuedAt: Date;
  view: OrderView;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  terms?: string;
  /** The workshop's own texts on storage of unclaimed devices and on data loss (defaults when left out). */
  storage?: string;
  dataLoss?: string;
  staffNames: Record<string, string>;
  /** Time zone in which dates are printed (the workshop's). */
  timeZone?: string;
}

/** DOMAIN.md document 1: the intake act, customer copy and workshop copy, as PDF bytes. */
export async function renderIntakeAct(
  data: IntakeActData,
  language: Language,
  options: Omit<RenderOptions, 'title' | 'createdAt'> & { compress?: boolean },
): Promise<Uint8Array> {
  const t = INTAKE_ACT_TEXTS[language];
  const writer = new PdfWriter(language, {
    ...options,
    createdAt: data.issuedAt,
    title: `${t.title} ${data.view.order.number}`,
  });
  writeCopy(writer, data, language, t.customerCopy);
  writer.newPage();
  writeCopy(writer, data, language, t.workshopCopy);
  return writer.finish();
}

function writeCopy(w: PdfWriter, data: IntakeActData, language: Language, copyLabel: string): void {
  const t = INTAKE_ACT_TEXTS[language];
  const { order, customer, device } = data.view;
  const { date, money } = formatters(language, data.currency, data.timeZone);
  w.onNewPage = letterhead(w, data.workshop, order.number);
  w.onNewPage();
  documentTitle(w, t.title, `${t.number} ${data.documentNumber} · ${t.order} ${order.number} · ${t.date} ${date(data.issuedAt.toISOString())}`, copyLabel);

  w.heading(t.customer);
  w.field(t.name, customer.name);
  w.field(t.phone, customer.phones.map((phone) => displayPhone(phone, data.workshop.phoneCountry)).join(', '));
  if (customer.email) w.field(t.email, customer.email);

  w.heading(t.device);
  w.field(t.type, device.category);
  w.field(t.brandModel, `${device.brand} ${device.model}`);
  if (device.serial) w.field(t.serial, device.serial);
  if (device.imei) w.field(t.imei, device.imei);
  if (device.purchaseDate) w.field(t.purchase, date(device.purchaseDate));

  w.heading(t.intake);
  w.field(t.receivedAt, date(order.receivedAt, true));
  w.field(t.receivedBy, data.staffNames[order.receivedBy] ?? '');
  w.field(t.statedDefect, order.intake.statedDefect);
  w.field(t.appearance, order.intake.appearance ?? '');
  w.field(t.accessories, order.intake.accessories.join(', '));
  if (order.intake.completeness) w.field(t.completeness, order.intake.completeness);
  w.field(t.demand, t.demands[order.intake.demand]);

  w.heading(t.money);
  w.field(t.warrantyBasis, t.bases[order.intake.warrantyBasis]);
  if (order.intake.estimate !== undefined) w.field(t.estimate, money(order.intake.estimate));
  if (order.intake.approvedMax !== undefined) w.field(t.approvedMax, money(order.intake.approvedMax));
  if (order.intake.prepayment !== undefined) w.field(t.prepayment, money(order.intake.prepayment));
  w.field(t.promisedDate, date(order.intake.promisedDate));
  for (const deadline of data.view.deadlines) w.field(t.legalDeadlines[deadline.kind], date(deadline.due));
  w.field(t.loaner, order.intake.loanerDemanded ? t.yes : t.no);

  w.heading(t.terms);
  w.paragraph(data.terms || t.defaultTerms, { size: 8.5, base: 'document' });
  w.paragraph(`${t.storage}: ${data.storage || t.defaultStorage}`, { size: 8.5, base: 'document' });
  w.paragraph(`${t.dataLoss}: ${data.dataLoss || t.defaultDataLoss}`, { size: 8.5, base: 'document' });

  signatures(w, t.signatures, [t.customerSignature, t.workshopSignature], data.workshop.signatory);
  w.onNewPage = undefined;
}
