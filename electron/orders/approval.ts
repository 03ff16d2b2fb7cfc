import { DomainError } from '../../shared/platform/result.js';
import { advancesWork, approvalState, type ApprovalState, statusAfterApproval, WORK_STATUSES } from '../../shared/orders/approval.js';
import type { OrderStatus } from '../../shared/orders/status.js';
import type { Approval, RepairOrder } from '../../shared/orders/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { orderMoney } from '../payments/index.js';
import { getOrder, orderView } from './orderViews.js';
import { planOrderParts, appendMoves, allocateToWaiting, followUp } from '../parts/index.js';
import { noticeOrderChange } from '../notifications/index.js';

/** An order's approval state: what its customer pays now (the payments rule) against the limit in force. */
export function approvalOf(ctx: ServiceContext, order: RepairOrder): ApprovalState & { total: number } {
  const total = orderMoney(ctx, order).customer.gross;
  return { ...approvalState(total, order.intake, order.approvals), total };
}

/**
 * Lines just saved: when what the customer pays is now above the limit while the work is under way, the work
 * stops at "awaiting approval", with the total and the limit on the timeline.
 */
export function stopForApproval(ctx: ServiceContext, before: RepairOrder, after: RepairOrder, at: string, by: string): RepairOrder {
  if (!WORK_STATUSES.includes(after.status)) return after;
  const state = approvalOf(ctx, after);
  if (!state.needed || state.limit === undefined) return after;
  const entry = { at, by, from: before.status, to: 'awaiting_approval' as const, overLimit: { total: state.total, limit: state.limit } };
  return { ...after, status: 'awaiting_approval', timeline: [...after.timeline, entry] };
}

/**
 * Why a move to `to` must wait for the customer's answer: it advances the work (a status change, or a shipment to
 * an external service centre) while the lines are above what the customer agreed to. Undefined: it may go on.
 */
export function approvalHolds(ctx: ServiceContext, order: RepairOrder, to: OrderStatus): (ApprovalState & { total: number }) | undefined {
  if (!advancesWork(order.status, to)) return undefined;
  const state = approvalOf(ctx, order);
  return state.needed ? state : undefined;
}

/** A status change that advances the work is refused while the customer's approval is needed. */
export function refuseWithoutApproval(ctx: ServiceContext, order: RepairOrder, to: OrderStatus): void {
  const state = approvalHolds(ctx, order, to);
  if (state) {
    throw new DomainError('conflict', `The lines (${state.total}) are above what the customer agreed to (${state.limit}): record the customer's approval first.`, { to: 'approval_needed' });
  }
}

export function approvalHandlers(ctx: ServiceContext): Pick<Handlers, 'orders.recordApproval'> {
  return {
    'orders.recordApproval': (input, caller) =>
      ctx.store.exclusive(async () => {
        requireRole(ctx, caller, 'orders.recordApproval');
        const order = getOrder(ctx, input.id);
        if (order.status !== 'awaiting_approval') {
          throw new DomainError('conflict', `Order ${order.number} is not awaiting the customer's approval.`, { id: 'not_awaiting_approval' });
        }
        const recordedAt = nowIso(ctx);
        const at = input.at ? new Date(input.at).toISOString() : recordedAt;
        const state = approvalOf(ctx, order);
        if (input.answer === 'approved') {
          // An amount below what the lines come to does not approve them: the clerk records a refusal, or changes the lines.
          if (input.approvedUpTo === undefined) throw new DomainError('validation', 'How much did the customer approve?', { approvedUpTo: 'required' });
          if (input.approvedUpTo < state.total) {
            throw new DomainError('validation', `The customer's lines come to ${state.total}: an approval up to ${input.approvedUpTo} does not cover them.`, { approvedUpTo: 'below_total' });
          }
        } else if (input.approvedUpTo !== undefined) {
          throw new DomainError('validation', 'A refusal approves no amount.', { approvedUpTo: 'not_allowed' });
        }
        if (at > recordedAt) throw new DomainError('validation', 'The answer cannot come from the future.', { at: 'in_future' });
        if (at < order.receivedAt) throw new DomainError('validation', 'The answer cannot come before the unit was taken in.', { at: 'before_intake' });

        const approval: Approval = {
          answer: input.answer,
          approvedUpTo: input.answer === 'approved' ? input.approvedUpTo : undefined,
          channel: input.channel,
          at,
          by: caller.id,
          recordedAt,
          total: state.total,
          limit: state.limit,
          note: input.note || undefined,
        };
        const approvals = [...(order.approvals ?? []), approval];
        // Approved, the work goes back to where it stood; declined, it waits for the lines to come down or a cancellation.
        const to = input.answer === 'approved' ? statusAfterApproval(order.timeline) : undefined;
        const next: RepairOrder = {
          ...order,
          approvals,
          status: to ?? order.status,
          timeline: to ? [...order.timeline, { at: recordedAt, by: caller.id, from: order.status, to }] : order.timeline,
          updatedAt: recordedAt,
          updatedBy: caller.id,
        };
        // Back to ready uses the parts up again as completion does (electron/parts/orderParts.ts).
        const plan = planOrderParts(ctx, order, next, caller.id, recordedAt);
        await appendMoves(ctx, plan.moves);
        const saved = await ctx.store.orders.replace(plan.order);
        await noticeOrderChange(ctx, order, saved);
        await followUp('Serving waiting orders', () => allocateToWaiting(ctx, plan.freed, caller.id, recordedAt));
        return orderView(ctx, saved);
      }),
  };
}
