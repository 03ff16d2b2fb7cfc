import { createHash } from 'node:crypto';
import { DomainError } from '../../shared/platform/result.js';
import { localDate } from '../../shared/rules/index.js';
import { CASH_POINT, type CashDay, type CashDaySummary, type CashDayView, type CashEntry, cashTotals, movesCash, type Payment, type PaymentMethod } from '../../shared/payments/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { today, workshopTimeZone } from '../rules/index.js';
import { issueGathered } from '../documents/index.js';
import { currentSettings, letterheadProfile } from '../settings/index.js';
import { renderCashReport } from '../platform/workers/pdf.js';

const dayKey = (point: string, date: string) => `${point}|${date}`;

/** The day of a point on a date, if it was opened. */
export function cashDayOn(ctx: ServiceContext, date: string, point = CASH_POINT): CashDay | undefined {
  return ctx.store.cashDays.byKey('pointDate', (d) => [dayKey(d.point, d.date)], dayKey(point, date))[0];
}

/**
 * The payment records that moved the drawer on a date: cash payments and refunds, read from the payments through a
 * keyed index (never copied into the book), so the book and the orders' money cannot disagree.
 */
function cashPaymentsOn(ctx: ServiceContext, date: string): readonly Payment[] {
  // The day of a payment is the workshop's (a payment at 22:30 UTC belongs to the next day in Jerusalem); one index
  // per zone, so that a changed zone never reads days counted in the old one.
  const zone = workshopTimeZone(ctx);
  return ctx.store.payments.byKey(`cashDate:${zone}`, (p) => (movesCash(p) ? [localDate(p.at, zone)] : []), date);
}

/** A day's cash book: its float, its entries in time order, its totals, and the last closed day before it. */
export function cashDayView(ctx: ServiceContext, date: string, point = CASH_POINT): CashDayView {
  const day = cashDayOn(ctx, date, point) ?? null;
  const entries: CashEntry[] = cashPaymentsOn(ctx, date).map((p) => ({
    id: p.id,
    kind: p.amount < 0 ? 'refund' : 'payment',
    amount: p.amount,
    at: p.at,
    by: p.by,
    orderId: p.orderId,
    saleId: p.saleId,
    label: p.orderId ? ctx.store.orders.get(p.orderId)?.number : p.saleId ? ctx.store.sales.get(p.saleId)?.number : undefined,
    reason: p.reason,
  }));
  if (day) {
    for (const m of ctx.store.cashMovements.byKey('dayId', (x) => [x.dayId], day.id)) {
      entries.push({ id: m.id, kind: m.amount < 0 ? 'out' : 'in', amount: m.amount, at: m.at, by: m.by, reason: m.reason, corrects: m.corrects ? ctx.store.cashDays.get(m.corrects)?.date : undefined });
    }
  }
  entries.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const closedBefore = ctx.store.cashDays
    .all()
    .filter((d) => d.point === point && d.closedAt && d.date < date)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    point,
    date,
    day,
    state: !day ? 'not_opened' : day.closedAt ? 'closed' : 'open',
    entries,
    totals: cashTotals(day?.float ?? 0, entries, day?.counted),
    lastClosed: closedBefore ? { id: closedBefore.id, date: closedBefore.date } : null,
  };
}

/**
 * A closed day does not change: a cash payment or refund today, once today's day is closed, is refused (the
 * clerk takes it by card, or a manager corrects the day tomorrow). Before the day is opened cash is taken as
 * always, and the day shows it once opened: the book reads the payments of its date. The refusal names `field`:
 * the payment's method, or the field of the form that brought the cash (the intake's prepayment method, a
 * corrected prepayment).
 */
export function refuseCashOnClosedDay(ctx: ServiceContext, method: PaymentMethod, field = 'method'): void {
  if (!movesCash({ method })) return;
  const day = cashDayOn(ctx, today(ctx));
  if (day?.closedAt) throw new DomainError('conflict', `The cash day of ${day.date} is closed: it takes no more cash.`, { [field]: 'day_closed' });
}

function openToday(ctx: ServiceContext): CashDay {
  const day = cashDayOn(ctx, today(ctx));
  if (!day) throw new DomainError('conflict', "Today's cash day is not open.", { _: 'day_not_open' });
  if (day.closedAt) throw new DomainError('conflict', `The cash day of ${day.date} is closed.`, { _: 'day_closed' });
  return day;
}

function openDay(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'payments.openDay'>): Promise<CashDayView> {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'payments.cashBook');
    const date = today(ctx);
    const existing = cashDayOn(ctx, date);
    if (existing) throw new DomainError('conflict', `The cash day of ${date} was opened already.`, { _: existing.closedAt ? 'day_closed' : 'day_opened' });
    await ctx.store.cashDays.insert({ id: ctx.newId(), point: CASH_POINT, date, float: input.float, openedAt: nowIso(ctx), openedBy: caller.id });
    return cashDayView(ctx, date);
  });
}

function cashMovement(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'payments.cashMovement'>): Promise<CashDayView> {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, input.corrects ? 'payments.cashDifference' : 'payments.cashBook');
    const day = openToday(ctx);
    if (input.corrects) {
      const corrected = ctx.store.cashDays.get(input.corrects);
      if (!corrected?.closedAt || corrected.date >= day.date) throw new DomainError('validation', 'A correction names a closed earlier day.', { corrects: 'not_a_closed_day' });
    }
    const amount = input.direction === 'in' ? input.amount : -input.amount;
    if (amount < 0 && -amount > cashDayView(ctx, day.date).totals.expected) {
      throw new DomainError('validation', 'More cash cannot be taken out than the drawer holds.', { amount: 'too_large' });
    }
    await ctx.store.cashMovements.insert({ id: ctx.newId(), dayId: day.id, point: day.point, amount, reason: input.reason, at: nowIso(ctx), by: caller.id, corrects: input.corrects });
    return cashDayView(ctx, day.date);
  });
}

function closeDay(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'payments.closeDay'>): Promise<CashDayView> {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'payments.cashBook');
    const day = openToday(ctx);
    const { expected } = cashDayView(ctx, day.date).totals;
    const difference = input.counted - expected;
    if (difference !== 0) {
      requireRole(ctx, caller, 'payments.cashDifference');
      if (!input.reason) throw new DomainError('validation', `The count differs by ${difference}: say why.`, { reason: 'required' });
    }
    await ctx.store.cashDays.replace({ ...day, closedAt: nowIso(ctx), closedBy: caller.id, counted: input.counted, expected, difference, reason: input.reason || undefined });
    return cashDayView(ctx, day.date);
  });
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** The X report (today's open day so far) and the Z report (a closed day), each in its own series. */
function report(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'payments.xReport'>, kind: 'x' | 'z') {
  return issueGathered(ctx, () => {
    requireRole(ctx, caller, 'payments.cashBook');
    const date = input.date ?? today(ctx);
    const view = cashDayView(ctx, date);
    if (!view.day) throw new DomainError('not_found', `No cash day was opened on ${date}.`, { date: 'day_not_open' });
    if (kind === 'x' && view.day.closedAt) throw new DomainError('conflict', 'The day is closed: its report is the Z report.', { date: 'day_closed' });
    if (kind === 'z' && !view.day.closedAt) throw new DomainError('conflict', 'The Z report is printed once the day is closed.', { date: 'day_not_open' });
    const settings = currentSettings(ctx);
    const language = input.language ?? settings.documentLanguage;
    const names = Object.fromEntries(ctx.store.staff.all().map((s) => [s.id, s.name]));
    const workshop = letterheadProfile(ctx, settings);
    return {
      kind: kind === 'x' ? 'cash_x_report' : 'cash_z_report',
      actorId: caller.id,
      language,
      paper: input.paper,
      // The Z report is the day's, once; an X report reprints while nothing was added to the day.
      fingerprint: kind === 'z' ? view.day.id : hashOf([view.day.id, view.entries.map((e) => e.id)]),
      render: (number, issuedAt) => renderCashReport({ kind, documentNumber: number, issuedAt, workshop, currency: settings.currency, view, names }, language, input.paper),
    };
  });
}

/**
 * The point's days before a date (today by default: the earlier days), newest first: a closed day as it was closed;
 * one left open with what it expects so far.
 */
function cashDays(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'payments.cashDays'>): CashDaySummary[] {
  requireRole(ctx, caller, 'payments.cashHistory');
  const before = input.before ?? today(ctx);
  return ctx.store.cashDays
    .all()
    .filter((d) => d.point === CASH_POINT && d.date < before)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, input.limit)
    .map((d) => ({
      id: d.id,
      date: d.date,
      state: d.closedAt ? 'closed' : 'open',
      float: d.float,
      openedBy: d.openedBy,
      expected: d.closedAt ? d.expected! : cashDayView(ctx, d.date, d.point).totals.expected,
      counted: d.counted ?? null,
      difference: d.difference ?? null,
      closedAt: d.closedAt ?? null,
      closedBy: d.closedBy ?? null,
      reason: d.reason ?? null,
    }));
}

export function cashBookHandlers(ctx: ServiceContext): Pick<Handlers, 'payments.cashDay' | 'payments.cashDays' | 'payments.openDay' | 'payments.cashMovement' | 'payments.closeDay' | 'payments.xReport' | 'payments.zReport'> {
  return {
    'payments.cashDay': ({ date }, caller) => {
      requireRole(ctx, caller);
      return cashDayView(ctx, date ?? today(ctx));
    },
    'payments.cashDays': (input, caller) => cashDays(ctx, caller, input),
    'payments.openDay': (input, caller) => openDay(ctx, caller, input),
    'payments.cashMovement': (input, caller) => cashMovement(ctx, caller, input),
    'payments.closeDay': (input, caller) => closeDay(ctx, caller, input),
    'payments.xReport': (input, caller) => report(ctx, caller, input, 'x'),
    'payments.zReport': (input, caller) => report(ctx, caller, input, 'z'),
  };
}
