import type { Language } from '../../shared/platform/common.js';
import { displayPhone } from '../../shared/customers/index.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import { PAYER_OF_BASIS } from '../../shared/payments/index.js';
import type { StaffRole } from '../../shared/staff/index.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, SIGNATURES_HEIGHT, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';

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
  /** The staff's roles: the act names the position of the one who accepted the device. */
  staffRoles?: Record<string, StaffRole>;
  /** A corrected version of the act (same number): when it was made. The first version has none. */
  correctedAt?: Date;
}

/**
 * DOMAIN.md document 1: the intake act, customer copy and workshop copy, as PDF bytes. It states every item the
 * profiles' consumer rules ask an acceptance document for (REQUIRED_CONTENT, docs/required-content.md).
 */
export async function renderIntakeAct(
  data: IntakeActData,
  language: Language,
  options: Omit<RenderOptions, 'title' | 'createdAt'> & { compress?: boolean },
): Promise<Uint8Array> {
  const t = documentTexts(language);
  const writer = new PdfWriter(language, {
    ...options,
    createdAt: data.issuedAt,
    title: `${t('intakeAct.title')} ${data.view.order.number}`,
  });
  writeCopy(writer, data, language, t('intakeAct.customerCopy'));
  // Each copy goes to its own party: numbered on its own ("page 1 of 2" again).
  writer.newPage({ restartNumbering: true });
  writeCopy(writer, data, language, t('intakeAct.workshopCopy'));
  return writer.finish();
}

function writeCopy(w: PdfWriter, data: IntakeActData, language: Language, copyLabel: string): void {
  const t = documentTexts(language);
  const { order, customer, device } = data.view;
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, order.number);
  w.onNewPage();
  documentTitle(w, t('intakeAct.title'), `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.repairOrder')} ${order.number} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`, copyLabel);
  if (data.correctedAt) {
    w.y += w.textAt(t('intakeAct.correctedVersion', { date: date(data.correctedAt.toISOString(), true) }), w.left, w.y, w.width, { align: 'center', size: 9.5, bold: true });
  }

  w.heading(t('intakeAct.customer'));
  w.field(t('intakeAct.name'), customer.name);
  w.field(t('intakeAct.phone'), customer.phones.map((phone) => displayPhone(phone, data.workshop.phoneCountry)).join(', '));
  if (customer.email) w.field(t('common.email'), customer.email);
  if (customer.address) w.field(t('intake.address'), customer.address);

  w.heading(t('intakeAct.device'));
  w.field(t('intakeAct.type'), device.category);
  w.field(t('device.brandModel'), `${device.brand} ${device.model}`);
  if (device.serial) w.field(t('device.serial'), device.serial);
  if (device.imei) w.field(t('device.imei'), device.imei);
  if (device.purchaseDate) w.field(t('device.purchaseDate'), date(device.purchaseDate));
  if (device.seller) w.field(t('device.seller'), device.seller);
  if (device.purchaseDocument) w.field(t('device.purchaseDocument'), device.purchaseDocument);

  w.heading(t('intakeAct.intake'));
  w.field(t('intakeAct.receivedAt'), date(order.receivedAt, true));
  const role = data.staffRoles?.[order.receivedBy];
  const receivedBy = [data.staffNames[order.receivedBy], role && t(`role.${role}`)].filter(Boolean).join(', ');
  w.field(t('intakeAct.receivedBy'), receivedBy);
  w.field(t('order.statedDefect'), order.intake.statedDefect);
  w.field(t('intakeAct.appearance'), order.intake.appearance ?? '');
  w.field(t('intakeAct.accessories'), order.intake.accessories.join(', '));
  if (order.intake.completeness) w.field(t('intakeAct.completeness'), order.intake.completeness);
  w.field(t('order.demand'), t(`demand.${order.intake.demand}`));

  w.heading(t('intakeAct.money'));
  w.field(t('order.basis'), t(`basis.${order.intake.warrantyBasis}`));
  // The price, or how it will be set, or that the customer pays nothing.
  const free = PAYER_OF_BASIS[order.intake.warrantyBasis] !== 'customer';
  if (free) w.field(t('intakeAct.price'), t('intakeAct.freeOfCharge'));
  if (order.intake.estimate !== undefined) w.field(t('order.estimate'), money(order.intake.estimate));
  else if (!free) w.field(t('intakeAct.price'), t('intakeAct.priceAtDiagnosis'));
  if (order.intake.approvedMax !== undefined) w.field(t('order.approvedMax'), money(order.intake.approvedMax));
  if (order.intake.prepayment !== undefined) w.field(t('order.prepayment'), money(order.intake.prepayment));
  w.field(t('order.promised'), date(order.intake.promisedDate));
  for (const deadline of data.view.deadlines) w.field(t(`intakeAct.legalDeadlines.${deadline.kind}`), date(deadline.due));
  w.field(t('intakeAct.loaner'), order.intake.loanerDemanded ? t('common.yes') : t('common.no'));
  w.field(t('intakeAct.workWarranty'), t('intakeAct.workWarrantyTerms'));

  // The terms and the signatures under them stay on one page; terms longer than a page keep their last lines with it.
  signatures(w, t('pdf.signatures'), [t('intakeAct.customerSignature'), t('intakeAct.workshopSignature')], receivedBy || data.workshop.signatory, () => {
    w.heading(t('intakeAct.terms'));
    w.paragraph(data.terms || t('intakeAct.defaultTerms'), { size: 8.5, base: 'document' });
    w.paragraph(`${t('intakeAct.storage')}: ${data.storage || t('intakeAct.defaultStorage')}`, { size: 8.5, base: 'document' });
    w.paragraph(`${t('intakeAct.dataLoss')}: ${data.dataLoss || t('intakeAct.defaultDataLoss')}`, { size: 8.5, base: 'document' }, 4, SIGNATURES_HEIGHT);
  });
  w.onNewPage = undefined;
}
