import type { Language } from '../../shared/platform/common.js';
import { LOCALES } from '../app/i18n/index.js';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' })));
  return found;
}

/**
 * A chart's bucket in the reader's language: a month ("2025-12") as "Dec 25" under its column and "December 2025"
 * on hover, a week (its Monday, "2025-09-08") as "8 Sept" and the date in full.
 */
export function bucketLabel(bucket: string, language: Language): { label: string; title: string } {
  const month = bucket.length === 7;
  const date = new Date(`${month ? `${bucket}-01` : bucket}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return { label: bucket, title: bucket };
  return month
    ? { label: format(language, { month: 'short', year: '2-digit' }).format(date), title: format(language, { month: 'long', year: 'numeric' }).format(date) }
    : { label: format(language, { day: 'numeric', month: 'short' }).format(date), title: format(language, { dateStyle: 'long' }).format(date) };
}
