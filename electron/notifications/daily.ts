import type { Claim } from '../../shared/claims/index.js';
import { daysBetween, localDate } from '../../shared/rules/index.js';
import type { ServiceContext } from '../platform/context.js';
import { formatIsoDate, datePatternFor } from '../../shared/platform/dates.js';
import { currentSettings } from '../settings/index.js';
import { notificationSettings } from './notificationSettings.js';
import { orderNotice, queueNotice, workshopValues } from './notices.js';

/**
 * The daily look at what waits: an order ready for pickup and not collected for the workshop's number of days gets
 * one reminder per time it became ready; an open loan past its due-back date gets one message per due date.
 * Run at start-up and every day after (the keys make a second run of the same day queue nothing).
 */
export function dailyCheck(ctx: ServiceContext): Promise<number> {
  return ctx.store.exclusive(async () => {
    const settings = notificationSettings(ctx);
    if (!settings.enabled) return 0;
    const today = localDate(ctx.now().toISOString());
    let queued = 0;
    for (const order of ctx.store.orders.byKey('status', (o) => [o.status], 'ready')) {
      const readyAt = order.timeline.findLast((entry) => entry.to === 'ready')?.at;
      if (!readyAt) continue;
      const days = daysBetween(localDate(readyAt), today);
      if (days < settings.reminderDays) continue;
      if (await orderNotice(ctx, order, 'uncollected', `uncollected:${order.id}:${readyAt}`, { days: String(days) })) queued++;
    }
    const { dateFormatEn } = currentSettings(ctx);
    for (const loan of ctx.store.loans.all()) {
      if (loan.returnedAt || loan.dueBack >= today) continue;
      const order = ctx.store.orders.get(loan.orderId);
      if (!order) continue;
      const dueBack = (language: 'en' | 'ru' | 'he') => formatIsoDate(loan.dueBack, datePatternFor(language, dateFormatEn));
      const notice = await queueNotice(ctx, {
        event: 'loaner_overdue',
        customerId: loan.customerId,
        orderId: order.id,
        key: `loaner_overdue:${loan.id}:${loan.dueBack}`,
        values: (language) => ({ ...workshopValues(ctx), orderNumber: order.number, dueBack: dueBack(language) }),
      });
      if (notice) queued++;
    }
    return queued;
  });
}

/** A consumer's claim answered: the customer is told once (inside the decision's change). */
export async function noticeClaimAnswered(ctx: ServiceContext, claim: Claim): Promise<void> {
  if (!claim.customerId) return;
  const order = claim.orderId ? ctx.store.orders.get(claim.orderId) : undefined;
  await queueNotice(ctx, {
    event: 'claim_answered',
    customerId: claim.customerId,
    orderId: order?.id,
    key: `claim_answered:${claim.id}`,
    values: () => ({ ...workshopValues(ctx), claimNumber: claim.number, orderNumber: order?.number ?? '' }),
  });
}

/** Start the outbox of a backend: interrupted messages marked, what waits sent, the daily check now and every day. */
export function scheduleDailyCheck(ctx: ServiceContext, log: (line: string) => void = console.error): () => void {
  const run = () => void dailyCheck(ctx).catch((error: Error) => log(`[notifications] the daily check failed: ${error.message}`));
  run();
  const daily = setInterval(run, 24 * 3_600_000);
  daily.unref?.();
  return () => clearInterval(daily);
}
