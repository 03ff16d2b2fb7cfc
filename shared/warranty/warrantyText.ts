import type { Language } from '../platform/common.js';
import type { BasisStep } from './warranty.js';

const WORDS = {
  en: {
    purchase: 'purchase',
    installation: 'installation',
    replacement: (order: string) => `replacement (order ${order})`,
    months: (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`,
    minimum: 'statutory minimum',
    repairDays: (n: number, order: string, ongoing: boolean) => `${n} ${n === 1 ? 'day' : 'days'} in repair (order ${order}${ongoing ? ', so far' : ''})`,
    repairMonths: (n: number, order: string) => `${n} months after repair (order ${order})`,
  },
  ru: {
    purchase: 'покупка',
    installation: 'установка',
    replacement: (order: string) => `замена (заказ ${order})`,
    months: (n: number) => `${n} мес.`,
    minimum: 'минимум по закону',
    repairDays: (n: number, order: string, ongoing: boolean) => `${n} дн. в ремонте (заказ ${order}${ongoing ? ', пока' : ''})`,
    repairMonths: (n: number, order: string) => `${n} мес. после ремонта (заказ ${order})`,
  },
  he: {
    purchase: 'רכישה',
    installation: 'התקנה',
    replacement: (order: string) => `החלפה (הזמנה ${order})`,
    months: (n: number) => `${n} חודשים`,
    minimum: 'מינימום לפי חוק',
    repairDays: (n: number, order: string, ongoing: boolean) => `${n} ימים בתיקון (הזמנה ${order}${ongoing ? ', עד כה' : ''})`,
    repairMonths: (n: number, order: string) => `${n} חודשים לאחר תיקון (הזמנה ${order})`,
  },
} satisfies Record<Language, unknown>;

/**
 * The basis of a warranty end in words, e.g. "purchase 10.03.2025 + 12 months + 19 days in repair
 * (order R-2025-00042) = 29.03.2026", so that a clerk can check it by hand.
 */
export function basisText(steps: readonly BasisStep[], end: string | undefined, language: Language, formatDate: (iso: string) => string): string {
  const w = WORDS[language];
  const parts = steps.map((step) => {
    switch (step.kind) {
      case 'start':
        return `${step.from === 'replacement' ? w.replacement(step.order ?? '') : w[step.from]} ${formatDate(step.date)}`;
      case 'months':
        return `${w.months(step.months)}${step.minimum ? ` (${w.minimum})` : ''}`;
      case 'repair_days':
        return w.repairDays(step.days, step.order, step.ongoing);
      case 'repair_months':
        return w.repairMonths(step.months, step.order);
    }
  });
  return end ? `${parts.join(' + ')} = ${formatDate(end)}` : parts.join(' + ');
}
