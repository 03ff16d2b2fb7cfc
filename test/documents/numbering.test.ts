import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER_FORMAT, clashingKinds, formatNumber, numberFormatProblem, sequenceOf } from '../../shared/documents/numbering.js';

describe('document number formats', () => {
  it('writes the default format as the numbers always were', () => {
    expect(formatNumber(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2026, seq: 7 })).toBe('IA-2026-00007');
    expect(formatNumber('{yy}/{seq}-{prefix}', { prefix: 'CA', year: 2026, seq: 123 })).toBe('26/123-CA');
    expect(formatNumber('№ {seq:3}/{yyyy}', { prefix: 'CA', year: 2027, seq: 4 })).toBe('№ 004/2027');
  });

  it('reads the sequence back only from a number of the same format, prefix and year', () => {
    expect(sequenceOf(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2026 }, 'IA-2026-00042')).toBe(42);
    expect(sequenceOf(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2026 }, 'IA-2025-00042')).toBeUndefined();
    expect(sequenceOf(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2026 }, 'CA-2026-00042')).toBeUndefined();
    expect(sequenceOf('{yy}/{seq}-{prefix}', { prefix: 'CA', year: 2026 }, '26/123-CA')).toBe(123);
    expect(sequenceOf('{seq:3}.{yyyy}', { prefix: 'X', year: 2026 }, '1000.2026')).toBe(1000);
  });

  it('refuses a format without a sequence or a year, or with unknown tokens', () => {
    expect(numberFormatProblem('{prefix}-{yyyy}-{seq:5}')).toBeUndefined();
    expect(numberFormatProblem('{prefix}-{seq}')).toBe('no_year');
    expect(numberFormatProblem('{prefix}-{yyyy}')).toBe('no_sequence');
    expect(numberFormatProblem('{prefix}-{yyyy}-{seq}-{seq}')).toBe('no_sequence');
    expect(numberFormatProblem('{month}-{yyyy}-{seq}')).toBe('invalid_format');
    expect(numberFormatProblem('<script>{yyyy}{seq}')).toBe('invalid_format');
  });
});

describe('formats of different kinds', () => {
  it('clash when their numbers could be the same', () => {
    expect(clashingKinds({})).toEqual([]);
    expect(clashingKinds({ condition_act: 'IA-{yyyy}-{seq:5}' })).toEqual(['intake_act', 'condition_act']);
    expect(clashingKinds({ condition_act: '{yyyy}-{seq}', completion_act: '{yy}{seq}' })).toEqual(['completion_act', 'condition_act']);
    expect(clashingKinds({ condition_act: 'I{yyyy}-{seq}' })).toEqual([]);
    expect(clashingKinds({ condition_act: 'IA-2{seq}-{yy}' })).toEqual(['intake_act', 'condition_act']);
  });
});
