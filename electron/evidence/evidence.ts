import type { Handlers } from '../platform/ipc/handlers.js';
import type { ServiceContext } from '../platform/context.js';
import type { IntakeActPhoto } from '../orders/index.js';
import { getOrder } from '../orders/index.js';
import { addPhoto, photoContent, photosOf, thumbnailOf } from './photos.js';
import { signAct, signatureFor, signaturesOf } from './signatures.js';
import { revealUnlockCode, setUnlockCode, unlockOf, unlockStatus } from './unlockCodes.js';

/**
 * What the intake act of an order shows of its evidence: the photos taken at intake (with their thumbnails), the
 * version they make (the fingerprint, told by the orders' own rule), and this version's signature given on screen.
 */
export function intakeEvidence(ctx: ServiceContext, orderId: string, fingerprintOf: (photoIds: string[]) => string | undefined) {
  const photos = photosOf(ctx, orderId).filter((photo) => photo.stage === 'intake');
  const fingerprint = fingerprintOf(photos.map((photo) => photo.id));
  const signature = signatureFor(ctx, orderId, 'intake_act', fingerprint);
  const listed: IntakeActPhoto[] = photos.map((photo) => ({ stage: photo.stage, takenAt: photo.takenAt, takenBy: photo.takenBy, thumbnail: thumbnailOf(ctx, photo) }));
  return {
    photos: listed,
    fingerprint,
    signature: signature && { id: signature.id, method: signature.method, drawn: signature.drawn, typedName: signature.typedName, signedAt: signature.signedAt },
  };
}

type Channels = 'evidence.forOrder' | 'evidence.photos.add' | 'evidence.photos.content' | 'evidence.sign' | 'evidence.unlock.set' | 'evidence.unlock.reveal';

export function evidenceHandlers(ctx: ServiceContext): Pick<Handlers, Channels> {
  return {
    'evidence.forOrder': ({ orderId }) => {
      getOrder(ctx, orderId);
      return Promise.resolve({
        photos: photosOf(ctx, orderId).map((photo) => ({ ...photo, thumbnailBase64: thumbnailOf(ctx, photo)?.toString('base64') ?? '' })),
        signatures: signaturesOf(ctx, orderId).map(({ drawn: _strokes, ...signature }) => signature),
        unlock: unlockStatus(unlockOf(ctx, orderId)),
      });
    },
    'evidence.photos.add': async (input, caller) => {
      const photo = await addPhoto(ctx, caller, input);
      return { ...photo, thumbnailBase64: thumbnailOf(ctx, photo)?.toString('base64') ?? '' };
    },
    'evidence.photos.content': ({ id }) => photoContent(ctx, id),
    'evidence.sign': (input, caller) => signAct(ctx, caller, input),
    'evidence.unlock.set': ({ orderId, code }, caller) => setUnlockCode(ctx, caller, orderId, code),
    'evidence.unlock.reveal': ({ orderId }, caller) => revealUnlockCode(ctx, caller, orderId),
  };
}
