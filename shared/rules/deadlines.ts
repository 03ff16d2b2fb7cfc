import type { WarrantyBasis } from '../schemas/order.js';
import { addDeadlineDays, daysBetween, nextWorkingDay, type IsoDate, type WorkingCalendar } from './calendar.js';
import type { EffectiveProfile } from './profiles.js';
import type { OrderStatus } from './status.js';

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

/** Days before a deadline from which it counts as "due soon" on the dashboard. */
export const DUE_SOON_DAYS = 2;

/**
 * The legal deadlines that run on an open order: the repair deadline from the demand (warranty repairs of a
 * consumer), and the loaner deadline from the loaner demand. Counted as the profile says (calendar or working days);
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
  const calendar: WorkingCalendar = { restDays: rules.weeklyRestDays, holidays };
  const deadlines: LegalDeadline[] = [];
  const make = (kind: LegalDeadline['kind'], end: IsoDate): LegalDeadline => {
    const due = rules.termEndsOnWorkingDay ? nextWorkingDay(end, calendar) : end;
    const daysLeft = daysBetween(today, due);
    return { kind, due, daysLeft, state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'on_time' };
  };
  const warrantyRepair = order.warrantyBasis === 'manufacturer' || order.warrantyBasis === 'statutory' || order.warrantyBasis === 'repeat_repair';
  if (consumer && warrantyRepair && rules.repairDeadlineDays) {
    deadlines.push(make('repair', addDeadlineDays(order.receivedOn, rules.repairDeadlineDays, rules.repairDeadlineCounting, calendar)));
  }
  if (order.loanerDemandedOn && !order.loanerIssued && rules.loanerDeadlineDays) {
    deadlines.push(make('loaner', addDeadlineDays(order.loanerDemandedOn, rules.loanerDeadlineDays, 'calendar', calendar)));
  }
  return deadlines;
}
