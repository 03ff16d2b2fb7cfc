import { z } from 'zod';
import { Id, IsoDateTime, Language, OptionalText, Text } from '../platform/common.js';
import { base64Length, PHOTO_LIMITS, SIGNATURE_LIMITS } from './limits.js';
import { fileNameProblem } from './names.js';
import { UNLOCK_KINDS, unlockProblem } from './unlock.js';

/** When a photo was taken: at intake, during diagnosis and repair, at hand-back. */
export const PHOTO_STAGES = ['intake', 'diagnosis', 'hand_back'] as const;
export const PhotoStage = z.enum(PHOTO_STAGES);
export type PhotoStage = z.infer<typeof PhotoStage>;

/** A photo of the unit's condition: its files in the data folder (evidence/...), checksum, size, who and when. */
export const OrderPhoto = z.object({
  id: Id,
  orderId: Id,
  stage: PhotoStage,
  source: z.enum(['camera', 'file']),
  /** The name of the attached file, as a label (never a path); none for a camera photo. */
  fileName: z.string().optional(),
  file: z.string(),
  thumbnail: z.string(),
  sha256: z.string(),
  bytes: z.int(),
  width: z.int(),
  height: z.int(),
  takenAt: IsoDateTime,
  takenBy: Id,
});
export type OrderPhoto = z.infer<typeof OrderPhoto>;

const Base64 = (maxBytes: number) => z.string().max(base64Length(maxBytes), 'too_large').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not_an_image');

export const PhotoAddInput = z.strictObject({
  orderId: Id,
  /** Left out: the order's status decides (received: intake; ready or handed back: hand-back; else diagnosis). */
  stage: PhotoStage.optional(),
  source: z.enum(['camera', 'file']),
  fileName: OptionalText(400).refine((name) => !name || !fileNameProblem(name), 'unsafe_name'),
  photoBase64: Base64(PHOTO_LIMITS.maxBytes),
  thumbnailBase64: Base64(PHOTO_LIMITS.thumbMaxBytes),
});

/** A photo as the order shows it: the record and its thumbnail (JPEG, base64). */
export const PhotoView = OrderPhoto.extend({ thumbnailBase64: z.string() });
export const PhotoGetInput = z.strictObject({ id: Id });
export const PhotoContent = z.object({ photo: OrderPhoto, jpegBase64: z.string() });

/** The acts a customer signs on screen. */
export const SIGNED_ACTS = ['intake_act'] as const;
export const SignedAct = z.enum(SIGNED_ACTS);

const Stroke = z.array(z.int().min(0).max(SIGNATURE_LIMITS.maxWidth)).min(2).max(SIGNATURE_LIMITS.maxPoints * 2);
/** A signature drawn with a mouse, a finger or a pen: strokes of points (x0, y0, x1, y1...) on a pad of a size. */
export const DrawnSignature = z.strictObject({
  width: z.int().min(50).max(SIGNATURE_LIMITS.maxWidth),
  height: z.int().min(20).max(SIGNATURE_LIMITS.maxHeight),
  strokes: z.array(Stroke).max(SIGNATURE_LIMITS.maxStrokes, 'too_many'),
});
export type DrawnSignature = z.infer<typeof DrawnSignature>;

export const SignInput = z.strictObject({
  orderId: Id,
  act: SignedAct,
  language: Language.optional(),
  /** Drawn on the pad; or, for a customer who cannot draw, the name typed and confirmed (the keyboard's way). */
  drawn: DrawnSignature.optional(),
  typed: z.strictObject({ name: Text(160), confirmed: z.boolean().refine((yes) => yes, 'confirm') }).optional(),
});

/** A signature given on screen, kept with the version of the act it signs; never changed once given. */
export const ActSignature = z.object({
  id: Id,
  orderId: Id,
  act: SignedAct,
  /** The version of the act signed (its fingerprint; none for a first version that states nothing corrected). */
  fingerprint: z.string().optional(),
  party: z.literal('customer'),
  method: z.enum(['drawn', 'typed']),
  drawn: DrawnSignature.optional(),
  typedName: z.string().optional(),
  signedAt: IsoDateTime,
  /** The member at the desk while the customer signed. */
  witnessedBy: Id,
});
export type ActSignature = z.infer<typeof ActSignature>;

export const UnlockKind = z.enum(UNLOCK_KINDS);
export const UnlockCodeInput = z
  .strictObject({ kind: UnlockKind, value: z.string().max(200, 'too_long') })
  .superRefine((code, context) => {
    const problem = unlockProblem(code.kind, code.value);
    if (problem) context.addIssue({ code: 'custom', path: ['value'], message: problem });
  });
export type UnlockCodeInput = z.infer<typeof UnlockCodeInput>;

/**
 * The customer's unlock code of an order, sealed (AES-256-GCM; the key is not in the data folder's files,
 * electron/evidence/unlockKeys.ts); each showing stamped; erased at hand-back (the code and its key go).
 */
export const UnlockRecord = z.object({
  id: Id,
  orderId: Id,
  kind: UnlockKind,
  /** base64 of iv (12 bytes) + tag (16) + ciphertext; absent once erased. */
  sealed: z.string().optional(),
  setAt: IsoDateTime,
  setBy: Id,
  shown: z.array(z.object({ at: IsoDateTime, by: Id })),
  erasedAt: IsoDateTime.optional(),
  erasedBy: Id.optional(),
});
export type UnlockRecord = z.infer<typeof UnlockRecord>;

/** What the order's screen knows of its unlock code: never the code itself. */
export const UnlockStatus = z.object({
  kind: UnlockKind,
  setAt: IsoDateTime,
  setBy: Id,
  shownCount: z.int(),
  erasedAt: IsoDateTime.optional(),
});

export const OrderEvidenceInput = z.strictObject({ orderId: Id });
export const OrderEvidence = z.object({
  photos: z.array(PhotoView),
  signatures: z.array(ActSignature.omit({ drawn: true })),
  unlock: UnlockStatus.nullable(),
});

export const UnlockSetInput = z.strictObject({ orderId: Id, code: UnlockCodeInput });
export const UnlockRevealInput = z.strictObject({ orderId: Id });
export const UnlockRevealed = z.object({ kind: UnlockKind, value: z.string() });
