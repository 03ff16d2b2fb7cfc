import type { DateWriting } from '../../shared/platform/dates.js';
import type { Language } from '../../shared/platform/common.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import { drawBarcode } from '../platform/pdf/barcode.js';
import { describeDocument, formatters } from '../platform/pdf/letterhead.js';
import { PdfWriter } from '../platform/pdf/pdfWriter.js';

/** 62 × 29 mm, the common die-cut label of thermal label printers, in points. */
export const LABEL_SIZE: [number, number] = [(62 / 25.4) * 72, (29 / 25.4) * 72];
const MARGIN = 5;

/** "Ivan Petrov" → "Ivan P.", "דנה כהן" → "דנה כ׳" (a geresh marks a Hebrew initial); a company keeps its name. */
export function shortName(name: string, kind: 'person' | 'company' = 'person'): string {
  const words = name.trim().split(/\s+/);
  if (kind === 'company' || words.length < 2) return name.trim();
  const initial = [...words[words.length - 1]][0];
  return `${words[0]} ${initial}${/[\u0590-\u05ff]/.test(initial) ? '\u05f3' : '.'}`;
}

export interface DeviceLabelData {
  issuedAt: Date;
  views: OrderView[];
  /** How the workshop writes dates (its English order and time zone). */
  dates?: DateWriting;
  /** The workshop that prints the labels: the file's Author. */
  workshop?: string;
}

/**
 * DOMAIN.md document 9: device labels, one 62 × 29 mm page per order — the order number as a vector Code 128
 * barcode and in print, the customer's short name, the model and the intake date.
 */
export async function renderDeviceLabels(data: DeviceLabelData, language: Language, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const w = new PdfWriter(language, { paperSize: LABEL_SIZE, margin: MARGIN, createdAt: data.issuedAt, title: data.views.map((v) => v.order.number).join(', '), compress: options.compress });
  const { date } = formatters(language, 'EUR', data.dates);
  describeDocument(w, { author: data.workshop, subject: data.views.map((v) => `${v.device.brand} ${v.device.model}`).join('; ') });
  for (const [i, view] of data.views.entries()) {
    if (i > 0) w.newPage();
    // A batch of labels lets other work in between labels: a long batch must not freeze the application.
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const { order, customer, device } = view;
    drawBarcode(w.doc, 'code128', order.number, { x: w.left + 6, y: w.y, width: w.width - 12, height: 30 });
    w.y += 32;
    w.textAt(fit(w, order.number, 10.5, true), w.left, w.y, w.width, { size: 10.5, bold: true, align: 'center' });
    w.y += w.lineHeight(10.5);
    w.textAt(fit(w, `${shortName(customer.name, customer.kind)} · ${date(order.receivedAt)}`, 8, false), w.left, w.y, w.width, { size: 8, align: 'center' });
    w.y += w.lineHeight(8);
    w.textAt(fit(w, `${device.brand} ${device.model}`, 7.5, false), w.left, w.y, w.width, { size: 7.5, align: 'center' });
  }
  return w.finish();
}

/** A label has one line for each fact: a text too long for it is cut with an ellipsis rather than wrapped. */
function fit(w: PdfWriter, text: string, size: number, bold: boolean): string {
  if (w.measure(text, { size, bold }) <= w.width) return text;
  const chars = [...text];
  while (chars.length > 1 && w.measure(`${chars.join('')}…`, { size, bold }) > w.width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
