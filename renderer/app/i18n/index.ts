import i18next from 'i18next';
import { create } from 'zustand';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../../shared/catalogue.js';
import type { Language } from '../../../shared/platform/common.js';
import { type DateFormatEn, type DatePattern, DEFAULT_DATE_FORMAT_EN, datePatternFor, formatDate as formatDateIn, machineTimeZone } from '../../../shared/platform/dates.js';

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

/**
 * The workshop's order of day, month and year in English (a setting); Russian and Hebrew always read dd.mm.yyyy.
 * It is the workshop's, like the currency: the session sets it when the settings arrive, and every date shown
 * (formatDate) and typed (DateField) follows it.
 */
const useDateFormat = create<{ en: DateFormatEn; timeZone: string }>(() => ({ en: DEFAULT_DATE_FORMAT_EN, timeZone: machineTimeZone() }));

/** The workshop's English date order and its time zone (settings): every date shown follows them, as its documents do. */
export function setDateFormatEn(en: DateFormatEn | undefined, timeZone?: string): void {
  useDateFormat.setState({ en: en ?? DEFAULT_DATE_FORMAT_EN, timeZone: timeZone || machineTimeZone() });
}

/** How dates are written in a language: for a screen that redraws when the setting changes. */
export function useDatePattern(language: Language): DatePattern {
  return useDateFormat((state) => datePatternFor(language, state.en));
}

export function datePattern(language: Language): DatePattern {
  return datePatternFor(language, useDateFormat.getState().en);
}

/**
 * A date (yyyy-mm-dd) or an instant in the pattern of the language: 01.03.2025 in Russian and Hebrew, the
 * workshop's choice in English; an instant is dated by the workshop's calendar (localDate) and gets its time.
 */
export function formatDate(iso: string | undefined, language: Language, withTime = false): string {
  const { en, timeZone } = useDateFormat.getState();
  return formatDateIn(iso, language, { formatEn: en, timeZone }, withTime);
}

function moneyFormat(currency: string, language: Language): Intl.NumberFormat {
  return cached(`money:${language}:${currency}`, () => new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }));
}

export function formatMoney(minor: number | undefined, currency: string, language: Language): string {
  if (minor === undefined) return '';
  return moneyFormat(currency, language).format(minor / 100);
}

/** The currency's sign as formatMoney writes it in a language, and whether it goes before the number (£12) or after (12 ₽). */
export function currencyAffix(currency: string, language: Language): { symbol: string; before: boolean } {
  const parts = moneyFormat(currency, language).formatToParts(1);
  const at = parts.findIndex((part) => part.type === 'currency');
  return { symbol: parts[at]?.value ?? currency, before: at < parts.findIndex((part) => part.type === 'integer') };
}
