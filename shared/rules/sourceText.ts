import type { RuleSource } from './profiles.js';

/** Any translate function of the catalogue: the renderer's i18next `t` or a document's texts. */
type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * Where a legal number comes from, in the reader's language: the profile's citation, or the workshop's own value
 * (with the preset's citation it replaces). The screens, documents and exports all say it through this.
 */
export function sourceText(t: Translate, source: RuleSource): string {
  return source.preset ? t(`rules.sources.${source.key}`, { preset: t(`rules.sources.${source.preset}`) }) : t(`rules.sources.${source.key}`);
}
