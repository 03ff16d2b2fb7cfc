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
/** A row split across pages leaves two lines at least on each page. */
const MIN_LINES = 2;
/** The space under a table, before what follows it. */
const GAP = 6;

/**
 * A table whose rows wrap inside their cells and flow onto further pages; the header row is drawn again at the
 * top of every page the table reaches (after the page's letterhead). No orphan rows: the last two rows go to a page
 * together with the total row and `keepWithNext` (the height of what must follow on the same page). A row that
 * cannot go whole onto a page with what must follow it (a repair of twenty parts) is split between its lines, the
 * header repeated above its continuation. Columns run in reading order: from the right in Hebrew.
 */
export function table(w: PdfWriter, columns: Column[], rows: string[][], footer?: string[], options: { keepWithNext?: number } = {}): void {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * w.width);
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const lineHeight = w.lineHeight(SIZE);
  // Each cell wrapped once, in lines: a row's height is its tallest cell (wrapping every cell again to draw it cost
  // a long table, a day's 500 cash entries, a third of its time).
  const wrap = (cells: string[], bold: boolean) => cells.map((cell, i) => w.lines(cell || ' ', widths[i] - 2 * PAD, { size: SIZE, bold }));
  const heightOf = (lines: string[][]) => Math.max(...lines.map((l) => l.length)) * lineHeight + 2 * PAD;

  const drawRow = (lines: string[][], bold: boolean, shade?: string) => {
    const height = heightOf(lines);
    if (shade) w.fillRect(w.left, w.y, w.width, height, shade);
    lines.forEach((cell, i) => {
      const x = w.columnX(offsets[i], widths[i]);
      w.textAt(cell.join('\n'), x + PAD, w.y + PAD, widths[i] - 2 * PAD, { size: SIZE, bold, align: columns[i].align ?? 'start' });
    });
    w.y += height;
    w.line(w.left, w.y, w.right, w.y, 0.4, '#999999');
  };
  const headerLines = wrap(
    columns.map((c) => c.title),
    true,
  );
  const header = () => drawRow(headerLines, true, '#e8e8e8');
  const headerHeight = heightOf(headerLines);
  const newPage = () => {
    w.ensureSpace(Number.POSITIVE_INFINITY); // a new page: its letterhead first, then the header row again
    header();
  };

  const wrapped = rows.map((row) => wrap(row, false));
  const heights = wrapped.map(heightOf);
  const footerLines = footer ? wrap(footer, true) : undefined;
  // What follows the table on the same page as its last rows (the totals, the signatures), if the caller says.
  const footerHeight = (footerLines ? heightOf(footerLines) : 0) + (options.keepWithNext ? GAP + options.keepWithNext : 0);
  // The header row never stands alone: it starts a page with two rows at least (or all of them, if fewer), or with
  // the first lines of a row too tall to go whole.
  const firstRows = heights.slice(0, 2).reduce((a, b) => a + b, 0) + (rows.length <= 2 ? footerHeight : 0);
  const split = MIN_LINES * lineHeight + 2 * PAD;
  w.ensureSpace(headerHeight + (headerHeight + firstRows <= w.pageRoom ? firstRows : Math.min(firstRows, split)));
  header();
  wrapped.forEach((lines, i) => {
    if (w.isMeasuring) return drawRow(lines, false);
    // No orphan rows: the last two rows and the total go onto a page together, never the last row or the total alone.
    const after = i === rows.length - 1 ? footerHeight : 0;
    const tail = i === rows.length - 2 ? heights[i] + heights[i + 1] + footerHeight : heights[i] + after;
    const room = w.pageRoom - headerHeight;
    if (w.y + tail <= w.bottom) return drawRow(lines, false);
    // The row (with what must stay with it) fits a page of its own: it moves there whole.
    if (i > 0 && tail <= room) {
      newPage();
      return drawRow(lines, false);
    }
    if (heights[i] + after <= room && i > 0) {
      newPage();
      if (w.y + heights[i] + after <= w.bottom) return drawRow(lines, false);
    }
    splitRow(lines, after);
  });
  if (footerLines) drawRow(footerLines, true);
  w.y += GAP;

  /**
   * A row drawn in parts, its cells cut at the same line: as much as this page holds, two lines at least on each
   * page, and its last part with `after` (the total, the signatures) on one page when that part can be.
   */
  function splitRow(lines: string[][], after: number): void {
    let at = 0;
    const count = Math.max(...lines.map((l) => l.length));
    while (at < count) {
      const left = count - at;
      const fits = Math.floor((w.bottom - w.y - 2 * PAD + 0.01) / lineHeight);
      let take = Math.min(fits, left);
      if (take >= left && w.y + left * lineHeight + 2 * PAD + after > w.bottom) {
        // All of it fits here but what follows does not: its last lines go with it onto the next page.
        take = left - MIN_LINES;
      } else if (take < left) {
        take = Math.min(take, left - MIN_LINES);
      }
      if (take < MIN_LINES && take < left) {
        newPage();
        if (w.y + left * lineHeight + 2 * PAD + after <= w.bottom) take = left;
        else take = Math.max(MIN_LINES, Math.min(Math.floor((w.bottom - w.y - 2 * PAD + 0.01) / lineHeight), left - MIN_LINES));
      }
      drawRow(
        lines.map((cell) => cell.slice(at, at + take)),
        false,
      );
      at += take;
      if (at < count) newPage();
    }
  }
}
