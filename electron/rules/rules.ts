import { localDate } from '../../shared/rules/calendar.js';
import { deadlinesRun, legalDeadlines, type LegalDeadline } from '../../shared/rules/deadlines.js';
import { effectiveProfile, type EffectiveProfile, type RuleOverrides } from '../../shared/rules/profiles.js';
import type { WarrantyOrder } from '../../shared/warranty/index.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { ServiceContext } from '../platform/context.js';
import { currentSettings } from '../settings/index.js';

/** The workshop's rule profile: its preset with its overrides. */
export function workshopProfile(ctx: ServiceContext): EffectiveProfile {
  const settings = currentSettings(ctx);
  return effectiveProfile(settings.ruleProfile, settings.ruleOverrides as RuleOverrides);
}

/** The workshop's time zone (settings; by default the machine's): its days begin and end there. */
export function workshopTimeZone(ctx: ServiceContext): string {
  return currentSettings(ctx).timeZone;
}

/** Today's date where the workshop is. */
export function today(ctx: ServiceContext): string {
  return localDate(ctx.now().toISOString(), workshopTimeZone(ctx));
}

export function asWarrantyOrder(order: RepairOrder): WarrantyOrder {
  return {
    number: order.number,
    receivedOn: localDate(order.receivedAt),
    handedBackOn: order.handedBackAt ? localDate(order.handedBackAt) : undefined,
    status: order.status,
    outcome: order.outcome,
    warrantyBasis: order.intake.warrantyBasis,
    lines: [
      ...order.workLines.map((l) => ({ description: l.description, warrantyDays: l.warrantyDays })),
      ...order.partLines.map((l) => ({ description: l.name, warrantyDays: l.warrantyDays, part: true })),
    ],
  };
}

/** The legal deadlines running on an order, counted to `on` (today where the workshop is, unless another day is asked). */
export function orderDeadlines(ctx: ServiceContext, order: RepairOrder, profile = workshopProfile(ctx), on = today(ctx)): LegalDeadline[] {
  if (!deadlinesRun(order.status)) return [];
  const customer = ctx.store.customers.get(order.customerId);
  const receivedOn = localDate(order.receivedAt);
  return legalDeadlines(
    {
      receivedOn,
      status: order.status,
      warrantyBasis: order.intake.warrantyBasis,
      loanerDemandedOn: order.loanerDemandedAt ? localDate(order.loanerDemandedAt) : undefined,
      loanerIssued: ctx.store.loans.all().some((l) => l.orderId === order.id),
    },
    customer?.kind !== 'company',
    profile,
    currentSettings(ctx).holidays,
    on,
  );
}
