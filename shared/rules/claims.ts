/**
 * Consumer claims: the response deadline a demand gets from the rule profile, and the penalty accrued when it is
 * missed. Every number comes from the profile (with its source); nothing here is legal advice.
 */
import { addDays, addDeadlineDays, addMonths, daysBetween, nextWorkingDay, type IsoDate } from './calendar.js';
import { DUE_SOON_DAYS } from './deadlines.js';
import type { EffectiveProfile, RuleKey } from './profiles.js';

export const CLAIM_DEMANDS = ['repair', 'replacement', 'refund', 'price_reduction', 'repair_costs', 'penalty'] as const;
export type ClaimDemand = (typeof CLAIM_DEMANDS)[number];

/** Replacement: at once, after a quality check, or when the goods are not in stock (Russia: 7 / 20 days / 1 month). */
export const REPLACEMENT_CASES = ['in_stock', 'quality_check', 'not_in_stock'] as const;
export type ReplacementCase = (typeof REPLACEMENT_CASES)[number];

export const CLAIM_STATUSES = ['received', 'under_review', 'answered', 'closed', 'withdrawn'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Claims the workshop still owes an answer to: their deadline runs. */
export function claimAwaitsAnswer(status: ClaimStatus): boolean {
  return status === 'received' || status === 'under_review';
}

export interface ClaimFacts {
  receivedOn: IsoDate;
  demand: ClaimDemand;
  replacementCase?: ReplacementCase;
  /** Price of the goods in minor units: the base of the penalty. */
  goodsPrice?: number;
  /** The day the workshop answered (the decision): the deadline stops here. */
  answeredOn?: IsoDate;
}

export interface ClaimDeadline {
  /** Null when the profile sets no number for this demand (e.g. "within a reasonable time"). */
  due: IsoDate | null;
  rule: RuleKey | null;
  /** "10 days" / "1 month": the term as a number and its unit. */
  term?: { amount: number; unit: 'days' | 'working_days' | 'months' };
  source: string;
  confirmed: boolean;
}

/** Which rule of the profile answers a demand. */
export function claimRule(demand: ClaimDemand, replacementCase: ReplacementCase = 'in_stock'): RuleKey {
  switch (demand) {
    case 'repair':
      return 'repairDeadlineDays';
    case 'replacement':
      return replacementCase === 'quality_check' ? 'replacementCheckDays' : replacementCase === 'not_in_stock' ? 'replacementNoStockMonths' : 'replacementDays';
    case 'refund':
    case 'price_reduction':
      return 'refundDays';
    case 'repair_costs':
      return 'repairCostsDays';
    case 'penalty':
      return 'penaltyDemandDays';
  }
}

/**
 * The response deadline of a claim: from the day after the demand (RF Civil Code Art. 191), as many calendar days
 * (working days for a repair where the profile counts so) or calendar months as the profile's rule says; where the
 * profile says so (Russia, Civil Code Art. 193), a term ending on a rest day or holiday ends on the next working day.
 */
export function claimDeadline(claim: ClaimFacts, profile: EffectiveProfile, holidays: readonly IsoDate[] = []): ClaimDeadline {
  const rule = claimRule(claim.demand, claim.replacementCase);
  const value = profile.values[rule] as number | null;
  const { source, confirmed } = profile.sources[rule];
  if (value === null || value === undefined) return { due: null, rule, source, confirmed };
  const calendar = { restDays: profile.values.weeklyRestDays, holidays };
  const onWorkingDay = (date: IsoDate) => (profile.values.termEndsOnWorkingDay ? nextWorkingDay(date, calendar) : date);
  if (rule === 'replacementNoStockMonths') {
    return { due: onWorkingDay(addMonths(claim.receivedOn, value)), rule, term: { amount: value, unit: 'months' }, source, confirmed };
  }
  const counting = rule === 'repairDeadlineDays' ? profile.values.repairDeadlineCounting : 'calendar';
  const due = onWorkingDay(addDeadlineDays(claim.receivedOn, value, counting, calendar));
  return { due, rule, term: { amount: value, unit: counting === 'working' ? 'working_days' : 'days' }, source, confirmed };
}

export type ClaimDeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'answered_on_time' | 'answered_late' | 'no_deadline';

export interface ClaimPenalty {
  /** Days past the deadline, up to the answer (or today while unanswered). */
  overdueDays: number;
  percentPerDay: number;
  /** Penalty per day and in total, minor units, rounded to the minor unit. */
  perDay: number;
  amount: number;
  /** The last day counted: the answer, or today. */
  until: IsoDate;
  source: string;
  confirmed: boolean;
}

export interface ClaimClock {
  deadline: ClaimDeadline;
  state: ClaimDeadlineState;
  /** Days from today to the due date (negative when overdue); absent once answered or without a deadline. */
  daysLeft?: number;
  /** Present where the profile sets a penalty, the price is known and the deadline was missed. */
  penalty?: ClaimPenalty;
}

/**
 * Where a claim stands against its deadline on a day, and the penalty accrued: percent of the price for every day
 * of delay after the due date (Russia: 1%, Art. 23 p.1), until the answer. A demand for the penalty itself accrues
 * none.
 */
export function claimClock(claim: ClaimFacts, profile: EffectiveProfile, today: IsoDate, holidays: readonly IsoDate[] = []): ClaimClock {
  const deadline = claimDeadline(claim, profile, holidays);
  if (!deadline.due) return { deadline, state: 'no_deadline' };
  const until = claim.answeredOn ?? today;
  const overdueDays = Math.max(0, daysBetween(deadline.due, until));
  let state: ClaimDeadlineState;
  let daysLeft: number | undefined;
  if (claim.answeredOn) state = overdueDays > 0 ? 'answered_late' : 'answered_on_time';
  else {
    daysLeft = daysBetween(today, deadline.due);
    state = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'on_time';
  }
  const percent = profile.values.penaltyPercentPerDay;
  const penalty =
    overdueDays > 0 && percent && claim.goodsPrice && claim.demand !== 'penalty'
      ? {
          overdueDays,
          percentPerDay: percent,
          perDay: Math.round((claim.goodsPrice * percent) / 100),
          amount: Math.round((claim.goodsPrice * percent * overdueDays) / 100),
          until,
          ...profile.sources.penaltyPercentPerDay,
        }
      : undefined;
  return { deadline, state, daysLeft, penalty };
}

/** The first day of delay, for the letter ("from … to …"). */
export function penaltyFrom(deadline: ClaimDeadline): IsoDate | undefined {
  return deadline.due ? addDays(deadline.due, 1) : undefined;
}
