/**
 * The limits on evidence taken at intake and later. They are the workshop's own sanity limits (no law sets them):
 * a photo is downscaled on the PC that takes it to at most PHOTO_MAX_EDGE pixels on its long side and re-encoded
 * as JPEG (which drops EXIF, the camera's location among it), so that a stored photo stays well under a megabyte.
 */
export const PHOTO_LIMITS = {
  /** A picked file larger than this is refused before it is opened (a 50 MB "image"). */
  fileMaxBytes: 25 * 1024 * 1024,
  /** The stored photo: long side in pixels, and bytes. */
  maxEdge: 2048,
  maxBytes: 3 * 1024 * 1024,
  /** The thumbnail shown on the order and printed on the intake act. */
  thumbEdge: 320,
  thumbMaxBytes: 128 * 1024,
  /** Photos of one order, all stages together. */
  perOrder: 30,
} as const;

/** Base64 takes 4 characters for every 3 bytes. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** A signature drawn on screen: a few strokes of points, in the pad's own pixels. */
export const SIGNATURE_LIMITS = {
  maxStrokes: 60,
  maxPoints: 6000,
  /** Fewer points than this is a tap, not a signature. */
  minPoints: 8,
  maxWidth: 2000,
  maxHeight: 1000,
} as const;
