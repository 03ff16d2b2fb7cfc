import { describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS, deadlinesRun, legalDeadlines, legalTermEnd } from '../../shared/rules/deadlines.js';
import { effectiveProfile } from '../../shared/rules/profiles.js';
import { ORDER_STATUSES, type OrderStatus } from '../../shared/orders/status.js';

/** The legal deadlines of an open order (DOMAIN.md, "Legal rule profiles"; docs/warranty-rules.md). */
const ru = effectiveProfile('ru');
const il = effectiveProfile('il');
const eu = effectiveProfile('eu');

// Received on Monday 2 March 2026: 45 days end on Thursday 16 April 2026, a working day.
const open: Parameters<typeof legalDeadlines>[0] = { receivedOn: '2026-03-02', status: 'in_repair' as OrderStatus, warrantyBasis: 'manufacturer' };
const repairDeadline = (today: string, order: Partial<typeof open> & Record<string, unknown> = {}, consumer = true, profile = ru) =>
  legalDeadlines({ ...open, ...order }, consumer, profile, [], today).find((d) => d.kind === 'repair');

describe('due soon, overdue, on time', () => {
  it('a deadline exactly 2 days away is due soon; 3 days away it is on time', () => {
    expect(DUE_SOON_DAYS).toBe(2);
    expect(repairDeadline('2026-04-14')).toEqual({ kind: 'repair', due: '2026-04-16', daysLeft: 2, state: 'due_soon' });
    expect(repairDeadline('2026-04-13')).toEqual({ kind: 'repair', due: '2026-04-16', daysLeft: 3, state: 'on_time' });
  });

  it('a deadline due today is due soon, not overdue; the day after it is overdue', () => {
    expect(repairDeadline('2026-04-16')).toMatchObject({ daysLeft: 0, state: 'due_soon' });
    expect(repairDeadline('2026-04-17')).toMatchObject({ daysLeft: -1, state: 'overdue' });
  });
});

describe('which repairs have a legal repair deadline', () => {
  it('a consumer\'s repeat repair gets the 45-day term, as do statutory and manufacturer warranty repairs', () => {
    for (const warrantyBasis of ['repeat_repair', 'statutory', 'manufacturer'] as const) {
      expect(repairDeadline('2026-03-03', { warrantyBasis })?.due, warrantyBasis).toBe('2026-04-16');
    }
  });

  it('goodwill and paid repairs have no legal repair deadline', () => {
    for (const warrantyBasis of ['goodwill', 'paid'] as const) expect(repairDeadline('2026-03-03', { warrantyBasis }), warrantyBasis).toBeUndefined();
  });

  it('a company\'s warranty repair has no legal repair deadline (consumer law protects consumers only)', () => {
    expect(repairDeadline('2026-03-03', {}, false)).toBeUndefined();
  });

  it('a profile without a repair term (EU: "within a reasonable time") shows none', () => {
    expect(legalDeadlines(open, true, eu, [], '2026-03-03')).toEqual([]);
  });
});

describe('while the workshop has the unit', () => {
  it('the repair clock keeps running while the order awaits parts, approval or an external service centre', () => {
    for (const status of ['received', 'diagnosing', 'awaiting_approval', 'awaiting_parts', 'in_repair', 'at_external_service'] as const) {
      expect(deadlinesRun(status), status).toBe(true);
      expect(repairDeadline('2026-04-10', { status }), status).toEqual({ kind: 'repair', due: '2026-04-16', daysLeft: 6, state: 'on_time' });
    }
  });

  it('the clock stops once the unit is ready, handed back, cancelled or found unrepairable', () => {
    const stopped = ORDER_STATUSES.filter((s) => !deadlinesRun(s));
    expect(stopped).toEqual(['ready', 'issued', 'cancelled', 'unrepairable']);
    for (const status of stopped) {
      expect(legalDeadlines({ ...open, status, loanerDemandedOn: '2026-03-02' }, true, ru, [], '2026-03-03'), status).toEqual([]);
    }
  });
});

describe('the loaner deadline (Russia: 3 days from the demand, Art. 20 p.2)', () => {
  const demanded = { ...open, loanerDemandedOn: '2026-03-03' };

  it('runs from the day the consumer demanded a loaner, not from the intake', () => {
    expect(legalDeadlines(demanded, true, ru, [], '2026-03-03').find((d) => d.kind === 'loaner')).toEqual({ kind: 'loaner', due: '2026-03-06', daysLeft: 3, state: 'on_time' });
  });

  it('stops once a loaner is issued', () => {
    expect(legalDeadlines({ ...demanded, loanerIssued: true }, true, ru, [], '2026-03-03').map((d) => d.kind)).toEqual(['repair']);
  });

  it('does not run without a demand, nor where the profile sets no loaner term', () => {
    expect(legalDeadlines(open, true, ru, [], '2026-03-03').map((d) => d.kind)).toEqual(['repair']);
    expect(legalDeadlines(demanded, true, il, [], '2026-03-03').map((d) => d.kind)).toEqual(['repair']);
  });

  it('does not run for a company: consumer law protects consumers only', () => {
    expect(legalDeadlines(demanded, false, ru, [], '2026-03-03')).toEqual([]);
  });
});

describe('the end of a legal term', () => {
  it('counts calendar days and, in Russia, moves an end on a rest day to the next working day (Civil Code Art. 193)', () => {
    // Thursday 5 March 2026 + 3 days = Sunday 8 March → Monday 9 March.
    expect(legalTermEnd('2026-03-05', 3, 'calendar', ru, [])).toBe('2026-03-09');
    expect(legalTermEnd('2026-03-05', 3, 'calendar', effectiveProfile('ru', { termEndsOnWorkingDay: false }), [])).toBe('2026-03-08');
  });

  it('counts working days without the profile\'s rest days and the workshop\'s holidays (Israel)', () => {
    // Wednesday 1 April 2026 + 3 working days, Thursday 2 April a holiday, Saturday 4 April Shabbat: Fri 3, Sun 5, Mon 6.
    expect(legalTermEnd('2026-04-01', 3, 'working', il, ['2026-04-02'])).toBe('2026-04-06');
    expect(legalTermEnd('2026-04-01', 3, 'working', il, [])).toBe('2026-04-05');
  });
});
