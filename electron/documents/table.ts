import type { PdfWriter } from './pdfWriter.js';

export interface TableColumn {
  title: string;
  /** Share of the page width. */
  width: number;
  align?: 'start' | 'end';
}

const SIZE = 8.5;
const GAP = 6;

/**
 * A table laid out in reading order (in Hebrew the first column is at the right); cells wrap, a row never splits
 * across pages, and the header repeats on every page the table flows onto.
 */
export function table(w: PdfWriter, columns: readonly TableColumn[], rows: ReadonlyArray<ReadonlyArray<string>>, totals?: ReadonlyArray<string>): void {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const boxes = columns.reduce<Array<{ x: number; width: number; align: 'start' | 'end' }>>((acc, column) => {
    const offset = acc.length ? acc.reduce((sum, b) => sum + b.width + GAP, 0) : 0;
    const width = ((w.width - GAP * (columns.length - 1)) * column.width) / total;
    return [...acc, { x: w.columnX(offset, width), width, align: column.align ?? 'start' }];
  }, []);
  const rowHeight = (cells: ReadonlyArray<string>, bold = false) =>
    Math.max(...cells.map((cell, i) => w.heightOf(cell || ' ', boxes[i].width, { size: SIZE, bold })));
  const draw = (cells: ReadonlyArray<string>, bold = false) => {
    const height = rowHeight(cells, bold);
    cells.forEach((cell, i) => w.textAt(cell, boxes[i].x, w.y, boxes[i].width, { size: SIZE, bold, align: boxes[i].align }));
    w.y += height + 2;
  };
  const header = () => {
    draw(columns.map((c) => c.title), true);
    w.rule();
  };
  w.ensureSpace(rowHeight(columns.map((c) => c.title), true) * 2 + 10);
  header();
  for (const row of rows) {
    const needed = rowHeight(row) + 2;
    if (w.y + needed > w.bottom) {
      w.ensureSpace(w.bottom);
      header();
    }
    draw(row);
  }
  if (totals) {
    w.rule('#000000');
    w.ensureSpace(rowHeight(totals, true));
    draw(totals, true);
  }
}
