import type { Language } from '../../shared/platform/common.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { unitSection, WARRANTY_TEXTS } from './warrantyTexts.js';

export interface VoidNoticeData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  device: Device & { voided: NonNullable<Device['voided']> };
  owner: Customer;
  decidedBy: string;
  timeZone?: string;
}

/** DOMAIN.md document 8: the notice that a unit's warranty is void, with the reason and the evidence. */
export async function renderVoidNotice(data: VoidNoticeData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = WARRANTY_TEXTS[language];
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${t.voidNotice} ${data.documentNumber}` });
  const { date } = formatters(language, data.currency, data.timeZone);
  const { device, owner } = data;
  w.onNewPage = letterhead(w, data.workshop, device.imei ?? device.serial ?? '');
  w.onNewPage();
  documentTitle(w, t.voidNotice, `${t.number} ${data.documentNumber} · ${t.date} ${date(data.issuedAt.toISOString())}`);
  w.paragraph(t.voidText, { size: 9.5 }, 8);

  unitSection(w, t, { device, owner }, (iso) => date(iso));

  w.heading(t.reason);
  w.field(t.reason, t.reasons[device.voided.reason]);
  w.field(t.note, device.voided.note ?? '');
  w.field(t.voidedAt, date(device.voided.at));
  w.field(t.voidedBy, data.decidedBy);

  signatures(w, t.signatures, [t.customer, t.workshop], data.workshop.signatory);
  return w.finish();
}
