import type { Language } from '../../../shared/platform/common.js';
import type { CountryCode } from 'libphonenumber-js';
import { displayPhone } from '../../../shared/customers/index.js';
import { type ProfileId, REGISTRATION_LABELS } from '../../../shared/rules/index.js';
import type { Settings, WorkshopProfile } from '../../../shared/settings/index.js';
import { type DateWriting, DEFAULT_DATE_FORMAT_EN, formatDate } from '../../../shared/platform/dates.js';
import { drawBarcode } from './barcode.js';
import type { PdfWriter } from './pdfWriter.js';
import { documentTexts } from './texts.js';

/**
 * The workshop on its documents, with its logo image when it has one; phones are printed in the national format of
 * `phoneCountry`, registration numbers under the names `ruleProfile` gives them (REGISTRATION_LABELS), dates as the
 * workshop writes them on its screens (`dates`: its English order and time zone).
 */
export type LetterheadProfile = WorkshopProfile & { logo?: Uint8Array; phoneCountry?: CountryCode; ruleProfile?: ProfileId; dates?: DateWriting };
const UTC_DAYS: DateWriting = { formatEn: DEFAULT_DATE_FORMAT_EN, timeZone: 'UTC' };
const LOGO = { width: 72, height: 46 };
export const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', he: 'he-IL' };

/**
 * Date, date-time and money formatters for a document's language: dates and times exactly as the screens show them
 * (shared formatDate), instants in the workshop's time zone.
 */
export function formatters(language: Language, currency: Settings['currency'], dates: DateWriting = UTC_DAYS) {
  const locale = LOCALES[language];
  return {
    date: (iso: string | undefined, withTime = false) => formatDate(iso, language, dates, withTime),
    money: (minor: number | undefined) =>
      // + 0: nothing taken out is 0.00, not -0.00 (−0 is what negating a zero total gives).
      minor === undefined ? '' : new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100 + 0),
  };
}

/**
 * The workshop's letterhead with a Code 128 barcode of `code` (an order number or serial), drawn at the top of
 * the first page and of every page a long document flows onto.
 */
export function letterhead(w: PdfWriter, workshop: LetterheadProfile, code: string): () => void {
  describeDocument(w, { author: workshop.legalName || workshop.name });
  return () => {
    const top = w.y;
    const barcodeWidth = 150;
    // The logo comes first in reading order, the workshop's name and details next to it.
    const logoWidth = workshop.logo ? LOGO.width + 10 : 0;
    if (workshop.logo) w.doc.image(Buffer.from(workshop.logo), w.columnX(0, LOGO.width), top, { fit: [LOGO.width, LOGO.height], align: 'center', valign: 'center' });
    const textWidth = w.width - barcodeWidth - 16 - logoWidth;
    const textX = w.columnX(logoWidth, textWidth);
    let y = top;
    y += w.textAt(workshop.name || ' ', textX, y, textWidth, { bold: true, size: 13 });
    // One fact a line, each in its own direction: a Latin legal name next to a Hebrew label would be reordered.
    const { taxId, registration } = registrationLines(w, workshop);
    const phone = workshop.phone ? displayPhone(workshop.phone, workshop.phoneCountry) : undefined;
    const contacts = [phone, workshop.email, workshop.website].filter(Boolean).join(' · ');
    for (const line of [workshop.legalName, taxId, registration, workshop.address, contacts, workshop.bankDetails]) {
      if (line) y += w.textAt(line, textX, y, textWidth, { size: 8.5, color: '#333333' });
    }
    // After the logo and the text: with a logo, the barcode would otherwise sit on the ends of long lines.
    const codeX = w.columnX(logoWidth + textWidth + 16, barcodeWidth);
    if (code) {
      drawBarcode(w.doc, 'code128', code, { x: codeX, y: top, width: barcodeWidth, height: 34 });
      w.textAt(code, codeX, top + 37, barcodeWidth, { size: 9, align: 'center' });
    }
    w.y = Math.max(y, top + 52, top + (workshop.logo ? LOGO.height : 0)) + 6;
    w.rule('#000000');
  };
}

/**
 * The tax number under its name where the workshop works (ИНН, ע.מ., VAT No.), and the registration number under
 * its own (ОГРН, ח.פ., Company No.) when the workshop typed the bare number; a number typed with its name stays as typed.
 */
function registrationLines(w: PdfWriter, workshop: LetterheadProfile): { taxId: string; registration: string } {
  const t = documentTexts(w.language);
  const labels = REGISTRATION_LABELS[workshop.ruleProfile ?? 'custom'];
  const taxId = workshop.taxId ? `${t(`rules.registration.${labels.taxId.label}`)} ${workshop.taxId}` : '';
  const bare = /^[\d\s\-./]+$/.test(workshop.registration ?? '');
  const registration = bare && labels.registration ? `${t(`rules.registration.${labels.registration.label}`)} ${workshop.registration}` : (workshop.registration ?? '');
  return { taxId, registration };
}

/**
 * The document's properties beside its Title (a viewer's "Properties", a document management system's index): the
 * Author is the workshop that issues it, the Subject what it concerns (its number, order and date). Blank is left out.
 */
export function describeDocument(w: PdfWriter, facts: { author?: string; subject?: string }): void {
  if (facts.author?.trim()) w.doc.info.Author = facts.author.trim();
  if (facts.subject?.trim()) w.doc.info.Subject = facts.subject.trim();
}

/** Title, "No. … · Date …" and an optional sub-line, centred; the number line is also the document's Subject. */
export function documentTitle(w: PdfWriter, title: string, numberLine: string, subLine?: string): void {
  describeDocument(w, { subject: numberLine });
  w.y += w.textAt(title, w.left, w.y, w.width, { bold: true, size: 14, align: 'center' });
  w.textAt(numberLine, w.left, w.y, w.width, { align: 'center', size: 9.5 });
  w.y += w.lineHeight(9.5);
  if (subLine) {
    w.textAt(subLine, w.left, w.y, w.width, { align: 'center', size: 8.5, color: '#555555' });
    w.y += w.lineHeight(8.5);
  }
}

/** The height of a signature block (signatures()) with its heading. */
export const SIGNATURES_HEIGHT = 62 + 12 * 1.35 + 10;

/**
 * Signature boxes side by side, in reading order, with the workshop signatory under the last line. The block never
 * starts a page alone: give `signed`, the section it signs (the terms, the totals), and the two are kept on one page
 * (PdfWriter.keepTogether): both move to the next page when they do not fit.
 */
export function signatures(w: PdfWriter, title: string, parties: string[], signatory: string | undefined, signed?: () => void): void {
  if (signed) {
    w.keepTogether(() => {
      signed();
      signatures(w, title, parties, signatory);
    });
    return;
  }
  const boxHeight = 62;
  w.ensureSpace(boxHeight + 30);
  w.heading(title);
  const gap = 24;
  const boxWidth = (w.width - gap * (parties.length - 1)) / parties.length;
  parties.forEach((party, i) => {
    const x = w.columnX(i * (boxWidth + gap), boxWidth);
    w.textAt(party, x, w.y, boxWidth, { size: 8.5 });
    const lineY = w.y + 40;
    w.line(x, lineY, x + boxWidth, lineY, 0.7, '#000000');
    if (i === parties.length - 1 && signatory) w.textAt(signatory, x, lineY + 3, boxWidth, { size: 8 });
  });
  w.y += boxHeight;
}
