import bidiModule, { type Bidi } from 'bidi-js';

/** bidi-js ships a UMD bundle: depending on the loader its factory is the default export or sits under it. */
const factory = ((bidiModule as unknown as { default?: () => Bidi }).default ?? bidiModule) as unknown as () => Bidi;
const bidi = factory();

export type Direction = 'ltr' | 'rtl';

/** Marks that steer the algorithm but have no glyph: they are removed before drawing. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of logical text (as typed) → the same characters in visual order, left to right, with brackets
 * mirrored inside right-to-left runs (Unicode Bidirectional Algorithm, via bidi-js).
 */
export function visualOrder(line: string, base: Direction): string {
  const levels = bidi.getEmbeddingLevels(line, base);
  const chars = line.split('');
  for (const [index, mirror] of bidi.getMirroredCharactersMap(line, levels.levels)) chars[index] = mirror;
  for (const [start, end] of bidi.getReorderSegments(line, levels)) {
    const reversed = chars.slice(start, end + 1).reverse();
    chars.splice(start, reversed.length, ...reversed);
  }
  return chars.join('').replace(BIDI_CONTROLS, '');
}

/** The direction of the first letter with a strong direction (Hebrew → rtl, Latin or Cyrillic → ltr), if any. */
export function firstStrongDirection(text: string): Direction | undefined {
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return undefined;
}

/** Does this text hold right-to-left letters (Hebrew, Arabic)? */
export function hasRtl(text: string): boolean {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(text);
}

/**
 * Greedy word wrap in logical order, so that each line is reordered on its own (as the algorithm requires).
 * A word wider than the line is cut between characters.
 */
export function wrapLogical(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let current = '';
    for (const word of paragraph.split(' ').filter((w, i, all) => w !== '' || all.length === 1)) {
      const candidate = current ? `${current} ${word}` : word;
      if (measure(candidate) <= width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = word;
      while (measure(current) > width && current.length > 1) {
        let cut = current.length - 1;
        while (cut > 1 && measure(current.slice(0, cut)) > width) cut--;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    lines.push(current);
  }
  return lines;
}
