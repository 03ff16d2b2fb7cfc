import type { Language } from '../../shared/platform/common.js';
import type { OrderView } from '../../shared/orders/index.js';
import type { Settings } from '../../shared/settings/index.js';
import type { Shipment } from '../../shared/shipments/schemas.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { table } from '../platform/pdf/table.js';

export interface WaybillData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  shipment: Shipment;
  /** The devices the waybill lists: all of the shipment going out, those received so far coming back. */
  views: OrderView[];
}

/** DOMAIN.md document 5: the waybill of a shipment to an external service centre, or back from it. */
export async function renderWaybill(data: WaybillData, direction: 'out' | 'back', language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const title = direction === 'out' ? t('waybill.titleOut') : t('waybill.titleBack');
  const { shipment } = data;
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${title} ${data.documentNumber}`, bufferPages: true });
  const { date } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, shipment.number);
  w.onNewPage();
  documentTitle(w, title, `${t('pdf.number')} ${data.documentNumber} · ${t('waybill.shipment')} ${shipment.number} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`);

  w.y += 6;
  const centre = [shipment.serviceCentre, shipment.address].filter(Boolean).join(', ');
  const workshop = [data.workshop.name, data.workshop.address].filter(Boolean).join(', ');
  w.field(t('waybill.sender'), direction === 'out' ? workshop : centre);
  w.field(t('waybill.recipient'), direction === 'out' ? centre : workshop);
  w.field(t('waybill.sentAt'), date(shipment.sentAt, true));
  if (shipment.note) w.field(t('waybill.note'), shipment.note);
  w.y += 6;

  const returned = new Map(shipment.items.map((i) => [i.orderId, i]));
  const columns = [
    { title: '#', width: 4, align: 'end' as const },
    { title: t('waybill.order'), width: 14 },
    { title: t('waybill.device'), width: 20 },
    { title: t('waybill.serial'), width: 18 },
    { title: t('order.statedDefect'), width: 26 },
    direction === 'out' ? { title: t('waybill.accessories'), width: 18 } : { title: t('waybill.returned'), width: 18 },
  ];
  const rows = data.views.map(({ order, device }, i) => {
    const item = returned.get(order.id);
    return [
      String(i + 1),
      order.number,
      `${device.brand} ${device.model}`,
      [device.serial, device.imei].filter(Boolean).join(' / '),
      order.intake.statedDefect,
      direction === 'out'
        ? order.intake.accessories.join(', ') || '—'
        : [item?.receivedBackAt ? date(item.receivedBackAt, true) : '', item?.returnNote ?? ''].filter(Boolean).join(' · '),
    ];
  });
  // The workshop signs last, where its signatory is printed; the count of devices stays with the signatures.
  const parties = direction === 'out' ? [t('waybill.outTo'), t('waybill.outFrom')] : [t('waybill.backFrom'), t('waybill.backTo')];
  const closing = () => signatures(w, t('waybill.signatures'), parties, data.workshop.signatory, () => w.paragraph(t('waybill.total', { n: rows.length }), { bold: true }));
  table(w, columns, rows, undefined, { keepWithNext: w.measureHeight(closing) });
  closing();
  return w.finish();
}
