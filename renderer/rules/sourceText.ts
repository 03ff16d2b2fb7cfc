import type { TFunction } from 'i18next';
import type { RuleSource } from '../../shared/rules/index.js';

/** Where a legal number comes from, in the reader's language: the profile's citation, or the workshop's own value. */
export function sourceText(t: TFunction, source: RuleSource): string {
  return source.preset ? t(`rules.sources.${source.key}`, { preset: t(`rules.sources.${source.preset}`) }) : t(`rules.sources.${source.key}`);
}
