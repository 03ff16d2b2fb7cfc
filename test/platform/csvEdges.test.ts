import { describe, expect, it } from 'vitest';
import { neutralised, toCsv } from '../../shared/platform/csv.js';

/** What a spreadsheet would run as a formula is written as text (OWASP "CSV injection"). */
describe('formula text in CSV cells', () => {
  it('a tab before a formula in a CSV cell is neutralised like the formula itself', () => {
    expect(neutralised('\t=1+2')).toBe("'\t=1+2");
    expect(toCsv(['a'], [['\t=HYPERLINK("http://x")']]).split('\r\n')[1]).toBe(`"'\t=HYPERLINK(""http://x"")"`);
  });

  it('a carriage return before a formula is neutralised, the formula on the line it starts too, and the cell quoted', () => {
    expect(neutralised('\r=1+2')).toBe("'\r'=1+2");
    expect(toCsv(['a'], [['\r=1+2']]).split('\r\n')[1]).toBe(`"'\r'=1+2"`);
  });

  it('every formula lead is neutralised: = + - @', () => {
    for (const text of ['=1', '+A1', '-A1', '@SUM(A1)', '-', '+', '-1e5', '-12.']) expect(neutralised(text), text).toBe(`'${text}`);
  });

  it('plain numbers, signed or with decimals, stay numbers; text that merely contains a sign stays as it is', () => {
    for (const text of ['-12.50', '+972', '12', '0.5', 'A-1', 'a=b', 'name@example.com', '']) expect(neutralised(text), text).toBe(text);
  });
});

describe('the CSV file', () => {
  it('starts with a BOM, ends every line with CRLF, and quotes fields with a comma, semicolon, quote, line break or edge space', () => {
    const csv = toCsv(['name', 'note'], [['a;b', 'say "hi"'], [' lead', 'trail '], ['line\nbreak', 'plain']]);
    expect(csv).toBe('\ufeffname,note\r\n"a;b","say ""hi"""\r\n" lead","trail "\r\n"line\nbreak",plain\r\n');
  });

  it('writes numbers as numbers, never neutralised', () => {
    expect(toCsv(['n', 'm'], [[-3, 0.25]])).toBe('\ufeffn,m\r\n-3,0.25\r\n');
  });

  it('neutralises the header too', () => {
    expect(toCsv(['=cmd'], [])).toBe("\ufeff'=cmd\r\n");
  });
});
