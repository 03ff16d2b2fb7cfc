import type { EffectiveProfile } from '../../shared/rules/index.js';
import { lineWarrantyEnd, type WarrantyAnswer } from '../../shared/warranty/warranty.js';
import { basisText } from '../../shared/warranty/warrantyText.js';
import type { Language } from '../../shared/platform/common.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, SIGNATURES_HEIGHT, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { unitSection } from './unitSection.js';

export interface WarrantyCertificateData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  device: Device;
  owner: Customer;
  warranty: WarrantyAnswer;
  /** A certificate for this repair (its work and parts), instead of the device's own warranty. */
  repair?: RepairOrder;
  /** The rule profile decides how long replaced parts are under warranty. */
  profile: EffectiveProfile;
  terms?: string;
}

/** DOMAIN.md document 3: the warranty certificate of a device, or of a repair, as PDF bytes. */
export async function renderWarrantyCertificate(
  data: WarrantyCertificateData,
  language: Language,
  options: Omit<RenderOptions, 'title' | 'createdAt'>,
): Promise<Uint8Array> {
  const t = documentTexts(language);
  const title = data.repair ? t('warrantyDocuments.repairCertificate') : t('warrantyDocuments.certificate');
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${title} ${data.documentNumber}` });
  const { date } = formatters(language, data.currency, data.workshop.dates);
  const { device, owner, warranty, repair } = data;
  w.onNewPage = letterhead(w, data.workshop, repair?.number ?? device.imei ?? device.serial ?? '');
  w.onNewPage();
  const orderPart = repair ? ` · ${t('pdf.repairOrder')} ${repair.number}` : '';
  documentTitle(w, title, `${t('pdf.number')} ${data.documentNumber}${orderPart} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`);

  unitSection(w, t, { device, owner }, (iso) => date(iso));

  if (repair?.handedBackAt) {
    const handedBack = repair.handedBackAt.slice(0, 10);
    w.heading(t('warrantyDocuments.repair'));
    w.field(t('warrantyDocuments.handedBack'), date(repair.handedBackAt));
    const order = { handedBackOn: handedBack, warrantyBasis: repair.intake.warrantyBasis };
    const lines = [
      ...repair.workLines.map((l) => ({ name: l.description, line: { description: l.description, warrantyDays: l.warrantyDays } })),
      ...repair.partLines.map((l) => ({
        name: l.sku ? `${l.name} (${l.sku})` : l.name,
        line: { description: l.name, warrantyDays: l.warrantyDays, part: true },
      })),
    ];
    for (const { name, line } of lines) {
      const until = lineWarrantyEnd(line, order, device, data.profile);
      w.field(name, until ? `${t('warrantyDocuments.until')} ${date(until)}` : '—', 230);
    }
  } else {
    w.heading(t('warrantyDocuments.warranty'));
    const months = warranty.steps.find((s) => s.kind === 'months');
    if (months?.kind === 'months') w.field(t('warrantyDocuments.period'), t('warrantyDocuments.months', { count: months.months }));
    if (warranty.start) w.field(t('warrantyDocuments.start'), date(warranty.start));
    if (warranty.end) w.field(t('warrantyDocuments.end'), date(warranty.end));
    if (warranty.steps.length) w.field(t('warrantyDocuments.basis'), basisText(warranty.steps, warranty.end, t, (iso) => date(iso)));
    if (device.extendedUntil) w.field(t('device.extendedUntil'), `${date(device.extendedUntil)}${device.extendedContract ? ` · ${t('warrantyDocuments.contract')} ${device.extendedContract}` : ''}`);
  }
  // The terms of the warranty and the signatures under them stay on one page.
  signatures(w, t('pdf.signatures'), [t('warrantyDocuments.customer'), t('warrantyDocuments.workshop')], data.workshop.signatory, () => {
    w.heading(t('warrantyDocuments.terms'));
    w.paragraph(data.terms || t(repair?.handedBackAt ? 'warrantyDocuments.repairTerms' : 'warrantyDocuments.defaultTerms'), { size: 8.5 }, 4, SIGNATURES_HEIGHT);
  });
  return w.finish();
}
