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
 * top of every page the table reaches (after the page's letterhead). No orphan rows: the last two rows go to a page
 * together with the total row and `keepWithNext` (the height of what must follow on the same page). Columns run in
 * reading order: from the right in Hebrew.
 */
export function table(w: PdfWriter, columns: Column[], rows: string[][], footer?: string[], options: { keepWithNext?: number } = {}): void {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * w.width);
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cellHeight = (cells: string[], bold: boolean) =>
    Math.max(...cells.map((cell, i) => w.heightOf(cell || ' ', widths[i] - 2 * PAD, { size: SIZE, bold }))) + 2 * PAD;

  // A row's height is measured once: wrapping every cell again to draw it cost a long table (a day's 500 cash
  // entries) a third of its time.
  const drawRow = (cells: string[], bold: boolean, shade?: string, height = cellHeight(cells, bold)) => {
    if (shade) w.fillRect(w.left, w.y, w.width, height, shade);
    cells.forEach((cell, i) => {
      const x = w.columnX(offsets[i], widths[i]);
      w.textAt(cell, x + PAD, w.y + PAD, widths[i] - 2 * PAD, { size: SIZE, bold, align: columns[i].align ?? 'start' });
    });
    w.y += height;
    w.line(w.left, w.y, w.right, w.y, 0.4, '#999999');
  };
  const header = () => drawRow(columns.map((c) => c.title), true, '#e8e8e8');

  const heights = rows.map((row) => cellHeight(row, false));
  // What follows the table on the same page as its last rows (the totals, the signatures), if the caller says.
  const footerHeight = (footer ? cellHeight(footer, true) : 0) + (options.keepWithNext ?? 0);
  // The header row never stands alone: it starts a page with two rows at least (or all of them, if fewer).
  const firstRows = heights.slice(0, 2).reduce((a, b) => a + b, 0) + (rows.length <= 2 ? footerHeight : 0);
  w.ensureSpace(cellHeight(columns.map((c) => c.title), true) + firstRows);
  header();
  rows.forEach((row, i) => {
    // No orphan rows: the last two rows and the total go onto a page together, never the last row or the total alone.
    const tail = i === rows.length - 2 ? heights[i] + heights[i + 1] + footerHeight : i === rows.length - 1 ? heights[i] + footerHeight : heights[i];
    if (w.y + tail > w.bottom && i > 0 && !w.isMeasuring) {
      w.ensureSpace(tail); // a new page: its letterhead first, then the header row again
      header();
    }
    drawRow(row, false, undefined, heights[i]);
  });
  if (footer) drawRow(footer, true);
  w.y += 6;
}
