import { describe, expect, it } from 'vitest';
import { claimClock, claimDeadline } from '../../shared/claims/claims.js';
import { effectiveProfile } from '../../shared/rules/profiles.js';

const ru = effectiveProfile('ru');
const received = '2026-03-01';

describe('response deadlines of consumer claims, Russia (Law 2300-1)', () => {
  it('gives a refund, a price reduction and a repair-costs demand 10 days (Art. 22)', () => {
    for (const demand of ['refund', 'price_reduction', 'repair_costs'] as const) {
      const deadline = claimDeadline({ receivedOn: received, demand }, ru);
      expect(deadline.due).toBe('2026-03-11');
      expect(deadline.term).toEqual({ amount: 10, unit: 'days' });
      expect(deadline.source).toContain('Art. 22');
      expect(deadline.confirmed).toBe(true);
    }
  });

  it('gives a replacement 7 days, 20 with a quality check, 1 month when not in stock (Art. 21)', () => {
    // 7 days end on Sunday 8 March, 20 days on Saturday 21 March: the terms end on the next working day (Civil Code Art. 193).
    expect(claimDeadline({ receivedOn: received, demand: 'replacement', replacementCase: 'in_stock' }, ru).due).toBe('2026-03-09');
    expect(claimDeadline({ receivedOn: received, demand: 'replacement', replacementCase: 'quality_check' }, ru).due).toBe('2026-03-23');
    const month = claimDeadline({ receivedOn: received, demand: 'replacement', replacementCase: 'not_in_stock' }, ru);
    expect(month).toMatchObject({ due: '2026-04-01', term: { amount: 1, unit: 'months' } });
    expect(month.source).toContain('Art. 21');
    // A month from 31 January ends on the last day of February (Civil Code Art. 192): Saturday 28 February, so Monday 2 March.
    expect(claimDeadline({ receivedOn: '2026-01-31', demand: 'replacement', replacementCase: 'not_in_stock' }, ru).due).toBe('2026-03-02');
    const calendarOnly = effectiveProfile('ru', { termEndsOnWorkingDay: false });
    expect(claimDeadline({ receivedOn: '2026-01-31', demand: 'replacement', replacementCase: 'not_in_stock' }, calendarOnly).due).toBe('2026-02-28');
  });

  it('moves a term ending on a rest day or a holiday the workshop keeps to the next working day (Civil Code Art. 193)', () => {
    // 8 March 2026 is a Sunday; the holiday moves to Monday 9 March: the replacement is due on Tuesday 10 March.
    const deadline = claimDeadline({ receivedOn: received, demand: 'replacement' }, ru, ['2026-03-08', '2026-03-09']);
    expect(deadline).toMatchObject({ due: '2026-03-10', term: { amount: 7, unit: 'days' } });
    // A month from 2 April ends on Saturday 2 May; 4 May is Monday but a holiday the workshop keeps here too.
    expect(claimDeadline({ receivedOn: '2026-04-02', demand: 'replacement', replacementCase: 'not_in_stock' }, ru, ['2026-05-04']).due).toBe('2026-05-05');
    // The penalty runs from the day after the moved due date.
    expect(claimClock({ receivedOn: received, demand: 'replacement', goodsPrice: 100_000 }, ru, '2026-03-09').penalty).toBeUndefined();
    expect(claimClock({ receivedOn: received, demand: 'replacement', goodsPrice: 100_000 }, ru, '2026-03-10').penalty).toMatchObject({ overdueDays: 1 });
    // A profile without the rule keeps the calendar date.
    expect(claimDeadline({ receivedOn: received, demand: 'replacement' }, effectiveProfile('ru', { termEndsOnWorkingDay: false })).due).toBe('2026-03-08');
    expect(ru.sources.termEndsOnWorkingDay.source).toContain('Civil Code Art. 193');
  });

  it('gives a repair at most 45 days (Art. 20) and marks the penalty-demand term as unconfirmed', () => {
    expect(claimDeadline({ receivedOn: received, demand: 'repair' }, ru).due).toBe('2026-04-15');
    const penalty = claimDeadline({ receivedOn: received, demand: 'penalty' }, ru);
    expect(penalty).toMatchObject({ due: '2026-03-11', confirmed: false });
  });
});

describe('the penalty for a missed deadline, Russia (1% of the price a day, Art. 23)', () => {
  const refund = { receivedOn: received, demand: 'refund' as const, goodsPrice: 5_000_000 };

  it('accrues nothing up to the due date itself', () => {
    expect(claimClock(refund, ru, '2026-03-09')).toMatchObject({ state: 'due_soon', daysLeft: 2, penalty: undefined });
    expect(claimClock(refund, ru, '2026-03-11')).toMatchObject({ state: 'due_soon', daysLeft: 0, penalty: undefined });
    expect(claimClock(refund, ru, '2026-03-05')).toMatchObject({ state: 'on_time', daysLeft: 6 });
  });

  it('accrues 1% of the price for every day after it while the claim is unanswered', () => {
    // 50,000.00 a unit, 4 days late (12-15 March): 500.00 a day, 2,000.00 in all.
    const clock = claimClock(refund, ru, '2026-03-15');
    expect(clock.state).toBe('overdue');
    expect(clock.daysLeft).toBe(-4);
    expect(clock.penalty).toMatchObject({ overdueDays: 4, percentPerDay: 1, perDay: 50_000, amount: 200_000, until: '2026-03-15' });
    expect(clock.penalty!.source).toContain('Art. 23');
  });

  it('runs past an accepted answer until the demand is satisfied, and stops there', () => {
    const accepted = { ...refund, answeredOn: '2026-03-13', outcome: 'accepted' as const };
    // Answered 2 days late, refund still unpaid on 1 April: 12 March - 1 April, 21 days, still running.
    expect(claimClock(accepted, ru, '2026-04-01')).toMatchObject({ state: 'answered_late', penalty: { overdueDays: 21, amount: 1_050_000, until: '2026-04-01', running: true } });
    // Paid on 16 March: 5 days, whenever it is looked at.
    expect(claimClock({ ...accepted, fulfilledOn: '2026-03-16' }, ru, '2026-06-01').penalty).toMatchObject({ overdueDays: 5, amount: 250_000, until: '2026-03-16', running: false });
    expect(claimClock({ ...refund, answeredOn: '2026-03-10', outcome: 'accepted', fulfilledOn: '2026-03-10' }, ru, '2026-06-01')).toMatchObject({ state: 'answered_on_time', penalty: undefined });
  });

  it('grants no penalty on a rejected claim; a withdrawn claim stops the clock on the day of withdrawal', () => {
    expect(claimClock({ ...refund, answeredOn: '2026-03-13', outcome: 'rejected' }, ru, '2026-06-01')).toMatchObject({ state: 'answered_late', penalty: undefined });
    expect(claimClock({ ...refund, answeredOn: '2026-03-13' }, ru, '2026-06-01').penalty).toMatchObject({ overdueDays: 2, running: false });
  });

  it('accrues none without a price, and none on a demand for the penalty itself', () => {
    expect(claimClock({ receivedOn: received, demand: 'refund' }, ru, '2026-03-15')).toMatchObject({ state: 'overdue', penalty: undefined });
    expect(claimClock({ receivedOn: received, demand: 'penalty', goodsPrice: 5_000_000 }, ru, '2026-03-15').penalty).toBeUndefined();
  });

  it('uses the workshop override and says so', () => {
    const half = effectiveProfile('ru', { penaltyPercentPerDay: 0.5 });
    const clock = claimClock({ ...refund, goodsPrice: 1_999_99 }, half, '2026-03-14');
    // 1,999.99 × 0.5% = 10.00 a day (999.995 minor units rounded), 3 days = 29.99 (2999.985 rounded).
    expect(clock.penalty).toMatchObject({ overdueDays: 3, perDay: 1000, amount: 3000 });
    expect(clock.penalty!.source).toContain('set by the workshop');
  });
});

describe('other profiles', () => {
  it('Israel sets no claim term: no deadline and no penalty; repairs count working days without Shabbat and holidays', () => {
    const il = effectiveProfile('il');
    expect(claimClock({ receivedOn: received, demand: 'refund', goodsPrice: 100_000 }, il, '2026-06-01')).toMatchObject({
      state: 'no_deadline',
      deadline: { due: null, rule: 'refundDays' },
    });
    // 1 March 2026 is a Sunday; 10 working days without Saturdays end on Thursday 12 March, on 13 March with a holiday on the 3rd.
    expect(claimDeadline({ receivedOn: received, demand: 'repair' }, il).due).toBe('2026-03-12');
    expect(claimDeadline({ receivedOn: received, demand: 'repair' }, il, ['2026-03-03'])).toMatchObject({
      due: '2026-03-13',
      term: { amount: 10, unit: 'working_days' },
    });
  });

  it('the UK refund term (s.20): 14 days from the trader agreeing, not from the claim; no penalty', () => {
    const uk = effectiveProfile('uk');
    const claim = { receivedOn: received, demand: 'refund' as const, goodsPrice: 100_000 };
    // Not yet agreed: no due date, whatever the day, and the source says why.
    const waiting = claimClock(claim, uk, '2026-03-20');
    expect(waiting).toMatchObject({ state: 'no_deadline', deadline: { due: null, from: 'agreement', term: { amount: 14, unit: 'days' } } });
    expect(waiting.penalty).toBeUndefined();
    expect(waiting.deadline.source).toContain('s.20(15)');
    // Agreed on 10 March: the refund is due on 24 March; it is met by paying, not by the answer.
    const agreed = { ...claim, outcome: 'accepted' as const, answeredOn: '2026-03-10' };
    expect(claimClock(agreed, uk, '2026-03-20')).toMatchObject({ state: 'on_time', daysLeft: 4, deadline: { due: '2026-03-24' }, penalty: undefined });
    expect(claimClock(agreed, uk, '2026-03-26')).toMatchObject({ state: 'overdue', daysLeft: -2 });
    expect(claimClock({ ...agreed, fulfilledOn: '2026-03-23' }, uk, '2026-04-30')).toMatchObject({ state: 'answered_on_time' });
    // A rejection agrees to nothing: no term runs.
    expect(claimClock({ ...claim, outcome: 'rejected', answeredOn: '2026-03-10' }, uk, '2026-04-30').deadline.due).toBeNull();
    expect(claimDeadline({ receivedOn: received, demand: 'repair_costs', outcome: 'accepted', answeredOn: '2026-03-01' }, uk)).toMatchObject({ due: '2026-03-15', confirmed: false });
  });

  it('the EU directive sets no number: a reasonable time', () => {
    const eu = effectiveProfile('eu');
    expect(claimDeadline({ receivedOn: received, demand: 'replacement' }, eu)).toMatchObject({ due: null, rule: 'replacementDays' });
  });
});
