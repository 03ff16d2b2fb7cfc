import type { ChannelOutput, ChannelParsedInput } from '../../shared/channels.js';
import { conflictsOf, daysFrom } from '../../shared/visits/slots.js';
import type { ServiceContext } from '../platform/context.js';
import { cardOf, slotOf, takesTime, visitsOnDays } from './visitViews.js';

/**
 * A day or a week of the calendar: the visits and counter appointments of those days (of one technician, or of
 * everyone), the technicians to show a row for, and every conflict of their days. Read through the day index: a
 * week of 40 technicians and 1,500 visits is seven index lists, not the whole history.
 */
export function calendar(ctx: ServiceContext, { from, days, technicianId }: ChannelParsedInput<'visits.calendar'>): ChannelOutput<'visits.calendar'> {
  const { store } = ctx;
  const dates = daysFrom(from, days);
  const last = dates.at(-1)!;
  const visits = visitsOnDays(ctx, dates)
    .filter((v) => v.state !== 'cancelled' && v.end.slice(0, 10) >= from && v.start.slice(0, 10) <= last)
    .filter((v) => !technicianId || v.technicianIds.includes(technicianId))
    .toSorted((a, b) => a.start.localeCompare(b.start) || (a.id < b.id ? -1 : 1));
  // Rows: every active technician, and anyone else (a manager) who has a visit in these days.
  const busy = new Set(visits.flatMap((v) => v.technicianIds));
  const technicians = store.staff
    .all()
    .filter((m) => (technicianId ? m.id === technicianId : (m.active && m.role === 'technician') || busy.has(m.id)))
    .map((m) => ({ id: m.id, name: m.name }))
    .toSorted((a, b) => a.name.localeCompare(b.name));
  const conflicts = conflictsOf(visits.filter(takesTime).map(slotOf)).filter((c) => !technicianId || c.technicianId === technicianId);
  return { from, days: dates, technicians, visits: visits.map((v) => cardOf(ctx, v)), conflicts };
}
