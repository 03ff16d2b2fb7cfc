import { DomainError, type FieldErrors } from '../../shared/platform/result.js';
import { canTransition, handBackOutcomes } from '../../shared/orders/status.js';
import { localDate } from '../../shared/rules/index.js';
import type { RepairOrder } from '../../shared/orders/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { newCustomer } from '../customers/index.js';
import { newDevice, openOrderOfDevice } from '../devices/index.js';
import { liveCustomer } from '../customers/index.js';
import { INTAKE_FIELDS } from '../../shared/orders/schemas.js';
import { correctionsOf } from '../../shared/platform/corrections.js';
import { beyondAYear } from '../../shared/platform/dates.js';
import { getOrder, orderView } from './orderViews.js';
import { warrantyOf } from '../warranty/index.js';
import { openLoanOf } from '../loans/index.js';
import { checkCataloguePrices, planOrderParts } from '../parts/index.js';
import { allocateToWaiting, appendMoves, followUp } from '../parts/index.js';
import { checkDefects } from '../defects/index.js';
import { causesAgainstBasis, prepaymentCorrection, refuseCashOnClosedDay, syncOrderPayments } from '../payments/index.js';
import { refuseWithoutApproval, stopForApproval } from './approval.js';
import { noticeOrderChange } from '../notifications/index.js';

type OrderMutations = Pick<
  Handlers,
  'orders.create' | 'orders.correct' | 'orders.transition' | 'orders.assign' | 'orders.diagnose' | 'orders.setLines'
>;

/** Apply a change to an order and save it, stamped with who and when. */
async function change(ctx: ServiceContext, id: string, caller: Caller, edit: (order: RepairOrder, at: string) => RepairOrder) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller);
    const actorId = caller.id;
    const order = getOrder(ctx, id);
    const at = nowIso(ctx);
    const plan = planOrderParts(ctx, order, edit(order, at), actorId, at);
    // The ledger first, then the order (why, and how a failure between the two is repaired: stockLedger.ts).
    await appendMoves(ctx, plan.moves);
    const saved = await store.orders.replace({ ...plan.order, updatedAt: at, updatedBy: actorId });
    // The customer is told of a status they hear about, queued with the change (electron/notifications/).
    await noticeOrderChange(ctx, order, saved);
    // Stock the order let go of goes to the orders waiting for it.
    await followUp('Serving waiting orders', () => allocateToWaiting(ctx, plan.freed, actorId, at));
    return orderView(ctx, store.orders.get(saved.id) ?? saved);
  });
}

function refuseIfClosed(order: RepairOrder): void {
  if (order.status === 'issued') {
    throw new DomainError('conflict', `Order ${order.number} has been handed back and is closed.`, { id: 'order_closed' });
  }
}

/** Take a device in: the customer and device (new or known) and a new order in "received". */
export function createOrder(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'orders.create'>) {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller);
    const now = ctx.now();
    const at = now.toISOString();
    const { intake } = input;
    // Every date problem of the form at once: a promised date in the past, a purchase that has not happened yet.
    const dates: FieldErrors = {};
    if (intake.promisedDate && intake.promisedDate < localDate(at)) dates['intake.promisedDate'] = 'before_today';
    if (intake.promisedDate && beyondAYear(intake.promisedDate, localDate(at))) dates['intake.promisedDate'] = 'too_far';
    if (!('id' in input.device) && input.device.purchaseDate && input.device.purchaseDate > localDate(at)) dates['device.purchaseDate'] = 'in_future';
    if (Object.keys(dates).length) throw new DomainError('validation', 'A date of the intake is out of range.', dates);
    // A prepayment in cash goes into today's cash book, which takes no more cash once closed.
    if (intake.prepayment && intake.prepaymentMethod) refuseCashOnClosedDay(ctx, intake.prepaymentMethod, 'intake.prepaymentMethod');

    const customer = 'id' in input.customer ? liveCustomer(ctx, input.customer.id, 'customer.id') : newCustomer(ctx, input.customer, caller.id);
    const device =
      'id' in input.device
        ? ctx.store.devices.get(input.device.id)
        : newDevice(ctx, input.device, customer.id, caller.id);
    if (!device) throw new DomainError('validation', 'No such device.', { 'device.id': 'not_found' });
    // A unit in for repair already is that order's business, unless the clerk says why it comes in again.
    const open = 'id' in input.device ? openOrderOfDevice(ctx, device.id) : undefined;
    if (open && !input.insist) {
      throw new DomainError('conflict', `This unit is in for repair under open order ${open.number}.`, { 'device.id': 'open_order' });
    }

    const order: RepairOrder = {
      id: ctx.newId(),
      number: ctx.sequences.next('R', now.getUTCFullYear(), () => ctx.store.orders.all().map((o) => o.number)),
      customerId: customer.id,
      deviceId: device.id,
      receivedAt: at,
      receivedBy: caller.id,
      intake: {
        ...intake,
        warrantyBasis: intake.warrantyBasis ?? warrantyOf(ctx, device).suggestedBasis,
        appearance: intake.appearance || undefined,
        completeness: intake.completeness || undefined,
        promisedDate: intake.promisedDate || undefined,
        prepaymentMethod: intake.prepayment ? intake.prepaymentMethod : undefined,
      },
      status: 'received',
      loanerDemandedAt: intake.loanerDemanded ? at : undefined,
      workLines: [],
      partLines: [],
      timeline: [{ at, by: caller.id, from: null, to: 'received' }],
      insisted: open && input.insist ? { orderId: open.id, number: open.number, reason: input.insist.reason } : undefined,
      updatedAt: at,
      updatedBy: caller.id,
    };
    // A customer and device are written before the order that names them, so a crash leaves no dangling order.
    if (!('id' in input.customer)) await ctx.store.customers.insert(customer);
    if (!('id' in input.device)) await ctx.store.devices.insert(device);
    await ctx.store.orders.insert(order);
    ctx.sequences.commit(order.number);
    await noticeOrderChange(ctx, undefined, order);
    // The prepayment is a payment record (electron/payments/).
    await syncOrderPayments(ctx, order);
    return orderView(ctx, order);
  });
}

/**
 * Correct the intake facts of an order (a clerk or a manager), validated as at intake; each changed field is kept
 * in the order's corrections. A correction that changes nothing is not saved. What a printed act states stays as
 * issued: printing the intake act again makes a corrected version.
 */
export function correctOrder(ctx: ServiceContext, caller: Caller, { id, reason, ...fields }: ChannelParsedInput<'orders.correct'>) {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'orders.correct');
    const order = getOrder(ctx, id);
    refuseIfClosed(order);
    const at = nowIso(ctx);
    if (fields.promisedDate && fields.promisedDate !== order.intake.promisedDate && fields.promisedDate < localDate(at)) {
      throw new DomainError('validation', 'The promised date is in the past.', { promisedDate: 'before_today' });
    }
    if (fields.promisedDate && fields.promisedDate !== order.intake.promisedDate && beyondAYear(fields.promisedDate, localDate(at))) {
      throw new DomainError('validation', 'The promised date is more than a year ahead.', { promisedDate: 'too_far' });
    }
    const intake: RepairOrder['intake'] = { ...order.intake };
    for (const key of INTAKE_FIELDS) {
      const value = fields[key];
      if (value === undefined) continue;
      (intake as Record<string, unknown>)[key] = value === '' || value === null ? undefined : value;
    }
    intake.accessories ??= [];
    const corrections = correctionsOf(order.intake, intake, INTAKE_FIELDS, { at, by: caller.id, reason });
    if (corrections.length === 0) return orderView(ctx, order);
    // A loaner demand made by correction starts the loaner's legal clock now; withdrawn, it stops it.
    const loanerDemandedAt = intake.loanerDemanded ? (order.loanerDemandedAt ?? at) : undefined;
    const corrected: RepairOrder = { ...order, intake, loanerDemandedAt, corrections: [...(order.corrections ?? []), ...corrections], updatedAt: at, updatedBy: caller.id };
    // A corrected prepayment moves the money by its difference (checked before anything is stored).
    const payment = prepaymentCorrection(ctx, caller, order, intake.prepayment, reason);
    if (payment) await ctx.store.payments.insert(payment);
    // An estimate or approved maximum corrected below what the lines already come to stops the work as lines would.
    const saved = await ctx.store.orders.replace(stopForApproval(ctx, order, corrected, at, caller.id));
    await noticeOrderChange(ctx, order, saved);
    return orderView(ctx, saved);
  });
}

/** Move an order to another status (hand-back with an outcome; with a loaner out, a manager may override). */
export async function transitionOrder(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'orders.transition'>) {
  const view = await change(ctx, input.id, caller, (order, at) => {
    if (!canTransition(order.status, input.to)) {
      throw new DomainError('invalid_transition', `An order cannot go from ${order.status} to ${input.to}.`, {
        to: 'not_allowed',
      });
    }
    // Lines above what the customer agreed to: the work waits for the customer's answer (orders.recordApproval).
    refuseWithoutApproval(ctx, order, input.to);
    const handBack = input.to === 'issued';
    if (handBack && (!input.outcome || !handBackOutcomes(order.status).includes(input.outcome))) {
      throw new DomainError('validation', 'Hand-back needs an outcome.', { outcome: input.outcome ? 'invalid_choice' : 'required' });
    }
    // A warranty basis against a recorded cause outside warranty (liquid, impact, tampering) is changed or confirmed first.
    if (handBack && !input.basisConfirmed && causesAgainstBasis(ctx, order).length) {
      throw new DomainError('conflict', 'The diagnosis records a cause outside the warranty: change the warranty basis or confirm it.', { basis: 'cause_outside_warranty' });
    }
    // A loaner must come back before the repaired unit goes out, unless a manager overrides with a reason.
    const openLoan = handBack ? openLoanOf(ctx, order.id) : undefined;
    let note = input.note || undefined;
    if (openLoan) {
      if (!input.loanOverrideReason) {
        throw new DomainError('conflict', `Loaner loan ${openLoan.number} is still open: take the loaner back first.`, { loan: 'open_loan' });
      }
      requireRole(ctx, caller, 'orders.loanOverride');
      note = [note, `Handed back with loan ${openLoan.number} open: ${input.loanOverrideReason}`].filter(Boolean).join(' · ');
    }
    return {
      ...order,
      status: input.to,
      outcome: handBack ? input.outcome : order.outcome,
      handedBackAt: handBack ? at : order.handedBackAt,
      paidAmount: handBack ? input.paidAmount : order.paidAmount,
      timeline: [
        ...order.timeline,
        { at, by: caller.id, from: order.status, to: input.to, note },
      ],
    };
  });
  // An amount typed at hand-back is a payment record too.
  if (input.to === 'issued' && input.paidAmount) await ctx.store.exclusive(() => syncOrderPayments(ctx, view.order));
  return view;
}

/** Assign an order to a technician, or unassign it. */
export function assignOrder(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'orders.assign'>) {
  return change(ctx, input.id, caller, (order) => {
    refuseIfClosed(order);
    if (input.technicianId) {
      const technician = ctx.store.staff.get(input.technicianId);
      if (!technician || !technician.active || technician.role === 'clerk') {
        throw new DomainError('validation', 'Pick an active technician.', { technicianId: 'not_technician' });
      }
    }
    return { ...order, technicianId: input.technicianId ?? undefined };
  });
}

/** Record the diagnosis: notes and coded defects, by the caller. */
export function diagnoseOrder(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'orders.diagnose'>) {
  return change(ctx, input.id, caller, (order, at) => {
    refuseIfClosed(order);
    if (input.defects) checkDefects(ctx, input.defects);
    const defects = input.defects ?? order.diagnosis?.defects;
    return { ...order, diagnosis: { notes: input.notes, technicianId: caller.id, at, defects: defects?.length ? defects : undefined } };
  });
}

/**
 * Replace the work and part lines of an order (parts are reserved or released to match). Lines that take what the
 * customer pays above the estimate, the approved maximum or the customer's last approval stop the work at
 * "awaiting approval" (shared/orders/approval.ts).
 */
export function setOrderLines(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'orders.setLines'>) {
  return change(ctx, input.id, caller, (order, at) => {
    refuseIfClosed(order);
    checkCataloguePrices(ctx, caller, order, input.partLines);
    const next = {
      ...order,
      workLines: input.workLines.map((line) => ({ ...line, id: ctx.newId() })),
      partLines: input.partLines.map((line) => ({ ...line, id: ctx.newId(), sku: line.sku || undefined })),
    };
    return stopForApproval(ctx, order, next, at, caller.id);
  });
}

export function orderHandlers(ctx: ServiceContext): OrderMutations {
  return {
    'orders.create': (input, caller) => createOrder(ctx, caller, input),
    'orders.correct': (input, caller) => correctOrder(ctx, caller, input),
    'orders.transition': (input, caller) => transitionOrder(ctx, caller, input),
    'orders.assign': (input, caller) => assignOrder(ctx, caller, input),
    'orders.diagnose': (input, caller) => diagnoseOrder(ctx, caller, input),
    'orders.setLines': (input, caller) => setOrderLines(ctx, caller, input),
  };
}
