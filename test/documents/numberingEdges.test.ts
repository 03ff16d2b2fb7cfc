import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER_FORMAT, KIND_PREFIX, clashingKinds, formatNumber, numberFormatProblem, sequenceOf } from '../../shared/documents/numbering.js';

/**
 * Document numbers: an own sequence per kind and year (DOMAIN.md, "Document"). The counter itself is kept by the
 * backend's yearly sequences; these are the rules it rests on.
 */
describe('a new year', () => {
  it('numbers restart at 00001 in a new year: last year\'s numbers are not of the new year\'s sequence', () => {
    expect(sequenceOf(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2027 }, 'IA-2026-00042')).toBeUndefined();
    expect(formatNumber(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2027, seq: 1 })).toBe('IA-2027-00001');
  });

  it('a two-digit year is the year\'s last two digits, zero-padded', () => {
    expect(formatNumber('{prefix}{yy}-{seq:3}', { prefix: 'CA', year: 2005, seq: 7 })).toBe('CA05-007');
    expect(sequenceOf('{prefix}{yy}-{seq:3}', { prefix: 'CA', year: 2005 }, 'CA05-007')).toBe(7);
    expect(sequenceOf('{prefix}{yy}-{seq:3}', { prefix: 'CA', year: 2005 }, 'CA5-007')).toBeUndefined();
  });
});

describe('the sequence in a number', () => {
  it('is zero-padded to its width and never cut: the 100,000th number of a 5-digit format has 6 digits', () => {
    expect(formatNumber(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2026, seq: 100_000 })).toBe('IA-2026-100000');
    expect(formatNumber('{prefix}-{yyyy}-{seq}', { prefix: 'IA', year: 2026, seq: 7 })).toBe('IA-2026-7');
  });

  it('is read back only from the whole number, literal text matched as it is', () => {
    expect(sequenceOf('IA.{yyyy}.{seq}', { prefix: 'IA', year: 2026 }, 'IA.2026.5')).toBe(5);
    expect(sequenceOf('IA.{yyyy}.{seq}', { prefix: 'IA', year: 2026 }, 'IAx2026y5')).toBeUndefined();
    expect(sequenceOf(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2026 }, 'IA-2026-00042 copy')).toBeUndefined();
    expect(sequenceOf(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2026 }, 'old IA-2026-00042')).toBeUndefined();
    expect(sequenceOf(DEFAULT_NUMBER_FORMAT, { prefix: 'IA', year: 2026 }, 'IA-2026-')).toBeUndefined();
  });
});

describe('the formats a workshop may choose', () => {
  it('a number is printed, never a path: no slash, backslash or ".."', () => {
    expect(numberFormatProblem('{prefix}/{yyyy}/{seq}')).toBe('invalid_format');
    expect(numberFormatProblem('{prefix}\\{yyyy}-{seq}')).toBe('invalid_format');
    expect(numberFormatProblem('{prefix}..{yyyy}-{seq}')).toBe('invalid_format');
    expect(numberFormatProblem('{prefix}.{yyyy}.{seq}')).toBeUndefined();
  });

  it('letters of any script, digits, spaces, №, #, _ and : are allowed', () => {
    expect(numberFormatProblem('№ {seq:3}/{yyyy}')).toBe('invalid_format');
    expect(numberFormatProblem('№ {seq:3}-{yyyy}')).toBeUndefined();
    expect(numberFormatProblem('Акт #{seq}_{yy}:A')).toBeUndefined();
    expect(numberFormatProblem('{prefix}-{yyyy}-{seq:5}!')).toBe('invalid_format');
    expect(numberFormatProblem('')).toBe('invalid_format');
  });

  it('a width has one digit; an unknown or unclosed token is refused', () => {
    expect(numberFormatProblem('{prefix}-{yyyy}-{seq:12}')).toBe('invalid_format');
    expect(numberFormatProblem('{prefix}-{yyyy}-{seq:}')).toBe('invalid_format');
    expect(numberFormatProblem('{prefix}-{yyyy}-{seq')).toBe('invalid_format');
    expect(numberFormatProblem('{yy}{seq:9}')).toBeUndefined();
  });

  it('a sequence is needed exactly once, and a year in either form', () => {
    expect(numberFormatProblem('{seq}')).toBe('no_year');
    expect(numberFormatProblem('{yy}-{seq}')).toBeUndefined();
    expect(numberFormatProblem('{yyyy}-{seq:3}-{seq:3}')).toBe('no_sequence');
  });
});

describe('formats that could print the same number', () => {
  it('every kind has its own letters', () => {
    const prefixes = Object.values(KIND_PREFIX);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(KIND_PREFIX).toEqual({
      intake_act: 'IA', warranty_certificate: 'WC', void_notice: 'VN', loan_issue_act: 'LI', loan_return_act: 'LR', claim_response: 'CR', period_report: 'PR',
      defect_proposal: 'DP', completion_act: 'CA', condition_act: 'TC', device_label: 'DL', waybill_out: 'WO', waybill_back: 'WB',
      tax_invoice: 'TI', credit_note: 'CN', cash_x_report: 'XR', cash_z_report: 'ZR',
      installation_act: 'IN', commissioning_act: 'CM', route_sheet: 'RS',
    });
  });

  it('a lead that another lead continues with a letter does not clash; with a digit it does', () => {
    expect(clashingKinds({ condition_act: 'IAB-{yyyy}-{seq}' })).toEqual([]);
    expect(clashingKinds({ condition_act: 'IA{yyyy}-{seq}', completion_act: 'IA1{seq}-{yy}' })).toEqual(['completion_act', 'condition_act']);
    expect(clashingKinds({ condition_act: 'X{seq}-{yy}', completion_act: 'X{yyyy}-{seq}' })).toEqual(['completion_act', 'condition_act']);
  });

  it('a format that starts with its sequence, of any width, meets a format whose text goes on with a digit there', () => {
    // 'Q' + a sequence, and 'Q5' + a year: Q51-… could be either.
    expect(clashingKinds({ condition_act: 'Q{seq}-{yy}', completion_act: 'Q5{yyyy}-{seq}' })).toEqual(['completion_act', 'condition_act']);
    expect(clashingKinds({ condition_act: 'Q{seq:3}-{yy}', completion_act: 'Q5{yyyy}-{seq}' })).toEqual(['completion_act', 'condition_act']);
  });

  it('a format whose number starts with no text clashes with another such format', () => {
    expect(clashingKinds({ condition_act: '{seq}-{yy}' })).toEqual([]);
    expect(clashingKinds({ condition_act: '{seq}-{yy}', completion_act: '{yyyy}-{seq}' })).toEqual(['completion_act', 'condition_act']);
  });
});
