import { DomainError } from '../../shared/platform/result.js';
import { COUNTERPARTY_CLAIM_MOVES, OPEN_COUNTERPARTY_CLAIM } from '../../shared/claims/counterpartyFlow.js';
import type { CounterpartyClaim, Examination } from '../../shared/claims/counterpartyClaim.js';
import type { ChannelOutput } from '../../shared/channels.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { getCounterparty } from '../parts/index.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { findOrderByCode } from '../orders/index.js';
import { today } from '../rules/index.js';

type ClaimView = ChannelOutput<'claims.counterparty.list'>[number];
type ExaminationView = ChannelOutput<'claims.examinations.list'>[number];

function claimView(ctx: ServiceContext, claim: CounterpartyClaim, on = today(ctx)): ClaimView {
  return {
    ...claim,
    orderNumbers: claim.orderIds.map((id) => ctx.store.orders.get(id)?.number ?? '?'),
    overdue: claim.status === 'sent' && claim.answerDueOn !== undefined && claim.answerDueOn < on,
  };
}

function examinationView(ctx: ServiceContext, e: Examination): ExaminationView {
  return { ...e, orderNumber: e.orderId ? ctx.store.orders.get(e.orderId)?.number : undefined, claimNumber: e.claimId ? ctx.store.claims.get(e.claimId)?.number : undefined };
}

/** Order numbers typed by the manager → order ids; an unknown one is named by its position. */
function ordersNamed(ctx: ServiceContext, numbers: readonly string[], field: string): string[] {
  return numbers.map((number, i) => {
    const order = findOrderByCode(ctx, number);
    if (!order) throw new DomainError('validation', `No order ${number}.`, { [field.replace('#', String(i))]: 'not_found' });
    return order.id;
  });
}

type Channels = 'claims.counterparty.list' | 'claims.counterparty.save' | 'claims.counterparty.setStatus' | 'claims.examinations.list' | 'claims.examinations.save' | 'claims.examinations.result';

export function counterpartyClaimHandlers(ctx: ServiceContext): Pick<Handlers, Channels> {
  const { store } = ctx;
  const optionalDate = (d: string | undefined) => d || undefined;

  return {
    'claims.counterparty.list': ({ filter }) => {
      const on = today(ctx);
      const all = [...store.counterpartyClaims.all()].reverse();
      return (filter === 'all' ? all : all.filter((c) => OPEN_COUNTERPARTY_CLAIM.includes(c.status))).map((c) => claimView(ctx, c, on));
    },

    'claims.counterparty.save': ({ id, orderNumbers, sentOn, answerDueOn, ...fields }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'claims.counterparty');
        // A claim linked to the counterparties register must name one that exists; the name follows the register.
        if (fields.counterpartyId) fields.counterpartyName = getCounterparty(ctx, fields.counterpartyId, 'counterpartyId').name;
        const orderIds = ordersNamed(ctx, orderNumbers, 'orderNumbers.#');
        if (sentOn && answerDueOn && answerDueOn < sentOn) throw new DomainError('validation', 'The answer is due before the claim is sent.', { answerDueOn: 'before_sent' });
        const at = nowIso(ctx);
        const facts = { ...fields, orderIds, sentOn: optionalDate(sentOn), answerDueOn: optionalDate(answerDueOn), updatedAt: at, updatedBy: caller.id };
        if (id) {
          const claim = store.counterpartyClaims.get(id);
          if (!claim) throw new DomainError('not_found', 'No such claim.', { id: 'not_found' });
          if (claim.status !== 'draft' && claim.status !== 'sent') throw new DomainError('conflict', `Claim ${claim.number} has been answered.`, { id: 'claim_answered' });
          return claimView(ctx, await store.counterpartyClaims.replace({ ...claim, ...facts }));
        }
        const claim: CounterpartyClaim = {
          ...facts,
          id: ctx.newId(),
          number: ctx.sequences.next('CC', ctx.now().getUTCFullYear(), () => store.counterpartyClaims.all().map((c) => c.number)),
          status: facts.sentOn ? 'sent' : 'draft',
          history: [{ at, by: caller.id, to: facts.sentOn ? 'sent' : 'draft' }],
          createdAt: at,
        };
        await store.counterpartyClaims.insert(claim);
        ctx.sequences.commit(claim.number);
        return claimView(ctx, claim);
      }),

    'claims.counterparty.setStatus': ({ id, to, on, amountSettled, note }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'claims.counterparty');
        const claim = store.counterpartyClaims.get(id);
        if (!claim) throw new DomainError('not_found', 'No such claim.', { id: 'not_found' });
        if (!COUNTERPARTY_CLAIM_MOVES[claim.status].includes(to)) throw new DomainError('invalid_transition', `A claim cannot go from ${claim.status} to ${to}.`, { to: 'not_allowed' });
        if (to === 'settled' && amountSettled === undefined) throw new DomainError('validation', 'Say how much was received.', { amountSettled: 'required' });
        const day = on ?? today(ctx);
        const at = nowIso(ctx);
        const saved = await store.counterpartyClaims.replace({
          ...claim,
          status: to,
          sentOn: to === 'sent' ? day : claim.sentOn,
          settledOn: to === 'settled' ? day : claim.settledOn,
          amountSettled: amountSettled ?? claim.amountSettled,
          history: [...claim.history, { at, by: caller.id, to, note: note || undefined }],
          updatedAt: at,
          updatedBy: caller.id,
        });
        return claimView(ctx, saved);
      }),

    'claims.examinations.list': ({ orderId, claimId }) =>
      [...store.examinations.all()]
        .reverse()
        .filter((e) => (!orderId || e.orderId === orderId) && (!claimId || e.claimId === claimId))
        .map((e) => examinationView(ctx, e)),

    'claims.examinations.save': ({ id, orderNumber, claimId, ...fields }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const order = orderNumber ? findOrderByCode(ctx, orderNumber) : undefined;
        if (orderNumber && !order) throw new DomainError('validation', `No order ${orderNumber}.`, { orderNumber: 'not_found' });
        if (claimId && !store.claims.get(claimId)) throw new DomainError('validation', 'No such claim.', { claimId: 'not_found' });
        if (!order && !claimId) throw new DomainError('validation', 'Name the order or the claim the unit belongs to.', { orderNumber: 'required' });
        if (fields.sentOn > today(ctx)) throw new DomainError('validation', 'Sent in the future.', { sentOn: 'in_future' });
        const at = nowIso(ctx);
        const facts = { ...fields, orderId: order?.id, claimId, updatedAt: at, updatedBy: caller.id };
        if (id) {
          const existing = store.examinations.get(id);
          if (!existing) throw new DomainError('not_found', 'No such examination.', { id: 'not_found' });
          return examinationView(ctx, await store.examinations.replace({ ...existing, ...facts }));
        }
        const examination: Examination = {
          ...facts,
          id: ctx.newId(),
          number: ctx.sequences.next('EX', ctx.now().getUTCFullYear(), () => store.examinations.all().map((e) => e.number)),
          createdAt: at,
        };
        await store.examinations.insert(examination);
        ctx.sequences.commit(examination.number);
        return examinationView(ctx, examination);
      }),

    'claims.examinations.result': ({ id, resultOn, conclusion, result, cost, paidBy }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        const examination = store.examinations.get(id);
        if (!examination) throw new DomainError('not_found', 'No such examination.', { id: 'not_found' });
        if (resultOn < examination.sentOn) throw new DomainError('validation', 'The result cannot precede the referral.', { resultOn: 'before_sent' });
        if (resultOn > today(ctx)) throw new DomainError('validation', 'The result is dated in the future.', { resultOn: 'in_future' });
        const saved = await store.examinations.replace({
          ...examination,
          resultOn,
          conclusion,
          result,
          cost: cost ?? examination.cost,
          paidBy: paidBy ?? examination.paidBy,
          updatedAt: nowIso(ctx),
          updatedBy: caller.id,
        });
        return examinationView(ctx, saved);
      }),
  };
}
