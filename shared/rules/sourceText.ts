import type { RuleSource } from './profiles.js';

/** Any i18next-like translate function: the screens' `t` and the documents' texts both fit (method bivariance). */
type Translate = { translate(key: string, values: Record<string, string>): string }['translate'];

/**
 * Where a legal number comes from, in the reader's language, read from the catalogue by the source's key
 * (`rules.sources.*`): the profile's citation, or the workshop's own value naming the preset's. The same text on
 * the screens and in every document; the English `source` is what the API and the stored records quote.
 */
export function sourceText(t: Translate, source: Pick<RuleSource, 'key' | 'preset'>): string {
  return source.preset ? t(`rules.sources.${source.key}`, { preset: t(`rules.sources.${source.preset}`, {}) }) : t(`rules.sources.${source.key}`, {});
}

/**
 * A citation made of one or more sources (a claim's term from the agreement cites the term and the rule that it
 * runs from the agreement), joined as the English `source` joins them; a record stored before its sources carried
 * keys has only the English text, which is shown as stored.
 */
export function citeText(t: Translate, cites: readonly Pick<RuleSource, 'key' | 'preset'>[] | undefined, english: string): string {
  return cites?.length ? cites.map((source) => sourceText(t, source)).join('; ') : english;
}
