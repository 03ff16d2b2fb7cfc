import { describe, expect, it } from 'vitest';
import { lineTotal, orderTotals, parseMoney } from '../../shared/platform/money.js';
import { percentile, round1, share, spread } from '../../shared/platform/stats.js';
import { phoneKey, serialKey, textKey } from '../../shared/platform/search.js';
import { DomainError, ERROR_CODES } from '../../shared/platform/result.js';

/** Money in minor units, the small statistics of the analytics, and the search keys. */
describe('money', () => {
  it('a line costs its quantity times its unit price, rounded to the minor unit', () => {
    expect(lineTotal({ quantity: 1.5, unitPrice: 999 })).toBe(1499);
    expect(lineTotal({ quantity: 0.333, unitPrice: 100 })).toBe(33);
    expect(orderTotals([{ quantity: 1.5, unitPrice: 999 }], [{ quantity: 0.5, unitPrice: 3 }])).toEqual({ work: 1499, parts: 2, total: 1501, prepayment: 0, due: 1501 });
  });

  it('a prepayment larger than the total leaves nothing due, never a negative amount', () => {
    expect(orderTotals([{ quantity: 1, unitPrice: 1000 }], [], 1500)).toEqual({ work: 1000, parts: 0, total: 1000, prepayment: 1500, due: 0 });
    expect(orderTotals([{ quantity: 1, unitPrice: 1000 }], [], 1000).due).toBe(0);
  });

  it('reads one or two decimals, spaces anywhere, and nothing else as an amount', () => {
    expect(parseMoney(' 1 234.5 ')).toBe(123450);
    expect(parseMoney('7,05')).toBe(705);
    expect(parseMoney('7.')).toBeNull();
    expect(parseMoney('')).toBeNull();
    expect(parseMoney('   ')).toBeNull();
    expect(parseMoney('1.2.3')).toBeNull();
    expect(parseMoney('1,2,3')).toBeNull();
    expect(parseMoney('12a')).toBeNull();
    expect(parseMoney('a12')).toBeNull();
  });
});

describe('statistics', () => {
  it('the median of an odd count is the middle value, of an even count the mean of the two middle ones', () => {
    expect(percentile([1, 5, 9], 0.5)).toBe(5);
    expect(percentile([1, 5, 9, 11], 0.5)).toBe(7);
    expect(percentile([4], 0.5)).toBe(4);
  });

  it('a nearest-rank percentile is the smallest value with at least that share at or below it', () => {
    expect(percentile([1, 2, 3, 4, 5], 0.9)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5], 0.2)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5], 0.21)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5], 1)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5], 0.01)).toBe(1);
  });

  it('a spread sorts the values and gives count, median, 90th percentile and mean to one decimal', () => {
    expect(spread([10, 1, 4.44, 3])).toEqual({ count: 4, median: 3.7, p90: 10, mean: 4.6 });
    expect(spread([])).toEqual({ count: 0, median: null, p90: null, mean: null });
  });

  it('rounds to one decimal and shares to four, with no share of nothing', () => {
    expect(round1(2.25)).toBe(2.3);
    expect(round1(null)).toBeNull();
    expect(share(1, 3)).toBe(0.3333);
    expect(share(2, 3)).toBe(0.6667);
    expect(share(0, 5)).toBe(0);
    expect(share(3, 0)).toBeNull();
  });
});

describe('search keys', () => {
  it('a phone is its digits, a serial without spaces or dashes in capitals, a text folded and its spaces made one', () => {
    expect(phoneKey('+972 (3) 555-0102 ext.7')).toBe('972355501027');
    expect(serialKey('ab 12-cd\t34')).toBe('AB12CD34');
    expect(textKey('  Иван   ПЕТРОВ \n ')).toBe('иван петров');
    expect(textKey('ＡＢＣ')).toBe('abc');
  });
});

describe('errors that cross the boundary', () => {
  it('the error codes are a closed list, and a domain error carries its code, message and fields', () => {
    expect(ERROR_CODES).toEqual(['validation', 'not_found', 'conflict', 'invalid_transition', 'forbidden', 'unauthenticated', 'rate_limited', 'unknown_channel', 'storage', 'internal']);
    const error = new DomainError('conflict', 'Taken.', { unitId: 'not_available' });
    expect(error).toMatchObject({ name: 'DomainError', code: 'conflict', message: 'Taken.', fields: { unitId: 'not_available' } });
    expect(error).toBeInstanceOf(Error);
  });
});
