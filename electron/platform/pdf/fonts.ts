import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** DejaVu Sans covers Latin, Cyrillic and Hebrew in one TTF; pdfkit embeds only the glyphs used (subset). */
let cache: { regular: Uint8Array; bold: Uint8Array } | undefined;

export function documentFonts(): { regular: Uint8Array; bold: Uint8Array } {
  cache ??= { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') };
  return cache;
}

/**
 * The font file as a plain Uint8Array of this realm: pdfkit tells fonts by `instanceof Uint8Array`, which a Node
 * Buffer fails where the global Uint8Array is another realm's (a DOM test environment).
 */
function font(name: string): Uint8Array {
  const bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
