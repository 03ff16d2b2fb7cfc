/**
 * Column mapping of imported spreadsheets (the registry of sold units, a workshop's history): which column holds
 * which field, guessed from the header words a field is known by.
 */

/** A header as it is compared: case, spacing, punctuation and quote marks (also Hebrew geresh/gershayim) ignored. */
export const normaliseHeader = (header: string) =>
  header.normalize('NFKC').toLocaleLowerCase().replace(/[\s_.:]+/g, ' ').replace(/["'״׳]/g, '').trim();

/** Guess which column holds which field: each field takes the first untaken column one of its words names. */
export function suggestColumns<F extends string>(fields: readonly F[], words: Record<F, readonly string[]>, headers: readonly string[]): Partial<Record<F, number>> {
  const mapping: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  const normalised = headers.map(normaliseHeader);
  for (const field of fields) {
    const known = words[field].map(normaliseHeader);
    const index = normalised.findIndex((h, i) => !taken.has(i) && known.includes(h));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}
