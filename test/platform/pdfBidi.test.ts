import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolateLtrRuns } from '../../electron/platform/pdf/bidiText.js';
import { PdfWriter } from '../../electron/platform/pdf/pdfWriter.js';
import type { Language } from '../../shared/platform/common.js';
import { wordBoxes } from './pdfLayout.js';

/**
 * Lines a clerk types into a Hebrew order, each with how it must look on the page: the characters from left to
 * right, spaces left out, a bracket written as the character typed (a mirrored bracket is drawn as its mirror image,
 * but it is the character typed). Worked out by hand and looked at in the rendered page.
 */
const HEBREW_LINES = [
  // A sentence that starts with a Latin name is still a Hebrew sentence: the name is at its right end.
  { typed: 'Samsung Galaxy A54 לא נטען', seen: 'ןעטנאלSamsungGalaxyA54' },
  { typed: 'מסך שבור (Samsung Galaxy A54) לא נטען', seen: 'ןעטנאל)SamsungGalaxyA54(רובשךסמ' },
  // A phone, a date and time, an SKU and an amount keep their own order inside the sentence.
  { typed: 'טלפון: +972 54-777-1234', seen: '+97254-777-1234:ןופלט' },
  { typed: 'התקבל 01.12.2026 10:30 אצל נועה', seen: 'העונלצא01.12.202610:30לבקתה' },
  { typed: 'מק"ט SM-A546B, כמות 2', seen: '2תומכ,SM-A546Bט"קמ' },
  { typed: 'סה"כ 420.00 ₪', seen: '₪420.00כ"הס' },
  // Brackets pair in the sentence's direction, also around Latin text.
  { typed: 'דגם [A-12] {x} "ציטוט"', seen: '"טוטיצ"}x{]A-12[םגד' },
  { typed: 'הלקוח (מיכל) ביקשה החלפה', seen: 'הפלחההשקיב)לכימ(חוקלה' },
  // A line with no Hebrew letter (the workshop's Latin name on the letterhead) keeps its full stop at its end.
  { typed: 'FixPoint Ltd.', seen: 'FixPointLtd.' },
];

// The lines alone, without the page furniture (its footer is checked in test/documents/pageGeometry.test.ts).
function render(language: Language, lines: string[]): Uint8Array | Promise<Uint8Array> {
  const writer = new PdfWriter(language, { paperSize: 'A4', createdAt: new Date(Date.UTC(2026, 11, 1)), compress: false, title: 'bidi', furniture: false });
  for (const line of lines) writer.paragraph(line, { size: 12 }, 12);
  return writer.finish();
}

/** Each line of the page as seen: its words' characters ordered by their place from left to right. */
function seenLines(pdf: Uint8Array): string[] {
  const words = wordBoxes(pdf)[0].words;
  const rows = new Map<number, typeof words>();
  for (const word of words) {
    const row = Math.round(word.yMin / 4);
    rows.set(row, [...(rows.get(row) ?? []), word]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.sort((a, b) => a.xMin - b.xMin).map((word) => decode(word.text)).join(''));
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text layer in the order the file holds it (what copy and search read), with poppler's direction marks removed. */
function pdftotext(pdf: Uint8Array, ...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'workshop-bidi-'));
  try {
    const file = join(dir, 'bidi.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Hebrew lines in a document', () => {
  it('are laid out right to left whatever their first letter, with Latin, numbers, phones and SKUs in their own order', async () => {
    const pdf = await render('he', HEBREW_LINES.map((line) => line.typed));
    expect(seenLines(pdf)).toEqual(HEBREW_LINES.map((line) => line.seen));
  });

  it('keep the text as typed in the file: brackets as typed, characters in reading order', async () => {
    const pdf = await render('he', HEBREW_LINES.map((line) => line.typed));
    // The content order is the logical order (pdftotext -raw reads it as the file holds it).
    expect(pdftotext(pdf, '-raw').replace(/\s/g, '')).toBe(HEBREW_LINES.map((line) => line.typed.replace(/\s/g, '')).join(''));
    // pdftotext's own reading order gives a Hebrew line with brackets back exactly, spaces included (before, every
    // bracket came back reversed). With a number or Latin run inside, its word order is poppler's guess: see
    // docs/documents.md.
    const plain = await render('he', ['הלקוח (מיכל) ביקשה החלפה', 'נמסר [בתיק] עם כבלים']);
    expect(pdftotext(plain).split('\n').filter((line) => line.trim())).toEqual(['הלקוח (מיכל) ביקשה החלפה', 'נמסר [בתיק] עם כבלים']);
  });

  it('in a Russian or English document, a Hebrew name reads right to left inside the left-to-right line', async () => {
    const pdf = await render('ru', ['Клиент: מיכל אברהם', 'Имя (מיכל) конец']);
    expect(seenLines(pdf)).toEqual(['Клиент:םהרבאלכימ', 'Имя(לכימ)конец']);
  });

  it('isolate each Latin run of a Hebrew line, and never split a bracket pair across a run', () => {
    const runs = (line: string) => isolateLtrRuns(line).replace(/\u2066/g, '<').replace(/\u2069/g, '>');
    expect(runs('טלפון: +972 54-777-1234')).toBe('טלפון: <+972 54-777-1234>');
    expect(runs('כיסוי Samsung Galaxy A54 (black) case חדש')).toBe('כיסוי <Samsung Galaxy A54 (black) case> חדש');
    expect(runs('דגם [A-12] {x} "ציטוט"')).toBe('דגם [<A-12>] {<x>} "ציטוט"');
    expect(runs('רק עברית')).toBe('רק עברית');
    // A line with no Hebrew letter is a value: it ends where it ends, full stop included.
    expect(runs('FixPoint Ltd.')).toBe('<FixPoint Ltd.>');
    expect(runs('16.11.2026, 9:06')).toBe('<16.11.2026, 9:06>');
  });
});
