import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import type { TextKey } from '../../shared/catalogue.js';
import type { Language } from '../../shared/platform/common.js';
import { documentTexts } from '../../electron/platform/pdf/texts.js';
import { lineHolds, pageLines, type SeenLine } from '../platform/pdfLayout.js';

/** The margin of the page: the furniture (title, number, page n of N) is printed below it. */
const MARGIN = 40;
/** The name under the workshop's signature box (the demo manager signs and sells). */
const SIGNATORY = 'Cohen';

/** A table that runs over pages: a text of its header row, and what only its rows print. */
export interface RunningTable {
  header: TextKey;
  row: RegExp;
}

/**
 * The lines of a page that no other page of its part prints at the same place: what is not letterhead or furniture
 * (each copy of an intake act is a part of its own, the same as the other copy).
 */
function bodyLines(pages: SeenLine[][], part: number[], index: number, height: number): SeenLine[] {
  const elsewhere = new Set(pages.flatMap((lines, i) => (i === index || part[i] !== part[index] ? [] : lines.map((l) => `${Math.round(l.yMin)}|${l.text}`))));
  return pages[index].filter((l) => l.yMax <= height - MARGIN && !elsewhere.has(`${Math.round(l.yMin)}|${l.text}`));
}

/**
 * The geometry of a document a customer signs, as pdftotext sees it: on every page, below the margin, its number and
 * "page n of N" of its part (the intake act's two copies are numbered each on its own); body text of its own on every
 * page; the workshop's signature on a page with the document's content above it; a running table's header on every
 * page it reaches.
 */
export function expectPageGeometry(name: string, kind: string, language: Language, file: string, table?: RunningTable): void {
  const t = documentTexts(language);
  const title = /Title:\s*(.*)/.exec(execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' }))![1].trim();
  const number = title.split(' ').at(-1)!;
  const pages = pageLines(file);
  const lines = pages.map((p) => p.lines);

  const numbering = pages.map((page, i) => {
    const foot = page.lines.filter((l) => l.yMin > page.height - MARGIN).map((l) => l.text).join('');
    expect(lineHolds(foot, number), `${name}: the number on page ${i + 1}`).toBe(true);
    const found: Array<[number, number]> = [];
    for (let of = 1; of <= pages.length; of++) for (let n = 1; n <= of; n++) if (lineHolds(foot, t('pdf.page', { n, pages: of }))) found.push([n, of]);
    expect(found, `${name}: "page n of N" on page ${i + 1}`).toHaveLength(1);
    return found[0];
  });
  numbering.forEach(([n, of], i) => {
    const previous = numbering[i - 1];
    expect(previous ? (previous[0] === previous[1] ? n === 1 : n === previous[0] + 1 && of === previous[1]) : n === 1, `${name}: page ${i + 1} is ${n} of ${of}`).toBe(true);
  });
  expect(numbering.at(-1)![0], `${name}: the last page ends its part`).toBe(numbering.at(-1)![1]);
  if (kind !== 'intake_act') expect(numbering.every(([, of]) => of === pages.length), `${name}: one part`).toBe(true);
  const part = numbering.map((_, i) => numbering.slice(0, i + 1).filter(([n]) => n === 1).length);

  pages.forEach((page, i) => expect(bodyLines(lines, part, i, page.height).length, `${name}: body text on page ${i + 1}`).toBeGreaterThanOrEqual(3));

  // (The signatory's name under the last box is the last place it is printed: a seller is named above too. A
  // statement whose one repair of 20 parts takes nearly a page splits that row across pages to keep it.)
  const signed = pages.flatMap((page, i) => page.lines.filter((l) => l.text.includes(SIGNATORY)).map((l) => ({ i, y: l.yMin, height: page.height })));
  expect(signed.length, `${name}: the signatory printed`).toBeGreaterThan(0);
  for (const { i, y, height } of signed.slice(-1)) {
    // The block is its heading, the parties and the lines: about 75 pt over the signatory's name.
    const above = bodyLines(lines, part, i, height).filter((l) => l.yMax < y - 75);
    expect(above.length, `${name}: content above the signatures on page ${i + 1}`).toBeGreaterThanOrEqual(2);
  }

  if (table) {
    const header = t(table.header);
    let spans = 0;
    pages.forEach((page, i) => {
      const firstRow = page.lines.find((l) => table.row.test(l.text));
      if (!firstRow) return;
      spans++;
      expect(page.lines.some((l) => l.yMin < firstRow.yMin && lineHolds(l.text, header)), `${name}: the header "${header}" on page ${i + 1}`).toBe(true);
    });
    expect(spans, `${name}: the table runs over pages`).toBeGreaterThan(1);
  }
}
