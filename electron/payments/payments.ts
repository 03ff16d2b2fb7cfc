import { DomainError } from '../../shared/platform/result.js';
import { localDate } from '../../shared/rules/index.js';
import { balance, causesOutsideWarranty, charge, type ChargeLineInput, effectiveTax, type EffectiveTax, type MoneyView, orderMoney as moneyOfOrder, type Payment } from '../../shared/payments/index.js';
import type { CauseCategory } from '../../shared/defects/index.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { Sale } from '../../shared/parts/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { currentSettings } from '../settings/index.js';
import { today } from '../rules/index.js';
import { defectCatalogue } from '../defects/index.js';
import { refuseCashOnClosedDay } from './cashBook.js';

/** VAT as the workshop applies it: its rule profile's, with its own settings over it. */
export function workshopTax(ctx: ServiceContext): EffectiveTax {
  const settings = currentSettings(ctx);
  return effectiveTax(settings.ruleProfile, settings.tax);
}

const paymentsOf = (ctx: ServiceContext, key: 'orderId' | 'saleId', id: string): Payment[] =>
  [...ctx.store.payments.byKey(key, (p) => (p[key] ? [p[key]!] : []), id)].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));

/**
 * An order's money: its lines charged by its warranty basis, taxed at the rate of its tax point (the hand-back, or
 * today while it is open), its payments and what is due. The order screen, the hand-back, the completion act and
 * the invoice all read this one answer.
 */
export function orderMoney(ctx: ServiceContext, order: RepairOrder): MoneyView {
  const handedBackOn = order.handedBackAt ? localDate(order.handedBackAt) : undefined;
  return moneyOfOrder({ ...order, handedBackOn }, workshopTax(ctx), paymentsOf(ctx, 'orderId', order.id), today(ctx));
}

/** A counter sale's money: the customer pays every line, taxed at the rate of the day of the sale. */
export function saleMoney(ctx: ServiceContext, sale: Sale): MoneyView {
  const lines: ChargeLineInput[] = sale.lines.map((l) => ({ kind: 'part', description: l.name, quantity: l.quantity, unitPrice: l.unitPrice }));
  const c = charge({ basis: 'paid', lines, date: localDate(sale.at) }, workshopTax(ctx));
  const payments = paymentsOf(ctx, 'saleId', sale.id);
  return { ...c, balance: balance(c.customer.gross, payments), payments, open: true };
}

/** The causes recorded on an order's diagnosis that put it outside a warranty basis (empty: nothing to ask). */
export function causesAgainstBasis(ctx: ServiceContext, order: RepairOrder): CauseCategory[] {
  const codes = (order.diagnosis?.defects ?? []).map((d) => d.cause).filter((c): c is string => Boolean(c));
  if (!codes.length) return [];
  const catalogue = defectCatalogue(ctx);
  const categories = codes.map((code) => catalogue.find((e) => e.code === code)?.category).filter((c): c is CauseCategory => Boolean(c));
  return causesOutsideWarranty(order.intake.warrantyBasis, categories);
}

/**
 * The payments an order carries in its own fields (the prepayment at intake, the amount typed at hand-back) as
 * payment records, once each: run for every order at start-up (orders saved before payments were records) and
 * after an intake or a hand-back. Idempotent: a record of that source for that order is never made twice.
 */
export async function syncOrderPayments(ctx: ServiceContext, order: RepairOrder): Promise<number> {
  const have = paymentsOf(ctx, 'orderId', order.id);
  const add: Payment[] = [];
  const prepayment = order.intake.prepayment ?? 0;
  if (prepayment > 0 && !have.some((p) => p.source === 'intake_prepayment')) {
    add.push({ id: ctx.newId(), orderId: order.id, amount: prepayment, method: order.intake.prepaymentMethod ?? 'other', at: order.receivedAt, by: order.receivedBy, source: 'intake_prepayment' });
  }
  if ((order.paidAmount ?? 0) > 0 && !have.some((p) => p.source === 'hand_back')) {
    const handBack = [...order.timeline].reverse().find((e) => e.to === 'issued');
    add.push({ id: ctx.newId(), orderId: order.id, amount: order.paidAmount!, method: 'other', at: order.handedBackAt ?? handBack?.at ?? order.updatedAt, by: handBack?.by ?? order.updatedBy, source: 'hand_back' });
  }
  if (add.length) await ctx.store.payments.applyBatch(add, []);
  return add.length;
}

/**
 * A correction of an order's prepayment keeps its payment records in step: the difference is recorded now, as the
 * cash book corrects a closed day by a new entry, never by changing the old one. Raised, it is a further payment;
 * lowered or cleared, a refund with the correction's reason, by the prepayment's method. A refund above what the
 * order holds (paid less refunded) is refused on the prepayment field. Returns the record to store, or none.
 */
export function prepaymentCorrection(ctx: ServiceContext, caller: Caller, order: RepairOrder, after: number | undefined, reason: string | undefined): Payment | undefined {
  const difference = (after ?? 0) - (order.intake.prepayment ?? 0);
  if (difference === 0) return undefined;
  const prepaid = paymentsOf(ctx, 'orderId', order.id).find((p) => p.source === 'intake_prepayment');
  const method = prepaid?.method ?? 'other';
  // Cash on a closed day: refused on the field the clerk changed.
  refuseCashOnClosedDay(ctx, method, 'prepayment');
  const held = orderMoney(ctx, order).balance.received;
  if (-difference > held) {
    throw new DomainError('validation', `At most ${held} can be given back: that is what was paid less what was refunded.`, { prepayment: 'refund_exceeds_paid' });
  }
  const why = reason || 'Prepayment corrected';
  return { id: ctx.newId(), orderId: order.id, amount: difference, method, at: nowIso(ctx), by: caller.id, reason: why, source: 'prepayment_correction' };
}

/** Start-up: every order's prepayment and hand-back amount becomes a payment record (once). */
export async function migrateOrderPayments(ctx: ServiceContext): Promise<number> {
  let made = 0;
  for (const order of ctx.store.orders.all()) made += await syncOrderPayments(ctx, order);
  return made;
}

type Target = { orderId?: string; saleId?: string };

/** The order or sale a payment is against, and its money now. */
export function targetMoney(ctx: ServiceContext, target: Target): { money: MoneyView; order?: RepairOrder; sale?: Sale } {
  if (target.orderId) {
    const order = ctx.store.orders.get(target.orderId);
    if (!order) throw new DomainError('not_found', 'No such order.', { orderId: 'not_found' });
    return { money: orderMoney(ctx, order), order };
  }
  const sale = ctx.store.sales.get(target.saleId!);
  if (!sale) throw new DomainError('not_found', 'No such sale.', { saleId: 'not_found' });
  return { money: saleMoney(ctx, sale), sale };
}

/** Payments and refunds of two clerks at once are taken one after the other: each refund sees the ones before it. */
function takePayment(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'payments.record'>): Promise<MoneyView> {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'payments.take');
    refuseCashOnClosedDay(ctx, input.method);
    const { order } = targetMoney(ctx, input);
    if (order?.status === 'cancelled') throw new DomainError('conflict', `Order ${order.number} is cancelled: it takes no payment.`, { orderId: 'order_cancelled' });
    await ctx.store.payments.insert({ id: ctx.newId(), orderId: input.orderId, saleId: input.saleId, amount: input.amount, method: input.method, at: nowIso(ctx), by: caller.id });
    return targetMoney(ctx, input).money;
  });
}

function refund(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'payments.refund'>): Promise<MoneyView> {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'payments.refund');
    refuseCashOnClosedDay(ctx, input.method);
    const { money } = targetMoney(ctx, input);
    if (input.amount > money.balance.received) {
      throw new DomainError('validation', `At most ${money.balance.received} can be refunded: that is what was paid less what was refunded.`, { amount: 'refund_exceeds_paid' });
    }
    await ctx.store.payments.insert({ id: ctx.newId(), orderId: input.orderId, saleId: input.saleId, amount: -input.amount, method: input.method, at: nowIso(ctx), by: caller.id, reason: input.reason });
    return targetMoney(ctx, input).money;
  });
}

export function paymentHandlers(ctx: ServiceContext): Pick<Handlers, 'payments.record' | 'payments.refund' | 'payments.of'> {
  return {
    'payments.record': (input, caller) => takePayment(ctx, caller, input),
    'payments.refund': (input, caller) => refund(ctx, caller, input),
    'payments.of': (input, caller) => {
      requireRole(ctx, caller);
      return targetMoney(ctx, input).money;
    },
  };
}
