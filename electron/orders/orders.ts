import { DomainError } from '../../shared/platform/result.js';
import { canTransition, handBackOutcomes } from '../../shared/orders/status.js';
import { localDate } from '../../shared/rules/index.js';
import type { RepairOrder } from '../../shared/orders/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireActor } from '../platform/context.js';
import { newCustomer } from '../customers/index.js';
import { newDevice } from '../devices/index.js';
import { getOrder, orderView } from './orderViews.js';
import { warrantyOf } from '../warranty/index.js';
import { openLoanOf } from '../loans/index.js';
import { planOrderParts } from '../parts/index.js';
import { allocateToWaiting, appendMoves, followUp } from '../parts/index.js';
import { checkDefects } from '../defects/index.js';

type OrderMutations = Pick<
  Handlers,
  'orders.create' | 'orders.transition' | 'orders.assign' | 'orders.diagnose' | 'orders.setLines'
>;

export function orderHandlers(ctx: ServiceContext): OrderMutations {
  const { store } = ctx;

  /** Apply a change to an order and save it, stamped with who and when. */
  async function change(id: string, actorId: string, edit: (order: RepairOrder, at: string) => RepairOrder) {
    return store.exclusive(async () => {
      requireActor(ctx, actorId);
      const order = getOrder(ctx, id);
      const at = nowIso(ctx);
      const plan = planOrderParts(ctx, order, edit(order, at), actorId, at);
      // The ledger first, then the order (why, and how a failure between the two is repaired: stockLedger.ts).
      await appendMoves(ctx, plan.moves);
      const saved = await store.orders.replace({ ...plan.order, updatedAt: at, updatedBy: actorId });
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

  return {
    'orders.create': (input) =>
      store.exclusive(async () => {
        requireActor(ctx, input.actorId);
        const now = ctx.now();
        const at = now.toISOString();
        const { intake } = input;
        if (intake.promisedDate && intake.promisedDate < localDate(at)) {
          throw new DomainError('validation', 'The promised date is in the past.', { 'intake.promisedDate': 'before_today' });
        }

        const customer =
          'id' in input.customer ? store.customers.get(input.customer.id) : newCustomer(ctx, input.customer, input.actorId);
        if (!customer) throw new DomainError('validation', 'No such customer.', { 'customer.id': 'not_found' });
        const device =
          'id' in input.device
            ? store.devices.get(input.device.id)
            : newDevice(ctx, input.device, customer.id, input.actorId);
        if (!device) throw new DomainError('validation', 'No such device.', { 'device.id': 'not_found' });

        const order: RepairOrder = {
          id: ctx.newId(),
          number: ctx.sequences.next('R', now.getUTCFullYear(), () => store.orders.all().map((o) => o.number)),
          customerId: customer.id,
          deviceId: device.id,
          receivedAt: at,
          receivedBy: input.actorId,
          intake: {
            ...intake,
            warrantyBasis: intake.warrantyBasis ?? warrantyOf(ctx, device).suggestedBasis,
            appearance: intake.appearance || undefined,
            completeness: intake.completeness || undefined,
            promisedDate: intake.promisedDate || undefined,
          },
          status: 'received',
          loanerDemandedAt: intake.loanerDemanded ? at : undefined,
          workLines: [],
          partLines: [],
          timeline: [{ at, by: input.actorId, from: null, to: 'received' }],
          updatedAt: at,
          updatedBy: input.actorId,
        };
        // A customer and device are written before the order that names them, so a crash leaves no dangling order.
        if (!('id' in input.customer)) await store.customers.insert(customer);
        if (!('id' in input.device)) await store.devices.insert(device);
        await store.orders.insert(order);
        ctx.sequences.commit(order.number);
        return orderView(ctx, order);
      }),

    'orders.transition': (input) =>
      change(input.id, input.actorId, (order, at) => {
        if (!canTransition(order.status, input.to)) {
          throw new DomainError('invalid_transition', `An order cannot go from ${order.status} to ${input.to}.`, {
            to: 'not_allowed',
          });
        }
        const handBack = input.to === 'issued';
        if (handBack && (!input.outcome || !handBackOutcomes(order.status).includes(input.outcome))) {
          throw new DomainError('validation', 'Hand-back needs an outcome.', { outcome: input.outcome ? 'invalid_choice' : 'required' });
        }
        // A loaner must come back before the repaired unit goes out, unless a manager overrides with a reason.
        const openLoan = handBack ? openLoanOf(ctx, order.id) : undefined;
        let note = input.note || undefined;
        if (openLoan) {
          if (!input.loanOverrideReason) {
            throw new DomainError('conflict', `Loaner loan ${openLoan.number} is still open: take the loaner back first.`, { loan: 'open_loan' });
          }
          requireActor(ctx, input.actorId, ['manager']);
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
            { at, by: input.actorId, from: order.status, to: input.to, note },
          ],
        };
      }),

    'orders.assign': (input) =>
      change(input.id, input.actorId, (order) => {
        refuseIfClosed(order);
        if (input.technicianId) {
          const technician = store.staff.get(input.technicianId);
          if (!technician || !technician.active || technician.role === 'clerk') {
            throw new DomainError('validation', 'Pick an active technician.', { technicianId: 'not_technician' });
          }
        }
        return { ...order, technicianId: input.technicianId ?? undefined };
      }),

    'orders.diagnose': (input) =>
      change(input.id, input.actorId, (order, at) => {
        refuseIfClosed(order);
        if (input.defects) checkDefects(ctx, input.defects);
        const defects = input.defects ?? order.diagnosis?.defects;
        return { ...order, diagnosis: { notes: input.notes, technicianId: input.actorId, at, defects: defects?.length ? defects : undefined } };
      }),

    'orders.setLines': (input) =>
      change(input.id, input.actorId, (order) => {
        refuseIfClosed(order);
        return {
          ...order,
          workLines: input.workLines.map((line) => ({ ...line, id: ctx.newId() })),
          partLines: input.partLines.map((line) => ({ ...line, id: ctx.newId(), sku: line.sku || undefined })),
        };
      }),
  };
}
