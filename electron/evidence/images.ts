import { imageSize } from '../settings/index.js';

export type ImageType = 'jpeg' | 'png';

/** JPEG and PNG by their first bytes (never by the file's name): anything else is refused. */
export function imageTypeOf(bytes: Buffer): ImageType | undefined {
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** The width and height of a JPEG or PNG as its header gives them, or undefined when the header cannot be read. */
export function dimensionsOf(bytes: Buffer, type: ImageType): { width: number; height: number } | undefined {
  const size = imageSize(bytes, type);
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

/**
 * A JPEG without its metadata: the APPn segments (EXIF with the camera's location, XMP, maker notes) and comments
 * are left out, but for those that say how to show the colours (APP0 JFIF, APP2 ICC profile, APP14 Adobe); the
 * image data is untouched. The PC's camera and the re-encoding on screen give none,
 * but an attached file kept as it came would. Undefined when the file is not a well-formed JPEG.
 */
export function stripJpegMetadata(bytes: Buffer): Buffer | undefined {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return undefined;
    // Start of scan: the entropy-coded data runs to the end of the image, kept whole.
    if (marker === 0xda) {
      kept.push(bytes.subarray(at));
      return Buffer.concat(kept);
    }
    const metadata = (marker >= 0xe1 && marker <= 0xef && marker !== 0xe2 && marker !== 0xee) || marker === 0xfe;
    if (!metadata) kept.push(bytes.subarray(at, at + 2 + length));
    at += 2 + length;
  }
  return undefined;
}

/** A PNG without its text and EXIF chunks (tEXt, zTXt, iTXt, eXIf, tIME); undefined when not a well-formed PNG. */
export function stripPngMetadata(bytes: Buffer): Buffer | undefined {
  const kept: Buffer[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) return undefined;
    if (!['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'].includes(type)) kept.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
  return undefined;
}
