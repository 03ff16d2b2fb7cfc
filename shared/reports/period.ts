import { addDays, addMonths, daysInMonth, type IsoDate, localDate, weekday } from '../rules/index.js';

/** The periods a manager reads money over: a day, a week, a month, or any range of days (both ends included). */
export const PERIOD_KINDS = ['day', 'week', 'month', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The workshop's day of an instant: the one place the reports turn a moment into a date. It is the cash book's
 * day (the calendar date where the workshop is); `timeZone` is the workshop's zone once the settings carry one,
 * this machine's until then, exactly as the cash book reads its days.
 */
export function workshopDay(instant: string, timeZone?: string): IsoDate {
  return localDate(instant, timeZone);
}

/** Whether an instant falls on a day of the period, in the workshop's dates. */
export function inPeriod(instant: string, period: Period, timeZone?: string): boolean {
  const day = workshopDay(instant, timeZone);
  return day >= period.from && day <= period.to;
}

/**
 * The period of a kind that holds a date: the day itself; its week (from the week's first day: 0 = Sunday, as an
 * Israeli week runs, 1 = Monday, as a European or Russian one does); its calendar month. A custom range is the
 * range given.
 */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, date: IsoDate, weekStart: 0 | 1 = 1): Period {
  if (kind === 'day') return { from: date, to: date };
  if (kind === 'week') {
    const from = addDays(date, -((weekday(date) - weekStart + 7) % 7));
    return { from, to: addDays(from, 6) };
  }
  const [year, month] = date.split('-').map(Number);
  const from = `${date.slice(0, 7)}-01`;
  return { from, to: `${date.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
}

/** The period before or after one of the same kind (the previous day, week or month). */
export function shiftPeriod(kind: Exclude<PeriodKind, 'custom'>, period: Period, step: -1 | 1, weekStart: 0 | 1 = 1): Period {
  if (kind === 'month') return periodOf('month', addMonths(period.from, step), weekStart);
  return periodOf(kind, addDays(period.from, step * (kind === 'day' ? 1 : 7)), weekStart);
}
