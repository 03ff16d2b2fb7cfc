/**
 * Dates as people type and read them: dd.mm.yyyy in Russian and Hebrew, the workshop's chosen order in English.
 * The backend takes and gives ISO dates (yyyy-mm-dd); these pure functions turn one into the other, so that what a
 * screen shows and what a clerk types agree.
 */

/** The orders of day, month and year a workshop may choose for its English interface. */
export const DATE_FORMATS_EN = ['dd/mm/yyyy', 'mm/dd/yyyy', 'yyyy-mm-dd'] as const;
export type DateFormatEn = (typeof DATE_FORMATS_EN)[number];
export const DEFAULT_DATE_FORMAT_EN: DateFormatEn = 'dd/mm/yyyy';

/** How a date is written on screen: the Russian and Hebrew way, or one of the English choices. */
export type DatePattern = DateFormatEn | 'dd.mm.yyyy';
type Part = 'd' | 'm' | 'y';

const LAYOUT: Record<DatePattern, { order: readonly [Part, Part, Part]; separator: string }> = {
  'dd.mm.yyyy': { order: ['d', 'm', 'y'], separator: '.' },
  'dd/mm/yyyy': { order: ['d', 'm', 'y'], separator: '/' },
  'mm/dd/yyyy': { order: ['m', 'd', 'y'], separator: '/' },
  'yyyy-mm-dd': { order: ['y', 'm', 'd'], separator: '-' },
};

/** Russian and Hebrew readers write day.month.year whatever the workshop chose for English. */
export function datePatternFor(language: 'en' | 'ru' | 'he', formatEn: DateFormatEn): DatePattern {
  return language === 'en' ? formatEn : 'dd.mm.yyyy';
}

/** The parts of a pattern in its order with its separator, e.g. for a placeholder built of the language's letters. */
export function patternLayout(pattern: DatePattern): { order: readonly Part[]; separator: string } {
  return LAYOUT[pattern];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years a service record can carry: earlier or later is a typing slip, not a date. */
const YEARS = { from: 1900, to: 2199 };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isDay(year: number, month: number, day: number): boolean {
  return year >= YEARS.from && year <= YEARS.to && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether a value is a calendar date as the backend takes it (2025-02-31 is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  return Boolean(match && isDay(Number(match[1]), Number(match[2]), Number(match[3])));
}

/**
 * Whether a promised date or a loaner's due date is more than a year after today: no repair or loan runs that long,
 * so it is a typo of the year (2062 for 2026) and the field says so.
 */
export function beyondAYear(date: string, today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isIsoDate(today) && date > `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
}

/** An ISO date written in a pattern: 2025-03-01 → 01.03.2025 / 01/03/2025 / 03/01/2025; anything else unchanged. */
export function formatIsoDate(iso: string, pattern: DatePattern): string {
  const match = ISO.exec(iso);
  if (!match) return iso;
  const parts: Record<Part, string> = { y: match[1], m: match[2], d: match[3] };
  const { order, separator } = LAYOUT[pattern];
  return order.map((part) => parts[part]).join(separator);
}

/**
 * What a typed text is: a date (as ISO), nothing, a start that more typing may complete, or not a date at all.
 * While typing (`finished` false) only a four-digit year or eight digits make a date, so that "1.3.20" on its way to
 * 2025 is not taken for 2020; once the clerk leaves the field (`finished`), two-digit years (00-69 → 20xx, 70-99 →
 * 19xx) and six digits (010325) count too.
 */
export type TypedDate = { kind: 'date'; iso: string } | { kind: 'empty' } | { kind: 'incomplete' } | { kind: 'invalid' };

export function readTypedDate(text: string, pattern: DatePattern, finished: boolean): TypedDate {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  // Digits with any separators people use between them: dots, slashes, dashes, spaces, commas.
  if (!/^[\d\s./\-,\\]+$/.test(typed)) return { kind: 'invalid' };
  const groups = typed.split(/[^\d]+/).filter(Boolean);
  const { order } = LAYOUT[pattern];
  let fields: Record<Part, string>;
  if (/^\d+$/.test(typed)) {
    // Digits alone: ddmmyyyy (or the pattern's order), and ddmmyy once the clerk is done.
    if (typed.length === 8) fields = split(typed, order, 4);
    else if (typed.length === 6 && finished) fields = split(typed, order, 2);
    else if (typed.length < 8 && !finished) return partly(split(typed, order, 4));
    else return { kind: 'invalid' };
  } else if (groups.length === 3) {
    // A four-digit first group is an ISO date whatever the pattern: 2025-03-01 pasted from elsewhere.
    fields = assign(groups, groups[0].length === 4 ? ['y', 'm', 'd'] : order);
  } else if (groups.length < 3) {
    if (finished) return { kind: 'invalid' };
    return partly(assign(groups, groups[0].length >= 3 ? ['y', 'm', 'd'] : order));
  } else {
    return { kind: 'invalid' };
  }
  return complete(fields, finished);
}

function assign(groups: readonly string[], parts: readonly Part[]): Record<Part, string> {
  const fields: Record<Part, string> = { d: '', m: '', y: '' };
  groups.forEach((group, i) => (fields[parts[i]] = group));
  return fields;
}

/** A start more typing may complete, unless what is there already rules a date out (day 32, month 13, 31.02). */
function partly({ d, m, y }: Record<Part, string>): TypedDate {
  const day = Number(d);
  const month = Number(m);
  const wrong =
    d.length > 2 ||
    m.length > 2 ||
    y.length > 4 ||
    (d.length === 2 && (day < 1 || day > 31)) ||
    (m.length === 2 && (month < 1 || month > 12)) ||
    (d.length >= 1 && m.length >= 1 && month >= 1 && month <= 12 && day > daysInMonth(2000, month));
  return wrong ? { kind: 'invalid' } : { kind: 'incomplete' };
}

function split(digits: string, order: readonly Part[], yearDigits: number): Record<Part, string> {
  const fields: Record<Part, string> = { d: '', m: '', y: '' };
  let at = 0;
  for (const part of order) {
    const length = part === 'y' ? yearDigits : 2;
    fields[part] = digits.slice(at, at + length);
    at += length;
  }
  return fields;
}

function complete(fields: Record<Part, string>, finished: boolean): TypedDate {
  const { d, m, y } = fields;
  if (d.length > 2 || m.length > 2 || y.length > 4) return { kind: 'invalid' };
  const day = Number(d);
  const month = Number(m);
  // The day and month already refuse what no year allows (31.02, 13th month) before the year is typed.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return { kind: 'invalid' };
  let year: number;
  if (y.length === 4) year = Number(y);
  else if (y.length === 2 && finished) year = Number(y) + (Number(y) < 70 ? 2000 : 1900);
  else return finished ? { kind: 'invalid' } : { kind: 'incomplete' };
  if (!isDay(year, month, day)) return { kind: 'invalid' };
  return { kind: 'date', iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/**
 * How a workshop writes dates and times, on its screens and in its documents alike: its English order of day,
 * month and year, and its time zone (an IANA name, e.g. Asia/Jerusalem), in which instants are dated and timed.
 */
export interface DateWriting {
  formatEn: DateFormatEn;
  timeZone: string;
}

/** Whether Intl knows a time zone by this name (Asia/Jerusalem, Europe/Moscow, UTC). */
export function isTimeZone(name: string): boolean {
  if (!name.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The time zone of the machine, as Intl reports it: a workshop's zone until it chooses one. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

// One Intl formatter per zone: costly to build, cheap to use.
const zoned = new Map<string, { day: Intl.DateTimeFormat; clock: Intl.DateTimeFormat }>();
function inZone(timeZone: string) {
  let formats = zoned.get(timeZone);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      clock: new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    zoned.set(timeZone, formats);
  }
  return formats;
}

/** An instant's time of day in a zone, 24-hour: 22:30 UTC is 00:30 in Asia/Jerusalem in winter. */
export function formatTime(instant: string, timeZone: string): string {
  return inZone(timeZone).clock.format(new Date(instant));
}

/**
 * A date (yyyy-mm-dd) or an instant as a reader of `language` reads it: 01.03.2025 in Russian and Hebrew, the
 * workshop's order in English; an instant is dated in the workshop's time zone and, `withTime`, gets its time there
 * ("01.03.2025, 14:05"). The one date formatter of the screens and the documents.
 */
export function formatDate(iso: string | undefined, language: 'en' | 'ru' | 'he', writing: DateWriting, withTime = false): string {
  if (!iso) return '';
  if (ISO.test(iso)) return formatIsoDate(iso, datePatternFor(language, writing.formatEn));
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const date = formatIsoDate(inZone(writing.timeZone).day.format(instant), datePatternFor(language, writing.formatEn));
  return withTime ? `${date}, ${formatTime(iso, writing.timeZone)}` : date;
}
