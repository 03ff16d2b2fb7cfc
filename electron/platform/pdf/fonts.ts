import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** DejaVu Sans covers Latin, Cyrillic and Hebrew in one TTF; pdfkit embeds only the glyphs used (subset). */
interface Faces {
  regular: Uint8Array;
  bold: Uint8Array;
  /** The same faces as a font of their own, for brackets drawn mirrored (pdfWriter.ts font()). */
  regularMirrored: Uint8Array;
  boldMirrored: Uint8Array;
}
let cache: Faces | undefined;

export function documentFonts(): Faces {
  if (!cache) {
    const regular = font('DejaVuSans.ttf');
    const bold = font('DejaVuSans-Bold.ttf');
    cache = { regular, bold, regularMirrored: anotherFont(regular), boldMirrored: anotherFont(bold) };
  }
  return cache;
}

/**
 * A copy of a face that pdfkit does not take for the same font: pdfkit shares one embedded font between faces
 * whose head table checksum and names agree, and a PDF font has one glyph-to-text table, so the mirrored
 * brackets need a font of their own. Only the head table's checkSumAdjustment differs (a value no renderer reads;
 * the embedded subset is written anew).
 */
function anotherFont(face: Uint8Array): Uint8Array {
  const copy = new Uint8Array(face);
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...copy.subarray(record, record + 4)) !== 'head') continue;
    const at = view.getUint32(record + 8) + 8;
    view.setUint32(at, (view.getUint32(at) ^ 0x4d495252) >>> 0);
    return copy;
  }
  throw new Error('The document font has no head table.');
}

/**
 * The font file as a plain Uint8Array of this realm: pdfkit tells fonts by `instanceof Uint8Array`, which a Node
 * Buffer fails where the global Uint8Array is another realm's (a DOM test environment).
 */
function font(name: string): Uint8Array {
  const bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
