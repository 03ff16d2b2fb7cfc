import type { ChannelParsedInput } from '../../shared/channels.js';
import { SIGNATURE_LIMITS } from '../../shared/evidence/limits.js';
import type { ActSignature } from '../../shared/evidence/schemas.js';
import { DomainError } from '../../shared/platform/result.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { getOrder, intakeActFingerprint, issueIntakeAct, orderView } from '../orders/index.js';
import { photosOf } from './photos.js';

/** The signature given on screen for a version of an act (its fingerprint), if any. */
export function signatureFor(ctx: ServiceContext, orderId: string, act: ActSignature['act'], fingerprint: string | undefined): ActSignature | undefined {
  return ctx.store.signatures.byKey('order', (s) => [s.orderId], orderId).find((s) => s.act === act && (s.fingerprint ?? null) === (fingerprint ?? null));
}

export function signaturesOf(ctx: ServiceContext, orderId: string): ActSignature[] {
  return [...ctx.store.signatures.byKey('order', (s) => [s.orderId], orderId)];
}

/** The version of the intake act an order would print now: its fingerprint, from its facts and intake photos. */
function intakeVersion(ctx: ServiceContext, orderId: string): string | undefined {
  const order = getOrder(ctx, orderId);
  const photoIds = photosOf(ctx, order.id).filter((p) => p.stage === 'intake').map((p) => p.id);
  return intakeActFingerprint(orderView(ctx, order), photoIds);
}

/** Drawn strokes that are a signature: enough points in all, none outside the pad. */
function checkDrawn(drawn: NonNullable<ChannelParsedInput<'evidence.sign'>['drawn']>): void {
  const points = drawn.strokes.reduce((sum, stroke) => sum + stroke.length / 2, 0);
  if (points < SIGNATURE_LIMITS.minPoints) throw new DomainError('validation', 'Nothing is signed.', { drawn: 'empty_signature' });
  if (points > SIGNATURE_LIMITS.maxPoints) throw new DomainError('validation', 'The signature has too many points.', { drawn: 'too_many' });
  const outside = drawn.strokes.some((stroke) => stroke.length % 2 || stroke.some((v, i) => v > (i % 2 ? drawn.height : drawn.width)));
  if (outside) throw new DomainError('validation', 'The signature leaves its pad.', { drawn: 'out_of_range' });
}

/**
 * The customer signs the act on screen: the signature is kept with the version of the act it signs (never changed
 * once given: a corrected act is a new version, signed anew), then the act is issued with it. Should the issue fail,
 * the signature stays and the next print of the act shows it.
 */
export async function signAct(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'evidence.sign'>) {
  const signature = await ctx.store.exclusive(async () => {
    requireRole(ctx, caller);
    if (!input.drawn === !input.typed) throw new DomainError('validation', 'Sign on the pad, or type the name and confirm it.', { drawn: 'empty_signature' });
    if (input.drawn) checkDrawn(input.drawn);
    const fingerprint = intakeVersion(ctx, input.orderId);
    if (signatureFor(ctx, input.orderId, input.act, fingerprint)) {
      throw new DomainError('conflict', 'This version of the act has been signed already.', { orderId: 'already_signed' });
    }
    const record: ActSignature = {
      id: ctx.newId(),
      orderId: input.orderId,
      act: input.act,
      fingerprint,
      party: 'customer',
      method: input.drawn ? 'drawn' : 'typed',
      drawn: input.drawn,
      typedName: input.typed?.name,
      signedAt: nowIso(ctx),
      witnessedBy: caller.id,
    };
    return ctx.store.signatures.insert(record);
  });
  const document = await issueIntakeAct(ctx, caller, { orderId: input.orderId, language: input.language });
  return { signature, document };
}
