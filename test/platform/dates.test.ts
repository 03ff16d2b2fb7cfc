import { describe, expect, it } from 'vitest';
import { type DatePattern, datePatternFor, formatIsoDate, isIsoDate, readTypedDate } from '../../shared/platform/dates.js';

const finished = (text: string, pattern: DatePattern = 'dd.mm.yyyy') => readTypedDate(text, pattern, true);
const typing = (text: string, pattern: DatePattern = 'dd.mm.yyyy') => readTypedDate(text, pattern, false);

describe('dates as people type and read them', () => {
  it('Russian and Hebrew read dd.mm.yyyy whatever the workshop chose for English; English reads its choice', () => {
    expect(datePatternFor('ru', 'mm/dd/yyyy')).toBe('dd.mm.yyyy');
    expect(datePatternFor('he', 'yyyy-mm-dd')).toBe('dd.mm.yyyy');
    expect(datePatternFor('en', 'mm/dd/yyyy')).toBe('mm/dd/yyyy');
    expect(formatIsoDate('2025-03-01', 'dd.mm.yyyy')).toBe('01.03.2025');
    expect(formatIsoDate('2025-03-01', 'dd/mm/yyyy')).toBe('01/03/2025');
    expect(formatIsoDate('2025-03-01', 'mm/dd/yyyy')).toBe('03/01/2025');
    expect(formatIsoDate('2025-03-01', 'yyyy-mm-dd')).toBe('2025-03-01');
  });

  it('takes a day typed with any separator, with or without leading zeros, or as eight digits', () => {
    for (const text of ['1.3.2025', '01.03.2025', '01/03/2025', '1-3-2025', '1 3 2025', ' 1,3,2025 ', '01032025']) {
      expect(typing(text), text).toEqual({ kind: 'date', iso: '2025-03-01' });
    }
    // The English orders read the same digits in their own order.
    expect(typing('3/1/2025', 'mm/dd/yyyy')).toEqual({ kind: 'date', iso: '2025-03-01' });
    expect(typing('2025/3/1', 'yyyy-mm-dd')).toEqual({ kind: 'date', iso: '2025-03-01' });
    // An ISO date pasted from elsewhere is taken in any order.
    expect(typing('2025-03-01', 'mm/dd/yyyy')).toEqual({ kind: 'date', iso: '2025-03-01' });
  });

  it('two-digit years and six digits count once the clerk leaves the field, not while the year is being typed', () => {
    expect(typing('1.3.20')).toEqual({ kind: 'incomplete' });
    expect(typing('010325')).toEqual({ kind: 'incomplete' });
    expect(finished('1.3.25')).toEqual({ kind: 'date', iso: '2025-03-01' });
    expect(finished('010325')).toEqual({ kind: 'date', iso: '2025-03-01' });
    // A purchase in the last century: 70-99 are 19xx.
    expect(finished('15.08.98')).toEqual({ kind: 'date', iso: '1998-08-15' });
    expect(finished('031525', 'mm/dd/yyyy')).toEqual({ kind: 'date', iso: '2025-03-15' });
  });

  it('keeps a start as incomplete while typing and calls it no date once the clerk leaves it', () => {
    for (const text of ['1', '1.', '1.3', '1.3.', '1.3.2', '1.3.202', '0103']) {
      expect(typing(text), text).toEqual({ kind: 'incomplete' });
      expect(finished(text), text).toEqual({ kind: 'invalid' });
    }
    expect(typing('')).toEqual({ kind: 'empty' });
    expect(finished('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses impossible days at once: 31 February, a 13th month, 29 February of a common year, letters', () => {
    for (const text of ['31.02.2025', '31.02', '1.13', '32', '00.03.2025', '29.02.2025', '31.04.2025', '1.3.2025.4', 'завтра', '1.3.0025']) {
      expect(typing(text), text).toEqual({ kind: 'invalid' });
    }
    expect(typing('29.02.2024')).toEqual({ kind: 'date', iso: '2024-02-29' });
    // In the US order 13/01 is the 13th month.
    expect(typing('13/01/2025', 'mm/dd/yyyy')).toEqual({ kind: 'invalid' });
  });

  it('an ISO date is a calendar date, not just its shape', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('01.03.2025')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
