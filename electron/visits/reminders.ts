import { DomainError } from '../../shared/platform/result.js';
import { datePatternFor, formatIsoDate } from '../../shared/platform/dates.js';
import { addDays } from '../../shared/rules/index.js';
import type { ChannelOutput } from '../../shared/channels.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { clockOf, dayOf } from '../../shared/visits/slots.js';
import type { Visit } from '../../shared/visits/schemas.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { queueNotice, reachOf, workshopValues } from '../notifications/index.js';
import { currentSettings } from '../settings/index.js';
import { today } from '../rules/index.js';
import { cardOf, getVisit, unitLabel, visitsOn } from './visitViews.js';

type Reminders = ChannelOutput<'visits.reminders'>;

/** The planned visits starting on a day: whom to remind of it. */
function dueOn(ctx: ServiceContext, date: string): Visit[] {
  return visitsOn(ctx, date)
    .filter((v) => v.state === 'planned' && dayOf(v.start) === date)
    .toSorted((a, b) => a.start.localeCompare(b.start) || a.number.localeCompare(b.number));
}

export function remindersOf(ctx: ServiceContext, date = addDays(today(ctx), 1)): Reminders {
  return {
    date,
    rows: dueOn(ctx, date).map((visit) => ({
      visit: cardOf(ctx, visit),
      reach: reachOf(ctx, visit.customerId, 'visit_reminder'),
      remindedAt: visit.remindedAt,
      reminder: visit.reminder,
    })),
  };
}

/** The key of a visit's reminder: one message per visit and window (a moved visit is reminded again). */
const reminderKey = (visit: Visit) => `visit_reminder:${visit.id}:${visit.start}`;

/**
 * Queue the reminders of a day's visits through the outbox (inside the store's lock, as every notice is), once per
 * visit and window. Those a message cannot reach stay on the list to phone. Returns how many were queued.
 */
export async function queueReminders(ctx: ServiceContext, date: string): Promise<number> {
  const { dateFormatEn } = currentSettings(ctx);
  let queued = 0;
  for (const visit of dueOn(ctx, date)) {
    if (visit.remindedAt || reachOf(ctx, visit.customerId, 'visit_reminder') !== 'message') continue;
    const customer = ctx.store.customers.get(visit.customerId);
    const message = await queueNotice(ctx, {
      event: 'visit_reminder',
      customerId: visit.customerId,
      key: reminderKey(visit),
      values: (language) => ({
        ...workshopValues(ctx),
        customerName: customer?.name ?? '',
        visitDate: formatIsoDate(dayOf(visit.start), datePatternFor(language, dateFormatEn)),
        visitWindow: `${clockOf(visit.start)}–${clockOf(visit.end)}`,
        address: visit.address,
        device: visit.deviceIds.map((id) => unitLabel(ctx.store.devices.get(id))).join(', '),
      }),
    });
    if (!message || message.state === 'failed') continue;
    const at = nowIso(ctx);
    await ctx.store.visits.replace({ ...visit, remindedAt: at, reminder: 'message', updatedAt: at, updatedBy: visit.updatedBy });
    queued++;
  }
  return queued;
}

export function sendReminders(ctx: ServiceContext, caller: Caller, date = addDays(today(ctx), 1)): Promise<Reminders> {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'visits.plan');
    await queueReminders(ctx, date);
    return remindersOf(ctx, date);
  });
}

export function markCalled(ctx: ServiceContext, caller: Caller, id: string): Promise<Reminders> {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'visits.plan');
    const visit = getVisit(ctx, id);
    if (visit.state !== 'planned') throw new DomainError('conflict', `Visit ${visit.number} is closed.`, { id: 'visit_closed' });
    const at = nowIso(ctx);
    await ctx.store.visits.replace({ ...visit, remindedAt: at, reminder: 'phone', updatedAt: at, updatedBy: caller.id });
    return remindersOf(ctx, dayOf(visit.start));
  });
}

/**
 * Tomorrow's reminders go by themselves: at start-up and every hour (a visit booked during the day for tomorrow
 * is reminded within the hour; the keys make a second run queue nothing).
 */
export function scheduleReminders(ctx: ServiceContext, log: (line: string) => void = console.error): () => void {
  const run = () =>
    void ctx.store.exclusive(() => queueReminders(ctx, addDays(today(ctx), 1))).catch((error: Error) => log(`[visits] the reminders could not be queued: ${error.message}`));
  run();
  const hourly = setInterval(run, 3_600_000);
  hourly.unref?.();
  return () => clearInterval(hourly);
}

export function visitReminderHandlers(ctx: ServiceContext): Pick<Handlers, 'visits.reminders' | 'visits.reminders.send' | 'visits.reminders.called'> {
  return {
    'visits.reminders': ({ date }) => remindersOf(ctx, date),
    'visits.reminders.send': ({ date }, caller) => sendReminders(ctx, caller, date),
    'visits.reminders.called': ({ id }, caller) => markCalled(ctx, caller, id),
  };
}
