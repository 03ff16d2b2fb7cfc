import { DomainError } from '../../shared/platform/result.js';
import { beyondAYear } from '../../shared/platform/dates.js';
import { daysBetween, localDate } from '../../shared/rules/index.js';
import { DUE_SOON_DAYS } from '../../shared/rules/index.js';
import { isOpen } from '../../shared/orders/index.js';
import type { Loan, LoanerUnit, LoanView } from '../../shared/loans/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { getOrder, orderView } from '../orders/index.js';
import { today } from '../rules/index.js';

export function openLoanOf(ctx: ServiceContext, orderId: string): Loan | undefined {
  return ctx.store.loans.all().find((l) => l.orderId === orderId && !l.returnedAt);
}

function getUnit(ctx: ServiceContext, id: string): LoanerUnit {
  const unit = ctx.store.loaners.get(id);
  if (!unit) throw new DomainError('not_found', 'No such loaner unit.', { unitId: 'not_found' });
  return unit;
}

export function loanView(ctx: ServiceContext, loan: Loan, on = today(ctx)): LoanView {
  const unit = getUnit(ctx, loan.unitId);
  const order = ctx.store.orders.get(loan.orderId);
  const customer = ctx.store.customers.get(loan.customerId);
  const daysLeft = loan.returnedAt ? undefined : daysBetween(on, loan.dueBack);
  const state = daysLeft === undefined ? 'returned' : daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'open';
  return {
    loan,
    unit,
    orderNumber: order?.number ?? '',
    customerName: customer?.name ?? '',
    customerPhone: customer?.phones[0] ?? '',
    daysLeft,
    state,
  };
}

/** Share of the days since the unit joined the pool that it was out on loan. */
function utilisation(ctx: ServiceContext, unit: LoanerUnit, on: string): number {
  const since = localDate(unit.createdAt);
  const total = Math.max(1, daysBetween(since, on));
  const lent = ctx.store.loans
    .all()
    .filter((l) => l.unitId === unit.id)
    .reduce((sum, l) => sum + Math.max(0, daysBetween(localDate(l.issuedAt), l.returnedAt ? localDate(l.returnedAt) : on)), 0);
  return Math.min(1, lent / total);
}

/** Loans newest first: all of them, the open ones, or those that need attention (overdue or due soon). */
export function listLoans(ctx: ServiceContext, { filter, unitId }: { filter: 'all' | 'open' | 'attention'; unitId?: string }): LoanView[] {
  const on = today(ctx);
  const loans = unitId ? ctx.store.loans.all().filter((l) => l.unitId === unitId) : ctx.store.loans.all();
  const views = [...loans].reverse().map((l) => loanView(ctx, l, on));
  if (filter === 'all') return views;
  const open = views.filter((v) => v.state !== 'returned');
  return filter === 'open' ? open : open.filter((v) => v.state === 'overdue' || v.state === 'due_soon');
}

/** Add a unit to the loaner pool, or change one. */
export function saveLoaner(ctx: ServiceContext, caller: Caller, { id, ...fields }: ChannelParsedInput<'loans.loaners.save'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller);
    const twin = store.loaners.all().find((u) => u.inventoryNumber.toLowerCase() === fields.inventoryNumber.toLowerCase());
    if (twin && twin.id !== id) {
      throw new DomainError('conflict', `Inventory number ${fields.inventoryNumber} is taken.`, { inventoryNumber: 'duplicate' });
    }
    const at = nowIso(ctx);
    if (id) {
      const unit = getUnit(ctx, id);
      return store.loaners.replace({ ...unit, ...fields, serial: fields.serial || undefined, notes: fields.notes || undefined, updatedAt: at, updatedBy: caller.id });
    }
    return store.loaners.insert({
      ...fields,
      id: ctx.newId(),
      serial: fields.serial || undefined,
      notes: fields.notes || undefined,
      state: 'available',
      createdAt: at,
      updatedAt: at,
      updatedBy: caller.id,
    });
  });
}

/** The customer demands a loaner: the legal clock for lending one starts. */
export function demandLoaner(ctx: ServiceContext, caller: Caller, { orderId }: ChannelParsedInput<'loans.demand'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller);
    const order = getOrder(ctx, orderId);
    if (!isOpen(order.status)) throw new DomainError('conflict', 'The order is closed.', { orderId: 'order_closed' });
    if (order.loanerDemandedAt) return orderView(ctx, order);
    const at = nowIso(ctx);
    const saved = await store.orders.replace({
      ...order,
      loanerDemandedAt: at,
      intake: { ...order.intake, loanerDemanded: true },
      updatedAt: at,
      updatedBy: caller.id,
    });
    return orderView(ctx, saved);
  });
}

/** Lend a unit for an order (never one unit on two loans). */
export function issueLoaner(ctx: ServiceContext, caller: Caller, { orderId, unitId, dueBack, conditionOut, accessoriesOut, depositTaken }: ChannelParsedInput<'loans.issue'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller);
    const order = getOrder(ctx, orderId);
    if (!isOpen(order.status)) throw new DomainError('conflict', 'The order is closed.', { orderId: 'order_closed' });
    if (openLoanOf(ctx, order.id)) throw new DomainError('conflict', 'This order has a loaner out already.', { orderId: 'loan_open' });
    const unit = getUnit(ctx, unitId);
    if (unit.state !== 'available') throw new DomainError('conflict', `Unit ${unit.inventoryNumber} is not available (${unit.state}).`, { unitId: 'not_available' });
    const issuedAt = ctx.now();
    if (dueBack < localDate(issuedAt.toISOString())) {
      throw new DomainError('validation', 'The due date is before the issue date.', { dueBack: 'before_issue' });
    }
    if (beyondAYear(dueBack, localDate(issuedAt.toISOString()))) {
      throw new DomainError('validation', 'The due date is more than a year ahead.', { dueBack: 'too_far' });
    }
    const loan: Loan = {
      id: ctx.newId(),
      number: ctx.sequences.next('L', issuedAt.getUTCFullYear(), () => store.loans.all().map((l) => l.number)),
      unitId: unit.id,
      orderId: order.id,
      customerId: order.customerId,
      issuedAt: issuedAt.toISOString(),
      issuedBy: caller.id,
      dueBack,
      conditionOut,
      accessoriesOut,
      depositTaken,
    };
    // The unit is marked first: a crash between the two writes leaves a unit "on loan" without a loan (visible,
    // fixable), never a loan of a unit that still looks available.
    await store.loaners.replace({ ...unit, state: 'on_loan', updatedAt: loan.issuedAt, updatedBy: caller.id });
    await store.loans.insert(loan);
    ctx.sequences.commit(loan.number);
    return loanView(ctx, loan);
  });
}

type LoanChannels =
  | 'loans.loaners.list'
  | 'loans.loaners.save'
  | 'loans.loaners.setState'
  | 'loans.demand'
  | 'loans.issue'
  | 'loans.return'
  | 'loans.list'
  | 'loans.forOrder';

export function loanHandlers(ctx: ServiceContext): Pick<Handlers, LoanChannels> {
  const { store } = ctx;

  return {
    'loans.loaners.list': () => {
      const on = today(ctx);
      return store.loaners.all().map((unit) => {
        const loans = store.loans.all().filter((l) => l.unitId === unit.id);
        const current = loans.find((l) => !l.returnedAt);
        return { ...unit, currentLoan: current ? loanView(ctx, current, on) : undefined, loans: loans.length, utilisation: utilisation(ctx, unit, on) };
      });
    },

    'loans.loaners.save': (input, caller) => saveLoaner(ctx, caller, input),

    'loans.loaners.setState': ({ id, state, note }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const unit = getUnit(ctx, id);
        if (unit.state === 'on_loan') throw new DomainError('conflict', 'The unit is on loan: return it first.', { state: 'on_loan' });
        const notes = note ? [unit.notes, note].filter(Boolean).join('\n') : unit.notes;
        return store.loaners.replace({ ...unit, state, notes, updatedAt: nowIso(ctx), updatedBy: caller.id });
      }),

    /** The customer demands a replacement device: the legal clock (e.g. 3 days in Russia) starts now. */
    'loans.demand': (input, caller) => demandLoaner(ctx, caller, input),

    /** Lend a unit for an order. Runs alone, so a unit can never go out on two loans at once. */
    'loans.issue': (input, caller) => issueLoaner(ctx, caller, input),

    'loans.return': ({ loanId, conditionIn, depositReturned, withheldReason, unitTo }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const loan = store.loans.get(loanId);
        if (!loan) throw new DomainError('not_found', 'No such loan.', { loanId: 'not_found' });
        if (loan.returnedAt) throw new DomainError('conflict', `Loan ${loan.number} has been returned already.`, { loanId: 'already_returned' });
        if (depositReturned > loan.depositTaken) {
          throw new DomainError('validation', 'More deposit returned than was taken.', { depositReturned: 'more_than_taken' });
        }
        if (depositReturned < loan.depositTaken && !withheldReason) {
          throw new DomainError('validation', 'Say why part of the deposit is withheld.', { withheldReason: 'required' });
        }
        const at = nowIso(ctx);
        const returned: Loan = {
          ...loan,
          returnedAt: at,
          returnedBy: caller.id,
          conditionIn,
          depositReturned,
          withheldReason: withheldReason || undefined,
          unitWentTo: unitTo,
        };
        const unit = getUnit(ctx, loan.unitId);
        await store.loans.replace(returned);
        await store.loaners.replace({ ...unit, state: unitTo, condition: conditionIn, updatedAt: at, updatedBy: caller.id });
        return loanView(ctx, returned);
      }),

    'loans.list': (input) => listLoans(ctx, input),

    'loans.forOrder': ({ orderId }) => store.loans.all().filter((l) => l.orderId === orderId).map((l) => loanView(ctx, l)),
  };
}
