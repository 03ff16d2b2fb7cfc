import type { Language } from '../../shared/schemas/common.js';
import type { OrderView } from '../../shared/schemas/order.js';
import type { Settings, WorkshopProfile } from '../../shared/schemas/settings.js';
import { drawBarcode } from './barcode.js';
import { INTAKE_ACT_TEXTS, LOCALES } from './intakeActTexts.js';
import { PdfWriter, type RenderOptions } from './pdfWriter.js';

export interface IntakeActData {
  documentNumber: string;
  issuedAt: Date;
  view: OrderView;
  workshop: WorkshopProfile;
  currency: Settings['currency'];
  terms?: string;
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
  const locale = LOCALES[language];
  const date = (iso: string | undefined, withTime = false) =>
    iso
      ? new Intl.DateTimeFormat(locale, {
          dateStyle: 'short',
          timeStyle: withTime ? 'short' : undefined,
          timeZone: data.timeZone ?? 'UTC',
        }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso))
      : '';
  const money = (minor: number | undefined) =>
    minor === undefined ? '' : new Intl.NumberFormat(locale, { style: 'currency', currency: data.currency }).format(minor / 100);

  const header = () => {
    const top = w.y;
    const barcodeWidth = 150;
    const textWidth = w.width - barcodeWidth - 16;
    const textX = w.columnX(0, textWidth);
    let y = top;
    y += w.textAt(data.workshop.name || ' ', textX, y, textWidth, { bold: true, size: 13 });
    const legal = [data.workshop.legalName, data.workshop.taxId ? `${t.taxId} ${data.workshop.taxId}` : '']
      .filter(Boolean)
      .join(', ');
    if (legal) y += w.textAt(legal, textX, y, textWidth, { size: 8.5, color: '#333333', base: 'document' });
    for (const line of [data.workshop.address, data.workshop.phone, data.workshop.email]) {
      if (line) y += w.textAt(line, textX, y, textWidth, { size: 8.5, color: '#333333' });
    }
    const codeX = w.columnX(textWidth + 16, barcodeWidth);
    drawBarcode(w.doc, 'code128', order.number, { x: codeX, y: top, width: barcodeWidth, height: 34 });
    w.textAt(order.number, codeX, top + 37, barcodeWidth, { size: 9, align: 'center' });
    w.y = Math.max(y, top + 52) + 6;
    w.rule('#000000');
  };
  w.onNewPage = header;
  header();

  w.textAt(t.title, w.left, w.y, w.width, { bold: true, size: 14, align: 'center' });
  w.y += w.lineHeight(14);
  w.textAt(
    `${t.number} ${data.documentNumber} · ${t.order} ${order.number} · ${t.date} ${date(data.issuedAt.toISOString())}`,
    w.left,
    w.y,
    w.width,
    { align: 'center', size: 9.5 },
  );
  w.y += w.lineHeight(9.5);
  w.textAt(copyLabel, w.left, w.y, w.width, { align: 'center', size: 8.5, color: '#555555' });
  w.y += w.lineHeight(8.5);

  w.heading(t.customer);
  w.field(t.name, customer.name);
  w.field(t.phone, customer.phones.join(', '));
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
  w.field(t.loaner, order.intake.loanerDemanded ? t.yes : t.no);

  w.heading(t.terms);
  w.paragraph(data.terms || t.defaultTerms, { size: 8.5 });

  signatures(w, t.signatures, [t.customerSignature, t.workshopSignature], data.workshop.signatory);
  w.onNewPage = undefined;
}

function signatures(w: PdfWriter, title: string, parties: string[], signatory: string | undefined): void {
  const boxHeight = 62;
  w.ensureSpace(boxHeight + 30);
  w.heading(title);
  const gap = 24;
  const boxWidth = (w.width - gap) / parties.length - (gap * (parties.length - 1)) / parties.length;
  parties.forEach((party, i) => {
    const x = w.columnX(i * (boxWidth + gap), boxWidth);
    w.textAt(party, x, w.y, boxWidth, { size: 8.5 });
    const lineY = w.y + 40;
    w.doc.moveTo(x, lineY).lineTo(x + boxWidth, lineY).lineWidth(0.7).stroke('#000000');
    if (i === 1 && signatory) w.textAt(signatory, x, lineY + 3, boxWidth, { size: 8 });
  });
  w.y += boxHeight;
}
