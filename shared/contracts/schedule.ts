import { addDays, addMonths, daysBetween, type IsoDate } from '../rules/index.js';

/** A contract's planned visits over its whole period: more is a schedule to rethink, not one to generate. */
export const MAX_PLANNED_PER_CONTRACT = 60;
/** One generation writes at most this many visits (500 contracts a month each for a year is 6,000). */
export const MAX_GENERATED = 10_000;
/** A contract that ends within this many days is "expiring" on the dashboard. */
export const EXPIRING_DAYS = 30;

interface Schedule {
  startsOn: IsoDate;
  endsOn: IsoDate;
  everyMonths: number;
}

/**
 * The days of a contract's planned maintenance between `from` and `until` (both included): the start day and every
 * `everyMonths` calendar months after it (31 January + 1 month = 28 February, as calendar.ts counts), within the
 * contract's period. Counted from the start each time, so a short month does not pull the later ones earlier.
 */
export function scheduleDays(contract: Schedule, from: IsoDate = contract.startsOn, until: IsoDate = contract.endsOn, limit = MAX_PLANNED_PER_CONTRACT + 1): IsoDate[] {
  const last = until < contract.endsOn ? until : contract.endsOn;
  const days: IsoDate[] = [];
  for (let k = 0; days.length < limit; k++) {
    const day = addMonths(contract.startsOn, k * contract.everyMonths);
    if (day > last) break;
    if (day >= from) days.push(day);
  }
  return days;
}

/** Where a contract stands on a day: not started, active, expiring soon, or ended. */
export function contractState(contract: Pick<Schedule, 'startsOn' | 'endsOn'>, today: IsoDate): 'upcoming' | 'active' | 'expiring' | 'ended' {
  if (today < contract.startsOn) return 'upcoming';
  if (today > contract.endsOn) return 'ended';
  return daysBetween(today, contract.endsOn) <= EXPIRING_DAYS ? 'expiring' : 'active';
}

/** The first day of the contract year a day falls in (years counted from the start). */
export function contractYearStart(startsOn: IsoDate, day: IsoDate): IsoDate {
  let year = startsOn;
  for (let k = 1; addMonths(startsOn, 12 * k) <= day; k++) year = addMonths(startsOn, 12 * k);
  return year;
}

/**
 * What a contract pays for on a visit: nothing outside its period; inside it, labour and parts as included, for as
 * many visits a contract year as the price includes (`earlier`: the contract's visits before this one that year).
 */
export function contractCover(contract: { startsOn: IsoDate; endsOn: IsoDate; includes: { labour: boolean; parts: boolean; visitsPerYear: number } }, day: IsoDate, earlier: number): { labour: boolean; parts: boolean } {
  if (day < contract.startsOn || day > contract.endsOn || earlier >= contract.includes.visitsPerYear) return { labour: false, parts: false };
  return { labour: contract.includes.labour, parts: contract.includes.parts };
}

/** The renewal of a contract: from the day after it ends, for as many months as it ran (or `months`). */
export function renewalPeriod(contract: Pick<Schedule, 'startsOn' | 'endsOn'>, months?: number): { startsOn: IsoDate; endsOn: IsoDate } {
  const startsOn = addDays(contract.endsOn, 1);
  const length = months ?? monthsBetween(contract.startsOn, startsOn);
  return { startsOn, endsOn: addDays(addMonths(startsOn, Math.max(1, length)), -1) };
}

/** Whole calendar months from one day to another (a year's contract: 12). */
function monthsBetween(from: IsoDate, to: IsoDate): number {
  let months = 0;
  while (addMonths(from, months + 1) <= to) months++;
  return months;
}
