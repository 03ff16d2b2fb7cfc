import type { Language } from '../../shared/platform/common.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { unitSection } from './unitSection.js';

export interface VoidNoticeData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  device: Device & { voided: NonNullable<Device['voided']> };
  owner: Customer;
  decidedBy: string;
}

/** DOMAIN.md document 8: the notice that a unit's warranty is void, with the reason and the evidence. */
export async function renderVoidNotice(data: VoidNoticeData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${t('warrantyDocuments.voidNotice')} ${data.documentNumber}` });
  const { date } = formatters(language, data.currency, data.workshop.dates);
  const { device, owner } = data;
  w.onNewPage = letterhead(w, data.workshop, device.imei ?? device.serial ?? '');
  w.onNewPage();
  documentTitle(w, t('warrantyDocuments.voidNotice'), `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`);
  w.paragraph(t('warrantyDocuments.voidText'), { size: 9.5 }, 8);

  unitSection(w, t, { device, owner }, (iso) => date(iso));

  const voided = device.voided;
  signatures(w, t('pdf.signatures'), [t('warrantyDocuments.customer'), t('warrantyDocuments.workshop')], data.workshop.signatory, () => {
    w.heading(t('warrantyDocuments.reason'));
    w.field(t('warrantyDocuments.reason'), t(`warranty.reasons.${voided.reason}`));
    w.field(t('warrantyDocuments.note'), voided.note ?? '');
    w.field(t('warrantyDocuments.voidedAt'), date(voided.at));
    w.field(t('warrantyDocuments.voidedBy'), data.decidedBy);
  });
  return w.finish();
}
