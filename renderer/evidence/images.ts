import { fileNameProblem, PHOTO_LIMITS } from '../../shared/evidence/index.js';
import type { FieldErrors } from '../../shared/platform/result.js';

/** A photo ready to send: the picture downscaled and re-encoded as JPEG (no EXIF, so no location), its thumbnail. */
export interface PreparedPhoto {
  photoBase64: string;
  thumbnailBase64: string;
}

/** Why a picked file is refused before it is opened (the backend checks again), or undefined. */
export function fileProblems(file: File): FieldErrors | undefined {
  if (fileNameProblem(file.name)) return { fileName: 'unsafe_name' };
  if (file.size > PHOTO_LIMITS.fileMaxBytes) return { photoBase64: 'too_large' };
  return undefined;
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The picture drawn at most `edge` pixels on its long side, as JPEG. */
async function encoded(source: CanvasImageSource, width: number, height: number, edge: number, quality: number): Promise<Blob> {
  const scale = Math.min(1, edge / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw new Error('no JPEG');
  return blob;
}

/** A picture (a camera frame or a decoded file) as the photo and thumbnail the backend keeps. */
export async function preparePhoto(source: CanvasImageSource, width: number, height: number): Promise<PreparedPhoto> {
  let photo = await encoded(source, width, height, PHOTO_LIMITS.maxEdge, 0.85);
  // A very detailed picture may still be above the limit at that quality: once more, a little softer.
  if (photo.size > PHOTO_LIMITS.maxBytes) photo = await encoded(source, width, height, PHOTO_LIMITS.maxEdge, 0.7);
  const thumbnail = await encoded(source, width, height, PHOTO_LIMITS.thumbEdge, 0.75);
  return { photoBase64: await base64Of(photo), thumbnailBase64: await base64Of(thumbnail) };
}

/** A picked file decoded (JPEG, PNG, WebP... whatever the PC can read) and prepared; a non-image is refused. */
export async function prepareFile(file: File): Promise<PreparedPhoto | FieldErrors> {
  const problems = fileProblems(file);
  if (problems) return problems;
  let bitmap: ImageBitmap;
  try {
    // The orientation the camera wrote is applied, then the picture is drawn anew: no EXIF is kept.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { photoBase64: 'not_an_image' };
  }
  try {
    return await preparePhoto(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
