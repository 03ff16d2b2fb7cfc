import { localDate } from '../../shared/rules/index.js';

/** Today's date where this PC is, as YYYY-MM-DD: the same rule (localDate) the backend dates everything by. */
export function localToday(now = new Date()): string {
  return localDate(now.toISOString());
}
