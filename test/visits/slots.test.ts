import { describe, expect, it } from 'vitest';
import { addMinutes, conflictsOf, isLocalTime, snapMinutes, weekStart } from '../../shared/visits/slots.js';
import { contractCover, contractState, contractYearStart, renewalPeriod, scheduleDays } from '../../shared/contracts/schedule.js';

const slot = (id: string, start: string, end: string, travelMinutes = 0, technicianIds = ['T1']) => ({ id, start, end, travelMinutes, technicianIds });

describe('visit times on the workshop clock', () => {
  it('knows a real minute from a wrong one, and counts minutes across midnight', () => {
    expect(isLocalTime('2026-03-10T09:30')).toBe(true);
    expect(['2026-02-30T09:00', '2026-03-10T24:00', '2026-03-10 09:00', '2026-03-10T9:00'].map(isLocalTime)).toEqual([false, false, false, false]);
    expect(addMinutes('2026-03-10T23:30', 45)).toBe('2026-03-11T00:15');
    expect(snapMinutes(7 * 60 + 53)).toBe(8 * 60);
    expect(weekStart('2026-03-12')).toBe('2026-03-09');
    expect(weekStart('2026-03-12', 0)).toBe('2026-03-08');
  });
});

describe('conflicts of a technician', () => {
  it('two visits at once, a long one overlapping a later one, a drive that does not fit; other technicians and other days apart', () => {
    const conflicts = conflictsOf([
      slot('A', '2026-03-10T09:00', '2026-03-10T12:00'),
      slot('B', '2026-03-10T10:00', '2026-03-10T10:30'),
      slot('C', '2026-03-10T11:00', '2026-03-10T11:30'),
      slot('D', '2026-03-10T12:10', '2026-03-10T13:00', 30),
      slot('E', '2026-03-10T09:00', '2026-03-10T10:00', 0, ['T2']),
      slot('F', '2026-03-11T07:00', '2026-03-11T08:00', 60),
    ]);
    expect(conflicts).toEqual([
      { technicianId: 'T1', kind: 'overlap', firstId: 'A', secondId: 'B', minutes: 30 },
      { technicianId: 'T1', kind: 'overlap', firstId: 'A', secondId: 'C', minutes: 30 },
      { technicianId: 'T1', kind: 'travel', firstId: 'A', secondId: 'D', minutes: 20 },
    ]);
  });
});

describe('a contract schedule', () => {
  const contract = { startsOn: '2026-01-31', endsOn: '2027-01-30', everyMonths: 1 };
  it('every N calendar months from the start, a short month holding the end of month, within the period', () => {
    expect(scheduleDays(contract).slice(0, 4)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(scheduleDays(contract)).toHaveLength(12);
    expect(scheduleDays({ ...contract, everyMonths: 3 }, '2026-03-01', '2026-12-31')).toEqual(['2026-04-30', '2026-07-31', '2026-10-31']);
    expect(scheduleDays({ startsOn: '2026-01-01', endsOn: '2036-01-01', everyMonths: 1 })).toHaveLength(61);
  });
  it('states, contract years, cover and renewal', () => {
    expect(['2026-01-30', '2026-06-01', '2027-01-01', '2027-02-01'].map((d) => contractState(contract, d))).toEqual(['upcoming', 'active', 'expiring', 'ended']);
    expect(contractYearStart('2026-01-31', '2027-02-15')).toBe('2027-01-31');
    const terms = { startsOn: '2026-01-01', endsOn: '2026-12-31', includes: { labour: true, parts: false, visitsPerYear: 2 } };
    expect([contractCover(terms, '2026-05-01', 0), contractCover(terms, '2026-05-01', 2), contractCover(terms, '2027-01-02', 0)]).toEqual([
      { labour: true, parts: false },
      { labour: false, parts: false },
      { labour: false, parts: false },
    ]);
    expect(renewalPeriod(terms)).toEqual({ startsOn: '2027-01-01', endsOn: '2027-12-31' });
    expect(renewalPeriod(terms, 6)).toEqual({ startsOn: '2027-01-01', endsOn: '2027-06-30' });
  });
});
