import type { Language } from '../../shared/platform/common.js';
import type { Settings } from '../../shared/settings/index.js';
import { clockOf } from '../../shared/visits/slots.js';
import type { VisitKind } from '../../shared/visits/schemas.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { table } from '../platform/pdf/table.js';
import { documentTexts } from '../platform/pdf/texts.js';

export interface RouteStop {
  number: string;
  kind: VisitKind;
  start: string;
  end: string;
  travelMinutes: number;
  customerName: string;
  phone: string;
  address: string;
  units: string[];
  bring?: string;
  notes?: string;
}

export interface RouteSheetData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  technician: string;
  van?: string;
  date: string;
  issuedBy: string;
  /** The day's visits in the order they are driven to. */
  stops: RouteStop[];
}

/** The day's route sheet of a technician: addresses in visit order, phones, units and what to take, as PDF bytes. */
export async function renderRouteSheet(data: RouteSheetData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const title = t('routeSheet.title');
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${title} ${data.documentNumber}` });
  const { date } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, data.documentNumber);
  w.onNewPage();
  documentTitle(w, title, `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`);
  w.y += 4;
  w.field(t('routeSheet.technician'), data.technician);
  w.field(t('routeSheet.day'), date(data.date));
  if (data.van) w.field(t('routeSheet.van'), data.van);
  w.y += 4;
  if (!data.stops.length) {
    w.paragraph(t('routeSheet.none'));
    return w.finish();
  }
  const columns = [
      { title: '#', width: 4, align: 'end' as const },
      { title: t('routeSheet.time'), width: 12 },
      { title: t('routeSheet.customer'), width: 20 },
      { title: t('routeSheet.address'), width: 24 },
      { title: t('routeSheet.units'), width: 20 },
      { title: t('routeSheet.bring'), width: 20 },
    ];
    const rows = data.stops.map((stop, i) => [
      String(i + 1),
      [`${clockOf(stop.start)}–${clockOf(stop.end)}`, stop.travelMinutes ? t('routeSheet.travel', { minutes: stop.travelMinutes }) : ''].filter(Boolean).join('\n'),
      [stop.customerName, stop.phone].filter(Boolean).join('\n'),
      stop.address,
      [t(`visits.kinds.${stop.kind}`), stop.number, ...stop.units].join('\n'),
      [stop.bring, stop.notes].filter(Boolean).join('\n') || '—',
    ]);
    const closing = () =>
      signatures(w, t('routeSheet.signatures'), [`${t('routeSheet.issued')}: ${data.issuedBy}`, `${t('routeSheet.technicianSign')}: ${data.technician}`], undefined, () =>
        w.paragraph(t('routeSheet.total', { count: data.stops.length }), { bold: true }),
      );
  table(w, columns, rows, undefined, { keepWithNext: w.measureHeight(closing) });
  closing();
  return w.finish();
}
