import type { WarrantyBasis } from '../orders/index.js';
import { addDeadlineDays, daysBetween, nextWorkingDay, type IsoDate, type WorkingCalendar } from './calendar.js';
import type { EffectiveProfile } from './profiles.js';
import type { OrderStatus } from '../orders/index.js';

export interface LegalDeadline {
  kind: 'repair' | 'loaner';
  due: IsoDate;
  /** Days from today to the due date: negative when overdue. */
  daysLeft: number;
  state: 'overdue' | 'due_soon' | 'on_time';
}

const RUNNING: readonly OrderStatus[] = ['received', 'diagnosing', 'awaiting_approval', 'awaiting_parts', 'in_repair', 'at_external_service'];

/** Legal deadlines run while the workshop still has the unit to repair. */
export function deadlinesRun(status: OrderStatus): boolean {
  return RUNNING.includes(status);
}

/**
 * The day a legal term counted from `start` ends: calendar or working days as given, moved off a rest day or
 * holiday where the profile says so (Russia: Civil Code Art. 193).
 */
export function legalTermEnd(start: IsoDate, days: number, counting: 'calendar' | 'working', profile: EffectiveProfile, holidays: readonly IsoDate[]): IsoDate {
  const calendar: WorkingCalendar = { restDays: profile.values.weeklyRestDays, holidays };
  const end = addDeadlineDays(start, days, counting, calendar);
  return profile.values.termEndsOnWorkingDay ? nextWorkingDay(end, calendar) : end;
}

/** Days before a deadline from which it counts as "due soon" on the dashboard. */
export const DUE_SOON_DAYS = 2;

/**
 * The legal deadlines that run on an open order of a consumer: the repair deadline from the demand (warranty
 * repairs), and the loaner deadline from the loaner demand. Counted as the profile says (calendar or working days);
 * where the profile says so (Russia, Civil Code Art. 193) a term ending on a rest day or holiday moves to the next working day.
 */
export function legalDeadlines(
  order: { receivedOn: IsoDate; status: OrderStatus; warrantyBasis: WarrantyBasis; loanerDemandedOn?: IsoDate; loanerIssued?: boolean },
  consumer: boolean,
  profile: EffectiveProfile,
  holidays: readonly IsoDate[],
  today: IsoDate,
): LegalDeadline[] {
  if (!deadlinesRun(order.status)) return [];
  const rules = profile.values;
  const deadlines: LegalDeadline[] = [];
  const make = (kind: LegalDeadline['kind'], due: IsoDate): LegalDeadline => {
    const daysLeft = daysBetween(today, due);
    return { kind, due, daysLeft, state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'on_time' };
  };
  const warrantyRepair = order.warrantyBasis === 'manufacturer' || order.warrantyBasis === 'statutory' || order.warrantyBasis === 'repeat_repair';
  if (consumer && warrantyRepair && rules.repairDeadlineDays) {
    deadlines.push(make('repair', legalTermEnd(order.receivedOn, rules.repairDeadlineDays, rules.repairDeadlineCounting, profile, holidays)));
  }
  // The loaner term is consumer law too (Russia: Art. 20 p.2, "on the consumer's demand"): a company gets none.
  if (consumer && order.loanerDemandedOn && !order.loanerIssued && rules.loanerDeadlineDays) {
    deadlines.push(make('loaner', legalTermEnd(order.loanerDemandedOn, rules.loanerDeadlineDays, 'calendar', profile, holidays)));
  }
  return deadlines;
}
