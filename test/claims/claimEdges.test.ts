import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, claimAwaitsAnswer, claimClock, claimDeadline, claimRule, claimTerms, penaltyFrom } from '../../shared/claims/claims.js';
import { effectiveProfile } from '../../shared/rules/profiles.js';

/** The edges of the consumer-claim rules: the due day itself, who the terms protect, and where a term starts. */
const ru = effectiveProfile('ru');
const uk = effectiveProfile('uk');
// Monday 2 March 2026: a refund is due 10 days later, on Thursday 12 March.
const refund = { receivedOn: '2026-03-02', demand: 'refund' as const, goodsPrice: 1_000_000 };

describe('answering a claim in time', () => {
  it('a claim answered on its due day is on time, and accrues no penalty', () => {
    const clock = claimClock({ ...refund, answeredOn: '2026-03-12', outcome: 'accepted', fulfilledOn: '2026-03-12' }, ru, '2026-04-01');
    expect(clock).toMatchObject({ state: 'answered_on_time', deadline: { due: '2026-03-12' } });
    expect(clock.daysLeft).toBeUndefined();
    expect(clock.penalty).toBeUndefined();
  });

  it('a claim answered the day after its due day is late', () => {
    expect(claimClock({ ...refund, answeredOn: '2026-03-13', outcome: 'rejected' }, ru, '2026-04-01').state).toBe('answered_late');
  });

  it('an unanswered claim exactly 2 days before its due day is due soon, 3 days before it is on time', () => {
    expect(claimClock(refund, ru, '2026-03-10')).toMatchObject({ state: 'due_soon', daysLeft: 2 });
    expect(claimClock(refund, ru, '2026-03-09')).toMatchObject({ state: 'on_time', daysLeft: 3 });
  });

  it('the penalty runs from the day after the due day', () => {
    const deadline = claimDeadline(refund, ru);
    expect(penaltyFrom(deadline)).toBe('2026-03-13');
    expect(penaltyFrom(claimDeadline(refund, effectiveProfile('eu')))).toBeUndefined();
    // 10,000.00 at 1% a day: 100.00 a day; on 14 March two days are late.
    expect(claimClock(refund, ru, '2026-03-14').penalty).toEqual({
      overdueDays: 2,
      percentPerDay: 1,
      perDay: 10_000,
      amount: 20_000,
      until: '2026-03-14',
      running: true,
      source: ru.sources.penaltyPercentPerDay.source,
      cites: [{ key: 'ru.penaltyPercentPerDay' }],
      confirmed: true,
    });
  });

  it('an accepted demand satisfied late stops the penalty on the day it was satisfied', () => {
    const clock = claimClock({ ...refund, answeredOn: '2026-03-10', outcome: 'partly_accepted', fulfilledOn: '2026-03-15' }, ru, '2026-05-01');
    expect(clock.state).toBe('answered_on_time');
    expect(clock.penalty).toMatchObject({ overdueDays: 3, until: '2026-03-15', running: false, amount: 30_000 });
  });

  it('the terms stored on a claim at registration are used as they are, whatever the profile says now', () => {
    const stored = claimTerms(refund, effectiveProfile('ru', { refundDays: 20, penaltyPercentPerDay: 2 }));
    expect(stored.deadline.due).toBe('2026-03-23');
    expect(stored.penaltyRate).toMatchObject({ percentPerDay: 2, confirmed: true });
    const clock = claimClock(refund, stored, '2026-03-25');
    expect(clock.penalty).toMatchObject({ overdueDays: 2, percentPerDay: 2, perDay: 20_000, amount: 40_000 });
  });
});

describe('who the claim terms protect', () => {
  it('a company\'s claim gets no consumer term and no penalty, and says why', () => {
    const terms = claimTerms(refund, ru, [], false);
    expect(terms.penaltyRate).toBeNull();
    expect(terms.deadline).toEqual({ due: null, rule: 'refundDays', source: ru.sources.consumersOnly.source, cites: [{ key: 'ru.consumersOnly' }], confirmed: true, company: true });
    expect(claimClock(refund, terms, '2026-06-01')).toMatchObject({ state: 'no_deadline' });
  });

  it('where the workshop extends the terms to companies, a company\'s claim gets them', () => {
    const everyone = effectiveProfile('ru', { consumersOnly: false });
    expect(claimTerms(refund, everyone, [], false).deadline).toMatchObject({ due: '2026-03-12', rule: 'refundDays' });
  });

  it('a profile without a penalty gives the claim no penalty rate', () => {
    expect(claimTerms(refund, effectiveProfile('ru', { penaltyPercentPerDay: null })).penaltyRate).toBeNull();
    expect(claimClock(refund, effectiveProfile('ru', { penaltyPercentPerDay: null }), '2026-04-01').penalty).toBeUndefined();
  });

  it('the workshop still owes an answer to a received claim and one under review, not to one answered, closed or withdrawn', () => {
    expect(CLAIM_STATUSES.filter(claimAwaitsAnswer)).toEqual(['received', 'under_review']);
  });
});

describe('which rule answers a demand', () => {
  it('names the rule of every demand and replacement case', () => {
    expect(claimRule('repair')).toBe('repairDeadlineDays');
    expect(claimRule('replacement')).toBe('replacementDays');
    expect(claimRule('replacement', 'in_stock')).toBe('replacementDays');
    expect(claimRule('replacement', 'quality_check')).toBe('replacementCheckDays');
    expect(claimRule('replacement', 'not_in_stock')).toBe('replacementNoStockMonths');
    expect(claimRule('refund')).toBe('refundDays');
    expect(claimRule('price_reduction')).toBe('refundDays');
    expect(claimRule('repair_costs')).toBe('repairCostsDays');
    expect(claimRule('penalty')).toBe('penaltyDemandDays');
  });

  it('a repair claim counts calendar days in Russia, working days where the profile counts so', () => {
    expect(claimDeadline({ receivedOn: '2026-03-02', demand: 'repair' }, ru)).toMatchObject({ due: '2026-04-16', term: { amount: 45, unit: 'days' } });
    const working = effectiveProfile('ru', { repairDeadlineCounting: 'working', repairDeadlineDays: 5, termEndsOnWorkingDay: false });
    // Monday 2 March + 5 working days (Saturday and Sunday are rest days): Monday 9 March.
    expect(claimDeadline({ receivedOn: '2026-03-02', demand: 'repair' }, working)).toMatchObject({ due: '2026-03-09', term: { amount: 5, unit: 'working_days' } });
    // Only the repair term counts working days: a refund stays in calendar days.
    expect(claimDeadline(refund, working).due).toBe('2026-03-12');
  });
});

describe('the UK terms from the trader agreeing (CRA s.20)', () => {
  it('the UK repair-costs term counts from the agreement, not from the claim', () => {
    const claim = { receivedOn: '2026-03-02', demand: 'repair_costs' as const, outcome: 'accepted' as const, answeredOn: '2026-03-10' };
    expect(claimDeadline(claim, uk)).toMatchObject({ due: '2026-03-24', rule: 'repairCostsDays', from: 'agreement', term: { amount: 14, unit: 'days' } });
  });

  it('a partial acceptance is an agreement too; before any agreement there is no due date', () => {
    const claim = { receivedOn: '2026-03-02', demand: 'refund' as const };
    expect(claimDeadline({ ...claim, outcome: 'partly_accepted', answeredOn: '2026-03-05' }, uk).due).toBe('2026-03-19');
    expect(claimDeadline({ ...claim, answeredOn: '2026-03-05' }, uk).due).toBeNull();
  });

  it('a refund agreed in time but paid after its term is late: the term is met by paying', () => {
    const agreed = { receivedOn: '2026-03-02', demand: 'refund' as const, outcome: 'accepted' as const, answeredOn: '2026-03-05' };
    expect(claimClock({ ...agreed, fulfilledOn: '2026-03-20' }, uk, '2026-04-01').state).toBe('answered_late');
    expect(claimClock({ ...agreed, fulfilledOn: '2026-03-19' }, uk, '2026-04-01').state).toBe('answered_on_time');
  });

  it('a term from the agreement that ends on a rest day moves to the next working day where the profile says so', () => {
    // Agreed on Sunday 1 March 2026: 14 days end on Sunday 15 March.
    const agreed = { receivedOn: '2026-02-20', demand: 'refund' as const, outcome: 'accepted' as const, answeredOn: '2026-03-01' };
    expect(claimDeadline(agreed, uk).due).toBe('2026-03-15');
    expect(claimDeadline(agreed, effectiveProfile('uk', { termEndsOnWorkingDay: true })).due).toBe('2026-03-16');
  });

  it('the terms of other demands still run from the claim in the UK', () => {
    const replacement = effectiveProfile('uk', { replacementDays: 7 });
    expect(claimDeadline({ receivedOn: '2026-03-02', demand: 'replacement' }, replacement)).toMatchObject({ due: '2026-03-09', term: { amount: 7, unit: 'days' } });
    expect(claimDeadline({ receivedOn: '2026-03-02', demand: 'replacement' }, replacement).from).toBeUndefined();
  });
});
