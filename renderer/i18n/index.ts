import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/schemas/common.js';
import { en } from './en.js';
import { he } from './he.js';
import { ru } from './ru.js';

export const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', he: 'he-IL' };

export function initI18n(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: en }, ru: { translation: ru }, he: { translation: he } },
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

export function formatDate(iso: string | undefined, language: Language, withTime = false): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: withTime ? 'short' : undefined }).format(date);
}

export function formatMoney(minor: number | undefined, currency: string, language: Language): string {
  if (minor === undefined) return '';
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(minor / 100);
}
