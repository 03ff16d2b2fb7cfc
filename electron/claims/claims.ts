import { DomainError } from '../../shared/platform/result.js';
import { localDate } from '../../shared/rules/index.js';
import { claimAwaitsAnswer, claimClock, claimTerms, type ClaimStatus, type ClaimTerms } from '../../shared/claims/claims.js';
import type { EffectiveProfile } from '../../shared/rules/index.js';
import type { Claim, ClaimView } from '../../shared/claims/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { getOrder } from '../orders/index.js';
import { today, workshopProfile } from '../rules/index.js';
import { currentSettings } from '../settings/index.js';
import { noticeClaimAnswered } from '../notifications/index.js';

export function getClaim(ctx: ServiceContext, id: string): Claim {
  const claim = ctx.store.claims.get(id);
  if (!claim) throw new DomainError('not_found', 'No such claim.', { id: 'not_found' });
  return claim;
}

/** The deadline and penalty rate a claim gets under today's settings: stored on it at registration. */
function termsNow(ctx: ServiceContext, claim: Pick<Claim, 'receivedOn' | 'demand' | 'replacementCase' | 'decision' | 'customerId'>, profile = workshopProfile(ctx)): ClaimTerms {
  const decision = claim.decision && { outcome: claim.decision.outcome, answeredOn: claim.decision.decidedOn };
  // A company's claim is not a consumer's: no statutory term, no penalty (where the profile says so).
  const consumer = !claim.customerId || ctx.store.customers.get(claim.customerId)?.kind !== 'company';
  return claimTerms({ ...claim, ...decision }, profile, currentSettings(ctx).holidays, consumer);
}

/**
 * A claim with where it stands against its statutory deadline today and the penalty accrued, by the terms stored on
 * it at registration (older claims without stored terms: by today's profile).
 */
export function claimView(ctx: ServiceContext, claim: Claim, profile: EffectiveProfile = workshopProfile(ctx), on = today(ctx)): ClaimView {
  const answeredOn = claim.decision?.decidedOn ?? (claim.status === 'withdrawn' ? localDateOf(claim.history.findLast((h) => h.to === 'withdrawn')?.at) : undefined);
  const clock = claimClock(
    {
      receivedOn: claim.receivedOn,
      demand: claim.demand,
      replacementCase: claim.replacementCase,
      goodsPrice: claim.goodsPrice,
      answeredOn,
      outcome: claim.decision?.outcome,
      fulfilledOn: claim.fulfilledOn,
    },
    (claim.terms as ClaimTerms | undefined) ?? termsNow(ctx, claim, profile),
    on,
    currentSettings(ctx).holidays,
  );
  const orderNumber = claim.orderId ? ctx.store.orders.get(claim.orderId)?.number : undefined;
  return { claim, orderNumber, ...clock };
}

const localDateOf = (instant: string | undefined) => (instant ? localDate(instant) : undefined);

/** The facts the claim's clock runs on that a correction changes, as "field: old → new". */
function clockFacts(claim: Claim, facts: Pick<Claim, 'receivedOn' | 'demand' | 'replacementCase'>): string[] {
  return (['receivedOn', 'demand', 'replacementCase'] as const)
    .filter((key) => claim[key] !== facts[key])
    .map((key) => `${key}: ${claim[key] ?? '—'} → ${facts[key] ?? '—'}`);
}

/** Status moves a clerk or manager may make by hand; "answered" comes only with a decision. */
const MOVES: Record<ClaimStatus, readonly ClaimStatus[]> = {
  received: ['under_review', 'withdrawn'],
  under_review: ['withdrawn'],
  answered: ['closed'],
  closed: [],
  withdrawn: [],
};

type ClaimChannels = 'claims.list' | 'claims.get' | 'claims.save' | 'claims.decide' | 'claims.fulfil' | 'claims.setStatus';

export function claimHandlers(ctx: ServiceContext): Pick<Handlers, ClaimChannels> {
  const { store } = ctx;

  return {
    'claims.list': ({ filter, orderId }) => {
      const profile = workshopProfile(ctx);
      const on = today(ctx);
      const claims = orderId ? store.claims.all().filter((c) => c.orderId === orderId) : store.claims.all();
      const views = [...claims].reverse().map((c) => claimView(ctx, c, profile, on));
      if (filter === 'all') return views;
      const open = views.filter((v) => claimAwaitsAnswer(v.claim.status));
      return filter === 'open' ? open : open.filter((v) => v.state === 'overdue' || v.state === 'due_soon');
    },

    'claims.get': ({ id }) => claimView(ctx, getClaim(ctx, id)),

    'claims.save': ({ id, orderId, ...fields }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller);
        if (fields.receivedOn > today(ctx)) throw new DomainError('validation', 'The claim cannot be received in the future.', { receivedOn: 'in_future' });
        if (fields.demand !== 'replacement' && fields.replacementCase) fields.replacementCase = undefined;
        const order = orderId ? getOrder(ctx, orderId) : undefined;
        const customer = order ? store.customers.get(order.customerId) : undefined;
        const device = order ? store.devices.get(order.deviceId) : undefined;
        const customerName = fields.customerName || customer?.name;
        if (!customerName) throw new DomainError('validation', 'Name the customer, or pick the order.', { customerName: 'required' });
        const goods = fields.goods || (device ? [device.brand, device.model, device.imei ?? device.serial].filter(Boolean).join(' ') : '');
        if (!goods) throw new DomainError('validation', 'Name the goods, or pick the order.', { goods: 'required' });
        const at = nowIso(ctx);
        const facts = {
          ...fields,
          // Left out in a correction means cleared: the stored claim must not keep an old price or amount.
          replacementCase: fields.replacementCase,
          goodsPrice: fields.goodsPrice,
          amountClaimed: fields.amountClaimed,
          customerName,
          customerPhone: fields.customerPhone || customer?.phones[0] || undefined,
          customerAddress: fields.customerAddress || customer?.address || undefined,
          goods,
          orderId: order?.id,
          customerId: customer?.id,
          deviceId: device?.id,
        };
        if (id) {
          const claim = getClaim(ctx, id);
          if (!claimAwaitsAnswer(claim.status)) throw new DomainError('conflict', `Claim ${claim.number} has been answered.`, { id: 'claim_answered' });
          const changed = clockFacts(claim, facts);
          // The received date and the demand set the deadline and the penalty: only a manager corrects them, on record.
          if (changed.length) requireRole(ctx, caller, 'claims.correct');
          const sameTerms = !changed.length && claim.customerId === facts.customerId;
          const terms = sameTerms && claim.terms ? claim.terms : termsNow(ctx, facts);
          const history = changed.length ? [...claim.history, { at, by: caller.id, from: claim.status, to: claim.status, action: 'corrected' as const, note: changed.join('; ') }] : claim.history;
          return claimView(ctx, await store.claims.replace({ ...claim, ...facts, terms, history, updatedAt: at, updatedBy: caller.id }));
        }
        const year = Number(fields.receivedOn.slice(0, 4));
        const claim: Claim = {
          ...facts,
          id: ctx.newId(),
          number: ctx.sequences.next('CL', year, () => store.claims.all().map((c) => c.number)),
          status: 'received',
          terms: termsNow(ctx, facts),
          history: [{ at, by: caller.id, from: null, to: 'received' }],
          createdAt: at,
          createdBy: caller.id,
          updatedAt: at,
          updatedBy: caller.id,
        };
        await store.claims.insert(claim);
        ctx.sequences.commit(claim.number);
        return claimView(ctx, claim);
      }),

    'claims.decide': ({ id, decidedOn, ...decision }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'claims.decide');
        const claim = getClaim(ctx, id);
        if (!claimAwaitsAnswer(claim.status)) throw new DomainError('conflict', `Claim ${claim.number} is ${claim.status}.`, { id: 'claim_answered' });
        const on = decidedOn ?? today(ctx);
        if (on < claim.receivedOn) throw new DomainError('validation', 'The answer cannot precede the claim.', { decidedOn: 'before_received' });
        if (on > today(ctx)) throw new DomainError('validation', 'The answer cannot be dated in the future.', { decidedOn: 'in_future' });
        if (decision.outcome !== 'rejected' && claim.demand !== 'repair' && claim.demand !== 'replacement' && decision.amount === undefined) {
          throw new DomainError('validation', 'Say what amount is paid.', { amount: 'required' });
        }
        const at = nowIso(ctx);
        const decided = { ...decision, legalBasis: decision.legalBasis || undefined, decidedOn: on, decidedBy: caller.id };
        // A term that runs from the trader agreeing (UK refunds) starts with this decision.
        const terms = claim.terms?.deadline.from === 'agreement' ? termsNow(ctx, { ...claim, decision: decided }) : claim.terms;
        const saved = await store.claims.replace({
          ...claim,
          status: 'answered',
          terms,
          decision: decided,
          history: [...claim.history, { at, by: caller.id, from: claim.status, to: 'answered', note: decision.outcome }],
          updatedAt: at,
          updatedBy: caller.id,
        });
        await noticeClaimAnswered(ctx, saved);
        return claimView(ctx, saved);
      }),

    'claims.fulfil': ({ id, fulfilledOn }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'claims.decide');
        const claim = getClaim(ctx, id);
        const outcome = claim.decision?.outcome;
        if (outcome !== 'accepted' && outcome !== 'partly_accepted') {
          throw new DomainError('conflict', `Claim ${claim.number} has no accepted demand to satisfy.`, { id: 'not_accepted' });
        }
        if (claim.fulfilledOn) throw new DomainError('conflict', `Claim ${claim.number} was satisfied on ${claim.fulfilledOn}.`, { id: 'already_fulfilled' });
        if (fulfilledOn < claim.decision!.decidedOn) throw new DomainError('validation', 'The demand cannot be satisfied before the decision.', { fulfilledOn: 'before_decision' });
        if (fulfilledOn > today(ctx)) throw new DomainError('validation', 'The day cannot be in the future.', { fulfilledOn: 'in_future' });
        const at = nowIso(ctx);
        const saved = await store.claims.replace({
          ...claim,
          fulfilledOn,
          history: [...claim.history, { at, by: caller.id, from: claim.status, to: claim.status, action: 'fulfilled', note: fulfilledOn }],
          updatedAt: at,
          updatedBy: caller.id,
        });
        return claimView(ctx, saved);
      }),

    'claims.setStatus': ({ id, to, note }, caller) =>
      store.exclusive(async () => {
        // Withdrawal cannot be undone and stops the clock: a manager's act.
        requireRole(ctx, caller, to === 'withdrawn' ? 'claims.withdraw' : undefined);
        const claim = getClaim(ctx, id);
        if (!MOVES[claim.status].includes(to)) {
          throw new DomainError('invalid_transition', `A claim cannot go from ${claim.status} to ${to}.`, { to: 'not_allowed' });
        }
        const at = nowIso(ctx);
        const saved = await store.claims.replace({
          ...claim,
          status: to,
          history: [...claim.history, { at, by: caller.id, from: claim.status, to, note: note || undefined }],
          updatedAt: at,
          updatedBy: caller.id,
        });
        return claimView(ctx, saved);
      }),
  };
}
