import { PAYMENT_METHODS, type PaymentMethod } from '../payments/index.js';
import { type Period, workshopDay } from './period.js';

/** Money in and out: what was paid, what was refunded, and what stays (paid − refunded), in minor units. */
export interface Flow {
  paid: number;
  refunded: number;
  net: number;
  /** How many payments and refunds. */
  count: number;
}

export const NO_FLOW: Flow = { paid: 0, refunded: 0, net: 0, count: 0 };

/** A flow with one payment (positive) or refund (negative) added. */
export function addPayment(flow: Flow, amount: number): Flow {
  return amount >= 0
    ? { paid: flow.paid + amount, refunded: flow.refunded, net: flow.net + amount, count: flow.count + 1 }
    : { paid: flow.paid, refunded: flow.refunded - amount, net: flow.net + amount, count: flow.count + 1 };
}

const addFlows = (a: Flow, b: Flow): Flow => ({ paid: a.paid + b.paid, refunded: a.refunded + b.refunded, net: a.net + b.net, count: a.count + b.count });

const noMethods = (): Record<PaymentMethod, Flow> => Object.fromEntries(PAYMENT_METHODS.map((m) => [m, NO_FLOW])) as Record<PaymentMethod, Flow>;

export interface TakingsDay {
  date: string;
  methods: Record<PaymentMethod, Flow>;
  total: Flow;
}

export interface TakingsStaff {
  staffId: string;
  methods: Record<PaymentMethod, Flow>;
  total: Flow;
}

export interface Takings {
  /** Days with at least one payment or refund, in date order. */
  days: TakingsDay[];
  /** Whoever took the payment or gave the refund, most taken first. */
  staff: TakingsStaff[];
  methods: Record<PaymentMethod, Flow>;
  total: Flow;
}

/**
 * The takings of a period: every payment and refund (a negative payment) whose day, in the workshop's dates, falls
 * in it, by day and method and by staff member. A refund subtracts on the day it was given, whenever the payment
 * was taken, as it left the drawer or the account that day.
 */
export function takings(payments: ReadonlyArray<{ amount: number; method: PaymentMethod; at: string; by: string }>, period: Period, timeZone?: string): Takings {
  const days = new Map<string, TakingsDay>();
  const staff = new Map<string, TakingsStaff>();
  let methods = noMethods();
  let total = NO_FLOW;
  for (const p of payments) {
    const date = workshopDay(p.at, timeZone);
    if (date < period.from || date > period.to) continue;
    const day = days.get(date) ?? { date, methods: noMethods(), total: NO_FLOW };
    days.set(date, { date, methods: { ...day.methods, [p.method]: addPayment(day.methods[p.method], p.amount) }, total: addPayment(day.total, p.amount) });
    const member = staff.get(p.by) ?? { staffId: p.by, methods: noMethods(), total: NO_FLOW };
    staff.set(p.by, { staffId: p.by, methods: { ...member.methods, [p.method]: addPayment(member.methods[p.method], p.amount) }, total: addPayment(member.total, p.amount) });
    methods = { ...methods, [p.method]: addPayment(methods[p.method], p.amount) };
    total = addPayment(total, p.amount);
  }
  return {
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    staff: [...staff.values()].sort((a, b) => b.total.net - a.total.net || a.staffId.localeCompare(b.staffId)),
    methods,
    total,
  };
}

/** The sum of flows (a column's total, to check a table adds up). */
export const sumFlows = (flows: readonly Flow[]): Flow => flows.reduce(addFlows, NO_FLOW);
