import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralised, toCsv } from '../../shared/platform/csv.js';

/** Where a spreadsheet (or a program that splits lines before it reads quotes) could start a formula. */
const UNSAFE_LINE_START = /(^|[\r\n])[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** Cells made of the characters that matter: formula starts, line breaks, quotes, separators, and some text. */
const cell = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', "'", ' ', 'a', 'Б', 'ש', '1', '.'), maxLength: 12 });

/** `written` is `original` with apostrophes added, and only in front of what could start a formula. */
function onlyApostrophesAdded(original: string, written: string): boolean {
  let i = 0;
  for (let j = 0; j < written.length; j++) {
    if (i < original.length && written[j] === original[i]) i++;
    else if (written[j] !== "'" || !/^[=+\-@\t\r]/.test(original.slice(i))) return false;
  }
  return i === original.length;
}

describe('CSV exports', () => {
  it('show formula text as text, and leave numbers and ordinary text alone', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['=HYPERLINK("http://x")', '+972 3 555', '-cmd|calc', '@SUM(A1)', '-12.50', 'Display, S23']]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")",'+972 3 555,'-cmd|calc,'@SUM(A1),-12.50,"Display, S23"`);
    expect(toCsv(['n'], [[-3]]).split('\r\n')[1]).toBe('-3');
  });

  it.each([
    ['=1+1\nsecond line', "'=1+1\nsecond line"],
    ['first line\n=HYPERLINK("http://x")', "first line\n'=HYPERLINK(\"http://x\")"],
    ['a\r\n+1\r-2\n@3', "a\r\n'+1\r'-2\n'@3"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r'=1"],
    ['x\n\t=1', "x\n'\t=1"],
    ['-12.50', '-12.50'],
    ['12\n=1', "12\n'=1"],
  ])('makes %j plain text: %j', (text, expected) => {
    expect(neutralised(text)).toBe(expected);
  });

  it('writes every cell so that no line of it starts a formula, and reads back as written (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('x')]);
        const csv = toCsv(Array.from({ length: width }, (_, i) => `h${i}`), padded);
        const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter: ',', newline: '\r\n' }).data;
        expect(parsed.slice(1, 1 + padded.length)).toHaveLength(padded.length);
        padded.forEach((row, r) =>
          row.forEach((original, c) => {
            const written = parsed[r + 1][c];
            if (PLAIN_NUMBER.test(original)) expect(written).toBe(original);
            else expect(written).not.toMatch(UNSAFE_LINE_START);
            expect(onlyApostrophesAdded(original, written)).toBe(true);
          }),
        );
      }),
      { numRuns: 500 },
    );
  });
});
