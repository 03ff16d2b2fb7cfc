import type { PdfWriter } from './pdfWriter.js';
import { documentTexts } from './texts.js';

const SIZE = 7.5;
const COLOR = '#555555';

/**
 * The page furniture, on every page at its foot below the bottom margin: the document's title and number on the
 * reading start, "page n of N" in the document's language on the end. `numberingStarts` are the first pages (0-based)
 * of the parts numbered each on its own (the two copies of an intake act).
 */
export function writePageFurniture(w: PdfWriter, title: string, numberingStarts: readonly number[]): void {
  const t = documentTexts(w.language);
  const range = w.doc.bufferedPageRange();
  const onNewPage = w.onNewPage;
  w.onNewPage = undefined;
  for (let i = range.start; i < range.start + range.count; i++) {
    const part = numberingStarts.filter((start) => start <= i - range.start).length - 1;
    const first = numberingStarts[part];
    const last = (numberingStarts[part + 1] ?? range.count) - 1;
    w.doc.switchToPage(i);
    const y = w.bottom + 12;
    // Written below the bottom margin: pdfkit must not start a new page for it.
    const margin = w.doc.page.margins.bottom;
    w.doc.page.margins.bottom = 0;
    const page = t('pdf.page', { n: i - range.start - first + 1, pages: last - first + 1 });
    const pageWidth = w.measure(page, { size: SIZE }) + 4;
    // One line, the title cut short if it must be.
    const titleWidth = w.width - pageWidth - 12;
    w.textAt(fitLine(w, title, titleWidth), w.columnX(0, titleWidth), y, titleWidth, { size: SIZE, color: COLOR, base: 'document' });
    w.textAt(page, w.columnX(w.width - pageWidth, pageWidth), y, pageWidth, { size: SIZE, align: 'end', color: COLOR, base: 'document' });
    w.doc.page.margins.bottom = margin;
  }
  w.onNewPage = onNewPage;
}

/** A text cut to one line at a width, ending in "…" when cut. */
function fitLine(w: PdfWriter, text: string, width: number): string {
  if (w.measure(text, { size: SIZE }) <= width) return text;
  let cut = text;
  while (cut.length > 1 && w.measure(`${cut}…`, { size: SIZE }) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
