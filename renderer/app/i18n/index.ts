import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../../shared/catalogue.js';
import type { Language } from '../../../shared/platform/common.js';

export const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', he: 'he-IL' };

export function initI18n(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  applyLanguage(language);
  return i18next;
}

/** Switch the language and the whole page's direction (Hebrew is laid out right to left). */
export function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'he' ? 'rtl' : 'ltr';
}

// Intl formatters are costly to build and cheap to use: one per language and style, made once.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(iso: string | undefined, language: Language, withTime = false): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  const format = cached(`date:${language}:${withTime}`, () =>
    new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: withTime ? 'short' : undefined }),
  );
  return format.format(date);
}

export function formatMoney(minor: number | undefined, currency: string, language: Language): string {
  if (minor === undefined) return '';
  return cached(`money:${language}:${currency}`, () => new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency })).format(minor / 100);
}
