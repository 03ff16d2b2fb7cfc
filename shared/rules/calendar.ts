/**
 * Calendar arithmetic on "YYYY-MM-DD" dates, without time zones (a warranty ends on a date, not an instant).
 * Months are calendar months: a period that starts on a day the end month lacks ends on that month's last day
 * (31 January + 1 month = 28 or 29 February; Russian Civil Code Arts. 191-192).
 */
export type IsoDate = string;

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from a to b; negative when b is before a. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export interface WorkingCalendar {
  /** Weekly rest days, 0 = Sunday … 6 = Saturday (Israel: Saturday; most of Europe and Russia: Saturday and Sunday). */
  restDays: readonly number[];
  /** Holidays the workshop keeps, as dates. */
  holidays: readonly IsoDate[];
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return !calendar.restDays.includes(weekday(date)) && !calendar.holidays.includes(date);
}

/** The date `days` working days after `date` (the start day itself is not counted). */
export function addWorkingDays(date: IsoDate, days: number, calendar: WorkingCalendar): IsoDate {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) left--;
  }
  return current;
}

/** The date itself when it is a working day, else the next working day (RF Civil Code Art. 193). */
export function nextWorkingDay(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  let current = date;
  for (let guard = 0; guard < 366 && !isWorkingDay(current, calendar); guard++) current = addDays(current, 1);
  return current;
}

/** A deadline `days` after `date`, counted in calendar days or in working days. */
export function addDeadlineDays(
  date: IsoDate,
  days: number,
  counting: 'calendar' | 'working',
  calendar: WorkingCalendar,
): IsoDate {
  return counting === 'working' ? addWorkingDays(date, days, calendar) : addDays(date, days);
}

/**
 * The calendar date of an ISO instant in a time zone (the workshop's: by default this machine's), e.g. for "received on".
 * The zone's UTC offset is looked up once per UTC day (at its start and end): when both agree, no clock change falls
 * in that day and the offset is simply added; on the days of a clock change the full Intl conversion is used. At
 * 100,000 orders this takes the analytics from seconds to a fraction of one.
 */
export function localDate(instant: string, timeZone = defaultTimeZone()): IsoDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return dateFormat(timeZone).format(new Date(instant));
  const offset = dayOffset(timeZone, Math.floor(ms / 86_400_000));
  return offset === null ? dateFormat(timeZone).format(new Date(ms)) : dateOfDay(Math.floor((ms + offset) / 86_400_000));
}

/** Per time zone: UTC day number → the zone's offset (ms) throughout that day, or null when it changes within it. */
const offsetsByDay = new Map<string, Map<number, number | null>>();

/** The zone's offset (ms) throughout a UTC day, or null when it changes within the day. */
function dayOffset(timeZone: string, day: number): number | null {
  let days = offsetsByDay.get(timeZone);
  if (!days) offsetsByDay.set(timeZone, (days = new Map()));
  let offset = days.get(day);
  if (offset === undefined) {
    const start = offsetAt(timeZone, day * 86_400_000);
    offset = start === offsetAt(timeZone, (day + 1) * 86_400_000 - 60_000) ? start : null;
    if (days.size > 100_000) days.clear();
    days.set(day, offset);
  }
  return offset;
}

/** Day number (days since 1970-01-01) → its ISO date, each made once (the analytics ask for the same days again). */
const datesOfDays = new Map<number, IsoDate>();
function dateOfDay(day: number): IsoDate {
  let date = datesOfDays.get(day);
  if (date === undefined) {
    date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (datesOfDays.size > 100_000) datesOfDays.clear();
    datesOfDays.set(day, date);
  }
  return date;
}

function offsetAt(timeZone: string, ms: number): number {
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    clocks.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute) - Math.floor(ms / 60_000) * 60_000;
}
const clocks = new Map<string, Intl.DateTimeFormat>();

// Building an Intl.DateTimeFormat costs far more than using one: one per time zone, made once.
const formats = new Map<string, Intl.DateTimeFormat>();
let machineZone: string | undefined;

function defaultTimeZone(): string {
  machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return machineZone;
}

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}
