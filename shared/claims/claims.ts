/**
 * Consumer claims: the response deadline a demand gets from the rule profile, and the penalty accrued when it is
 * missed. Every number comes from the profile (with its source); nothing here is legal advice.
 */
import { addDays, addDeadlineDays, addMonths, daysBetween, nextWorkingDay, type IsoDate } from '../rules/index.js';
import { DUE_SOON_DAYS } from '../rules/index.js';
import type { EffectiveProfile, RuleKey, RuleSource } from '../rules/index.js';

/** A source as a claim keeps it: its catalogue key (and the preset's, for a workshop's value), for every language. */
export type ClaimCite = Pick<RuleSource, 'key' | 'preset'>;
const cite = ({ key, preset }: RuleSource): ClaimCite => (preset ? { key, preset } : { key });

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
  /** The day the workshop answered (the decision) or the consumer withdrew the claim: the deadline stops here. */
  answeredOn?: IsoDate;
  /** The decision, when there is one: a rejection grants no penalty. */
  outcome?: 'accepted' | 'partly_accepted' | 'rejected';
  /** The day the accepted demand was satisfied (refund paid, goods replaced, repair done): the penalty stops here. */
  fulfilledOn?: IsoDate;
}

export interface ClaimDeadline {
  /** Null when the profile sets no number for this demand (e.g. "within a reasonable time"). */
  due: IsoDate | null;
  rule: RuleKey | null;
  /** "10 days" / "1 month": the term as a number and its unit. */
  term?: { amount: number; unit: 'days' | 'working_days' | 'months' };
  /** The citation in English, as the API and the stored claim quote it. */
  source: string;
  /** The same citation by catalogue keys, read in the reader's language (citeText). */
  cites: ClaimCite[];
  confirmed: boolean;
  /** The term runs from the trader agreeing to the demand (UK CRA s.20), not from the claim: no due date before that. */
  from?: 'agreement';
  /** The claimant is a company: consumer terms and the penalty do not apply. */
  company?: true;
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
 * Where the refund term runs from the trader agreeing (UK CRA s.20(15)), it starts at an accepted decision and has no
 * due date before it.
 */
export function claimDeadline(claim: Pick<ClaimFacts, 'receivedOn' | 'demand' | 'replacementCase' | 'outcome' | 'answeredOn'>, profile: EffectiveProfile, holidays: readonly IsoDate[] = []): ClaimDeadline {
  const rule = claimRule(claim.demand, claim.replacementCase);
  const value = profile.values[rule] as number | null;
  const { source, confirmed } = profile.sources[rule];
  const cites = [cite(profile.sources[rule])];
  if (value === null || value === undefined) return { due: null, rule, source, cites, confirmed };
  const calendar = { restDays: profile.values.weeklyRestDays, holidays };
  const onWorkingDay = (date: IsoDate) => (profile.values.termEndsOnWorkingDay ? nextWorkingDay(date, calendar) : date);
  if (profile.values.refundTermFromAgreement && (rule === 'refundDays' || rule === 'repairCostsDays')) {
    const agreedOn = claim.outcome === 'accepted' || claim.outcome === 'partly_accepted' ? claim.answeredOn : undefined;
    const term = { amount: value, unit: 'days' as const };
    const agreement = profile.sources.refundTermFromAgreement;
    const from = { from: 'agreement' as const, source: `${source}; ${agreement.source}`, cites: [...cites, cite(agreement)], confirmed };
    return { due: agreedOn ? onWorkingDay(addDays(agreedOn, value)) : null, rule, term, ...from };
  }
  if (rule === 'replacementNoStockMonths') {
    return { due: onWorkingDay(addMonths(claim.receivedOn, value)), rule, term: { amount: value, unit: 'months' }, source, cites, confirmed };
  }
  const counting = rule === 'repairDeadlineDays' ? profile.values.repairDeadlineCounting : 'calendar';
  const due = onWorkingDay(addDeadlineDays(claim.receivedOn, value, counting, calendar));
  return { due, rule, term: { amount: value, unit: counting === 'working' ? 'working_days' : 'days' }, source, cites, confirmed };
}

/** The penalty rate a claim was registered under, with its source; null where the profile sets none. */
export interface ClaimPenaltyRate {
  percentPerDay: number;
  source: string;
  cites: ClaimCite[];
  confirmed: boolean;
}

/** The terms fixed at registration and stored on the claim: its deadline and the penalty rate, each with its source. */
export interface ClaimTerms {
  deadline: ClaimDeadline;
  penaltyRate: ClaimPenaltyRate | null;
}

/** The terms a claim gets under a profile on registration (re-derived only when its own dates or demand change). */
export function claimTerms(
  claim: Pick<ClaimFacts, 'receivedOn' | 'demand' | 'replacementCase' | 'outcome' | 'answeredOn'>,
  profile: EffectiveProfile,
  holidays: readonly IsoDate[] = [],
  consumer = true,
): ClaimTerms {
  if (!consumer && profile.values.consumersOnly) {
    const { source, confirmed } = profile.sources.consumersOnly;
    const deadline = { due: null, rule: claimRule(claim.demand, claim.replacementCase), source, cites: [cite(profile.sources.consumersOnly)], confirmed, company: true as const };
    return { deadline, penaltyRate: null };
  }
  const percent = profile.values.penaltyPercentPerDay;
  return {
    deadline: claimDeadline(claim, profile, holidays),
    penaltyRate: percent ? { percentPerDay: percent, source: profile.sources.penaltyPercentPerDay.source, cites: [cite(profile.sources.penaltyPercentPerDay)], confirmed: profile.sources.penaltyPercentPerDay.confirmed } : null,
  };
}

export type ClaimDeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'answered_on_time' | 'answered_late' | 'no_deadline';

export interface ClaimPenalty {
  /** Days past the deadline, up to the day the demand was satisfied (or today while it is not). */
  overdueDays: number;
  percentPerDay: number;
  /** Penalty per day and in total, minor units, rounded to the minor unit. */
  perDay: number;
  amount: number;
  /** The last day counted: the day the demand was satisfied (or the claim withdrawn), or today. */
  until: IsoDate;
  /** True while the demand is not satisfied: the penalty keeps growing. */
  running: boolean;
  source: string;
  /** By catalogue keys; absent on a claim stored before sources carried them. */
  cites?: ClaimCite[];
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
 * of delay after the due date (Russia: 1%, Art. 23 p.1) until the demand is satisfied — not the day of the answer:
 * an accepted demand not yet satisfied keeps accruing. A rejected claim and a demand for the penalty itself accrue
 * none. `terms` are the ones stored on the claim, or a profile to derive them from.
 */
export function claimClock(claim: ClaimFacts, terms: EffectiveProfile | ClaimTerms, today: IsoDate, holidays: readonly IsoDate[] = []): ClaimClock {
  const { deadline, penaltyRate } = 'values' in terms ? claimTerms(claim, terms, holidays) : terms;
  if (!deadline.due) return { deadline, state: 'no_deadline' };
  let state: ClaimDeadlineState;
  let daysLeft: number | undefined;
  // A term from the agreement is a term to pay: it is met by satisfying the demand, not by the answer.
  const metOn = deadline.from === 'agreement' ? claim.fulfilledOn : claim.answeredOn;
  if (metOn) state = daysBetween(deadline.due, metOn) > 0 ? 'answered_late' : 'answered_on_time';
  else {
    daysLeft = daysBetween(today, deadline.due);
    state = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'on_time';
  }
  // Withdrawn (answered without an outcome): the clock stops on that day; accepted: when the demand is satisfied.
  const stoppedOn = claim.outcome ? claim.fulfilledOn : claim.answeredOn;
  const until = stoppedOn ?? today;
  const overdueDays = Math.max(0, daysBetween(deadline.due, until));
  const penalty =
    overdueDays > 0 && penaltyRate && claim.goodsPrice && claim.demand !== 'penalty' && claim.outcome !== 'rejected'
      ? {
          overdueDays,
          percentPerDay: penaltyRate.percentPerDay,
          perDay: Math.round((claim.goodsPrice * penaltyRate.percentPerDay) / 100),
          amount: Math.round((claim.goodsPrice * penaltyRate.percentPerDay * overdueDays) / 100),
          until,
          running: !stoppedOn,
          source: penaltyRate.source,
          cites: penaltyRate.cites,
          confirmed: penaltyRate.confirmed,
        }
      : undefined;
  return { deadline, state, daysLeft, penalty };
}

/** The first day of delay, for the letter ("from … to …"). */
export function penaltyFrom(deadline: ClaimDeadline): IsoDate | undefined {
  return deadline.due ? addDays(deadline.due, 1) : undefined;
}
