import type { TextKey } from '../catalogue.js';
import type { Translate } from '../platform/i18n/types.js';
import type { BasisStep } from './warranty.js';

/**
 * The basis of a warranty end in words, e.g. "purchase 10.03.2025 + 12 months + 19 days in repair
 * (order R-2025-00042) = 29.03.2026", so that a clerk can check it by hand. `t` is the screen's or the document's
 * lookup in its language.
 */
export function basisText(steps: readonly BasisStep[], end: string | undefined, t: Translate<TextKey>, formatDate: (iso: string) => string): string {
  const parts = steps.map((step) => {
    switch (step.kind) {
      case 'start': {
        const from = step.from === 'replacement' ? t('warranty.basisText.replacement', { order: step.order ?? '' }) : t(`warranty.basisText.${step.from}`);
        return `${from} ${formatDate(step.date)}`;
      }
      case 'months': {
        const months = t('warranty.basisText.months', { count: step.months });
        return step.minimum ? `${months} (${t('warranty.basisText.minimum')})` : months;
      }
      case 'repair_days':
        return t(step.ongoing ? 'warranty.basisText.repairDaysSoFar' : 'warranty.basisText.repairDays', { count: step.days, order: step.order });
      case 'repair_months':
        return t('warranty.basisText.repairMonths', { count: step.months, order: step.order });
    }
  });
  return end ? `${parts.join(' + ')} = ${formatDate(end)}` : parts.join(' + ');
}
