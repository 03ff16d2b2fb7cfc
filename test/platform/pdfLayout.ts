import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageBoxes {
  width: number;
  height: number;
  words: WordBox[];
}

/** Every word of a PDF with its box, by poppler's `pdftotext -bbox`. */
export function wordBoxes(pdf: Uint8Array | string): PageBoxes[] {
  const dir = mkdtempSync(join(tmpdir(), 'workshop-bbox-'));
  try {
    const file = typeof pdf === 'string' ? pdf : join(dir, 'document.pdf');
    if (typeof pdf !== 'string') writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pages: PageBoxes[] = [];
    for (const [, attributes, body] of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
      const width = Number(/width="([\d.]+)"/.exec(attributes)![1]);
      const height = Number(/height="([\d.]+)"/.exec(attributes)![1]);
      const words = [...body.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: pages.length + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5],
      }));
      pages.push({ width, height, words });
    }
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Words that leave the printable box: the side margins, the top margin, and the bottom margin less the strip where
 * page numbers go. A text that overflows its page, or is pushed off it, shows up here.
 */
export function wordsOutside(pdf: Uint8Array | string, margin: number, footer = 0): WordBox[] {
  const slack = 0.5;
  return wordBoxes(pdf).flatMap((page) =>
    page.words.filter(
      (w) => w.xMin < margin - slack || w.xMax > page.width - margin + slack || w.yMin < margin - slack || w.yMax > page.height - margin + footer + slack,
    ),
  );
}
