import type { PdfWriter } from './pdfWriter.js';

export interface Column {
  title: string;
  /** Share of the table's width. */
  width: number;
  /** Numbers and amounts line up at the end of their cell. */
  align?: 'start' | 'end';
}

const PAD = 3;
const SIZE = 8.5;

/**
 * A table whose rows wrap inside their cells and flow onto further pages; the header row is drawn again at the
 * top of every page the table reaches (after the page's letterhead). Columns run in reading order: from the
 * right in Hebrew.
 */
export function table(w: PdfWriter, columns: Column[], rows: string[][], footer?: string[]): void {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * w.width);
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cellHeight = (cells: string[], bold: boolean) =>
    Math.max(...cells.map((cell, i) => w.heightOf(cell || ' ', widths[i] - 2 * PAD, { size: SIZE, bold }))) + 2 * PAD;

  // A row's height is measured once: wrapping every cell again to draw it cost a long table (a day's 500 cash
  // entries) a third of its time.
  const drawRow = (cells: string[], bold: boolean, shade?: string, height = cellHeight(cells, bold)) => {
    if (shade) w.doc.rect(w.left, w.y, w.width, height).fill(shade);
    cells.forEach((cell, i) => {
      const x = w.columnX(offsets[i], widths[i]);
      w.textAt(cell, x + PAD, w.y + PAD, widths[i] - 2 * PAD, { size: SIZE, bold, align: columns[i].align ?? 'start' });
    });
    w.y += height;
    w.doc.moveTo(w.left, w.y).lineTo(w.right, w.y).lineWidth(0.4).stroke('#999999');
  };
  const header = () => drawRow(columns.map((c) => c.title), true, '#e8e8e8');

  w.ensureSpace(cellHeight(columns.map((c) => c.title), true) + cellHeight(rows[0] ?? [''], false));
  header();
  for (const row of rows) {
    const height = cellHeight(row, false);
    if (w.y + height > w.bottom) {
      w.ensureSpace(height); // a new page: its letterhead first, then the header row again
      header();
    }
    drawRow(row, false, undefined, height);
  }
  if (footer) {
    w.ensureSpace(cellHeight(footer, true));
    drawRow(footer, true);
  }
  w.y += 6;
}
