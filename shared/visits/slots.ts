/**
 * Times of visits as the workshop's clock shows them: "YYYY-MM-DDTHH:MM", wall-clock time in the workshop's own
 * zone (a visit is agreed for 10:00 at the customer's, whatever the offset). Arithmetic on them is in whole
 * minutes, without time zones, as calendar.ts does with dates.
 */
export type LocalTime = string;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether a text is a real wall-clock minute ("2026-02-30T10:00" and "…T24:00" are not). */
export function isLocalTime(text: string): boolean {
  const m = LOCAL.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

/** Minutes since 1970-01-01T00:00 of the same clock: differences between two times are exact. */
export function minutesOf(time: LocalTime): number {
  return Date.parse(`${time}:00Z`) / 60_000;
}

export function timeOfMinutes(minutes: number): LocalTime {
  return new Date(minutes * 60_000).toISOString().slice(0, 16);
}

export function addMinutes(time: LocalTime, minutes: number): LocalTime {
  return timeOfMinutes(minutesOf(time) + minutes);
}

/** The calendar day of a time. */
export function dayOf(time: LocalTime): string {
  return time.slice(0, 10);
}

/** "10:30" of a time. */
export function clockOf(time: LocalTime): string {
  return time.slice(11, 16);
}

/** Minutes from a visit's start to its end. */
export function durationOf(slot: { start: LocalTime; end: LocalTime }): number {
  return minutesOf(slot.end) - minutesOf(slot.start);
}

/** The nearest multiple of `step` minutes (a dragged visit lands on a quarter hour). */
export function snapMinutes(minutes: number, step = 15): number {
  return Math.round(minutes / step) * step;
}

/** A visit as the conflict rules see it. */
export interface Slot {
  id: string;
  start: LocalTime;
  end: LocalTime;
  /** Travel to the address before the visit, in minutes. */
  travelMinutes: number;
  technicianIds: readonly string[];
}

/**
 * What is wrong with a technician's day: two visits at once (`overlap`), or too little time between the end of one
 * and the start of the next for the drive to the next address (`travel`, with the minutes missing).
 */
export interface Conflict {
  technicianId: string;
  kind: 'overlap' | 'travel';
  /** The earlier visit and the later one. */
  firstId: string;
  secondId: string;
  /** The minutes they overlap, or the minutes of travel that do not fit. */
  minutes: number;
}

/** Every conflict of these visits, per technician, in time order: one pass over each technician's sorted day. */
export function conflictsOf(slots: readonly Slot[]): Conflict[] {
  const byTechnician = new Map<string, Slot[]>();
  for (const slot of slots) {
    for (const technicianId of slot.technicianIds) {
      const list = byTechnician.get(technicianId);
      if (list) list.push(slot);
      else byTechnician.set(technicianId, [slot]);
    }
  }
  const conflicts: Conflict[] = [];
  for (const [technicianId, list] of byTechnician) {
    list.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || (a.id < b.id ? -1 : 1));
    // The visit that ends last so far: a long one overlaps every visit that starts before it ends.
    let latest: Slot | undefined;
    for (const slot of list) {
      if (latest) {
        const gap = minutesOf(slot.start) - minutesOf(latest.end);
        if (gap < 0) conflicts.push({ technicianId, kind: 'overlap', firstId: latest.id, secondId: slot.id, minutes: Math.min(-gap, durationOf(slot)) });
        else if (gap < slot.travelMinutes && dayOf(slot.start) === dayOf(latest.end)) {
          conflicts.push({ technicianId, kind: 'travel', firstId: latest.id, secondId: slot.id, minutes: slot.travelMinutes - gap });
        }
      }
      if (!latest || slot.end > latest.end) latest = slot;
    }
  }
  return conflicts;
}

/** The visits of `others` that one technician would have at the same time as `slot`. */
export function overlapping(slot: Pick<Slot, 'start' | 'end'>, technicianId: string, others: readonly Slot[]): Slot[] {
  return others.filter((other) => other.technicianIds.includes(technicianId) && other.start < slot.end && slot.start < other.end);
}

/** The days of a view: `from` and the `days - 1` after it. */
export function daysFrom(from: string, days: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** The Monday (or the week's first day, 0 = Sunday) on or before a date: where a week view starts. */
export function weekStart(date: string, firstDay = 1): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  const back = (day - firstDay + 7) % 7;
  return new Date(Date.parse(`${date}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
}
