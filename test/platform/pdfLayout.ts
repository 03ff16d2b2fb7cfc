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

export interface SeenLine {
  /** The line's words from left to right, joined without spaces (a Hebrew line reads in visual order here). */
  text: string;
  yMin: number;
  yMax: number;
}

/** Each page's lines as seen: words on the same baseline, left to right. */
export function pageLines(pdf: Uint8Array | string): Array<{ width: number; height: number; lines: SeenLine[] }> {
  return wordBoxes(pdf).map((page) => {
    const byY = new Map<number, WordBox[]>();
    for (const word of page.words) {
      const key = Math.round(word.yMax * 2) / 2;
      byY.set(key, [...(byY.get(key) ?? []), word]);
    }
    const lines = [...byY.values()]
      .map((words) => words.sort((a, b) => a.xMin - b.xMin))
      .map((words) => ({ text: words.map((w) => w.text).join(''), yMin: Math.min(...words.map((w) => w.yMin)), yMax: Math.max(...words.map((w) => w.yMax)) }))
      .sort((a, b) => a.yMin - b.yMin);
    return { width: page.width, height: page.height, lines };
  });
}

/**
 * Whether a seen line holds a text as typed: in reading order (left-to-right text) or, for right-to-left text, in
 * visual order (the letters reversed, each run of Latin letters and digits kept as it is).
 */
export function lineHolds(line: string, text: string): boolean {
  const typed = text.replace(/\s/g, '');
  if (line.includes(typed)) return true;
  const runs = typed.match(/[A-Za-z0-9.\-/:]+|[^A-Za-z0-9.\-/:]+/g) ?? [];
  const visual = runs
    .reverse()
    .map((run) => (/^[A-Za-z0-9.\-/:]+$/.test(run) ? run : [...run].reverse().join('')))
    .join('');
  return line.includes(visual);
}
