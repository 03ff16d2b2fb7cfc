import type { TFunction } from 'i18next';
import { type RuleSource, sourceText as translated } from '../../shared/rules/index.js';

/** Where a legal number comes from, in the reader's language: the profile's citation, or the workshop's own value. */
export function sourceText(t: TFunction, source: RuleSource): string {
  return translated((key, values) => t(key, values ?? {}), source);
}
