import type { Cell, Table } from '../../analytics/index.js';
import type { PdfWriter } from './pdfWriter.js';

/**
 * A titled table across the page: the first column wide, the others equal; rows move to a new page when full, and
 * the header row is drawn again above them there.
 */
export function drawTable(w: PdfWriter, table: Table, format: (cell: Cell) => string = (c) => (c === null ? '—' : String(c))): void {
  // A title never stands alone at the foot of a page: it needs room for itself and two rows.
  w.ensureSpace(70);
  w.heading(table.title, 11);
  const columns = table.headers.length;
  const first = Math.min(w.width * 0.4, Math.max(120, w.width / columns));
  const rest = (w.width - first) / Math.max(1, columns - 1);
  const x = (i: number) => (i === 0 ? w.columnX(0, first) : w.columnX(first + (i - 1) * rest, rest));
  const width = (i: number) => (i === 0 ? first - 4 : rest - 4);
  const row = (cells: string[], bold: boolean) => {
    const height = Math.max(...cells.map((c, i) => w.heightOf(c, width(i), { size: 8.5, bold })));
    const pages = w.doc.bufferedPageRange().count;
    w.ensureSpace(height + 2);
    if (!bold && w.doc.bufferedPageRange().count > pages) row(table.headers, true);
    cells.forEach((c, i) => w.textAt(c, x(i), w.y, width(i), { size: 8.5, bold, align: i === 0 ? 'start' : 'end' }));
    w.y += height + 2;
  };
  row(table.headers, true);
  for (const cells of table.rows) row(cells.map(format), false);
  w.y += 4;
}
