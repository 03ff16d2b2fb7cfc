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
        // The longest head that fits, found by halving (a 300-letter word must not cost 45,000 measurements).
        let [fits, tooLong] = [1, current.length];
        while (tooLong - fits > 1) {
          const middle = (fits + tooLong) >> 1;
          if (measure(current.slice(0, middle)) <= width) fits = middle;
          else tooLong = middle;
        }
        lines.push(current.slice(0, fits));
        current = current.slice(fits);
      }
    }
    lines.push(current);
  }
  return lines;
}
