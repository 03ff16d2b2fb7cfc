import bidiModule, { type Bidi } from 'bidi-js';

/** bidi-js ships a UMD bundle: depending on the loader its factory is the default export or sits under it. */
const factory = ((bidiModule as unknown as { default?: () => Bidi }).default ?? bidiModule) as unknown as () => Bidi;
const bidi = factory();

export type Direction = 'ltr' | 'rtl';

/**
 * One line of logical text (as typed) → the same characters in visual order, left to right, with brackets
 * mirrored inside right-to-left runs (Unicode Bidirectional Algorithm, via bidi-js).
 */
export function visualOrder(line: string, base: Direction): string {
  return visualLayout(line, base)
    .map((c) => (c.mirrored ? mirrorOf(c.char) : c.char))
    .join('');
}

const LRI = '\u2066';
const PDI = '\u2069';
const isLtrStrong = (type: string) => type === 'L' || type === 'EN' || type === 'AN';
const isRtlStrong = (type: string) => type === 'R' || type === 'AL';

/**
 * In a right-to-left line, each run of left-to-right text (Latin words, numbers, SKUs, phones, dates: from its first
 * to its last Latin letter or digit, with what lies between, a leading "+" included) is set in a left-to-right
 * isolate (LRI … PDI), as `<bdi>` does in HTML: "+972 54-777-1234" and "01.12.2026 10:30" keep their order inside a
 * Hebrew sentence, and "Samsung Galaxy A54 לא נטען" stays one Latin run followed by its Hebrew words. Neutrals at the
 * run's edges (brackets, colons) stay outside, so they take the sentence's direction.
 */
export function isolateLtrRuns(line: string): string {
  const chars = [...line];
  const types = chars.map((char) => bidi.getBidiCharTypeName(char));
  // A line without a right-to-left letter is a value (a Latin name, an address, a phone with its dot): it reads left
  // to right to its last character, "FixPoint Ltd." with its full stop at the end.
  if (!types.some(isRtlStrong)) return types.some(isLtrStrong) ? LRI + line + PDI : line;
  let out = '';
  for (let i = 0; i < chars.length; ) {
    const startsRun = isLtrStrong(types[i]) || (chars[i] === '+' && isLtrStrong(types[i + 1] ?? ''));
    if (!startsRun) {
      out += chars[i++];
      continue;
    }
    let end = i;
    while (end < chars.length && !isRtlStrong(types[end])) end++;
    // A bracket whose partner lies outside the run ("[A-12]" is a pair of the sentence, "A-12] {x" is no run) ends
    // the run before it: brackets pair in the sentence's direction.
    end = Math.min(end, firstUnpaired(chars, i, end));
    let last = i;
    for (let j = i; j < end; j++) if (isLtrStrong(types[j])) last = j;
    out += LRI + chars.slice(i, last + 1).join('') + PDI;
    i = last + 1;
  }
  return out;
}

const OPENING = '([{<«‹';
const CLOSING = ')]}>»›';

/** The position of the first bracket in chars[from, to) that has no partner inside that span, or `to`. */
function firstUnpaired(chars: string[], from: number, to: number): number {
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    const opening = OPENING.indexOf(chars[i]);
    const closing = CLOSING.indexOf(chars[i]);
    if (opening >= 0) open.push(i);
    else if (closing >= 0) {
      const partner = open.pop();
      if (partner === undefined || OPENING.indexOf(chars[partner]) !== closing) return partner ?? i;
    }
  }
  return open.length ? open[0] : to;
}

/** One character of a line as drawn: its logical index, the character to draw, and whether it runs right to left. */
export interface PlacedChar {
  index: number;
  char: string;
  rtl: boolean;
  /** A bracket or other paired character drawn as its mirror image (its logical character is `char`). */
  mirrored: boolean;
}

/**
 * A line of logical text laid out by the Unicode Bidirectional Algorithm: its characters in visual order, left to
 * right, each with its logical index. Controls that steer the algorithm are left out.
 */
export function visualLayout(line: string, base: Direction): PlacedChar[] {
  const levels = bidi.getEmbeddingLevels(line, base);
  const mirrors = bidi.getMirroredCharactersMap(line, levels.levels);
  const order: number[] = bidi.getReorderedIndices(line, levels);
  return order
    .filter((index) => !BIDI_CONTROLS_ONE.test(line[index]))
    .map((index) => ({ index, char: line[index], rtl: levels.levels[index] % 2 === 1, mirrored: mirrors.has(index) }));
}

/** The mirror image of a paired character ("(" → ")"), or the character itself. */
export function mirrorOf(char: string): string {
  return bidi.getMirroredCharacter(char) ?? char;
}

const BIDI_CONTROLS_ONE = /^[\u200e\u200f\u202a-\u202e\u2066-\u2069]$/;

/** The direction of the first letter with a strong direction (Hebrew → rtl, Latin or Cyrillic → ltr), if any. */
export function firstStrongDirection(text: string): Direction | undefined {
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return undefined;
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
