import type { Device } from '../../shared/devices/index.js';
import type { PdfWriter } from '../platform/pdf/pdfWriter.js';
import type { DocumentTexts } from '../platform/pdf/texts.js';

/** The unit and its owner, as the certificate, the void notice and the condition act print them. */
export function unitSection(w: PdfWriter, t: DocumentTexts, unit: { device: Device; owner: { name: string } }, date: (iso: string) => string): void {
  const { device, owner } = unit;
  w.heading(t('warrantyDocuments.device'));
  w.field(t('warrantyDocuments.owner'), owner.name);
  w.field(t('device.brandModel'), `${device.brand} ${device.model}`);
  if (device.serial) w.field(t('device.serial'), device.serial);
  if (device.imei) w.field(t('device.imei'), device.imei);
  if (device.purchaseDate) w.field(t('device.purchaseDate'), date(device.purchaseDate));
  if (device.seller) w.field(t('device.seller'), device.seller);
  if (device.purchaseDocument) w.field(t('device.purchaseDocument'), device.purchaseDocument);
}
