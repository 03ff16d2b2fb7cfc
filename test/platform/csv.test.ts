import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/platform/csv.js';

describe('CSV exports', () => {
  it('show formula text as text, and leave numbers and ordinary text alone', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['=HYPERLINK("http://x")', '+972 3 555', '-cmd|calc', '@SUM(A1)', '-12.50', 'Display, S23']]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")",'+972 3 555,'-cmd|calc,'@SUM(A1),-12.50,"Display, S23"`);
    expect(toCsv(['n'], [[-3]]).split('\r\n')[1]).toBe('-3');
  });
});
