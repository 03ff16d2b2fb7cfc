/** Calendar dates as "YYYY-MM-DD" strings; "today" is always passed in, never read from the clock here. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from a to b (both "YYYY-MM-DD"); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function isPastDue(dueDate: string | undefined, today: string): boolean {
  return dueDate !== undefined && dueDate < today;
}
