import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import { applyLanguage } from './i18n/index.js';

/** The browser's language, when it is one of ours (nothing can be read from the backend without the key). */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'he' || base === 'iw') return 'he';
    if (base === 'ru') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/**
 * A bookmarked or typed address of the web host without its access key (or with the key of an earlier start):
 * the backend refuses every request, and the page says what to do instead of a bare "Not allowed". The key is
 * never handed out to a page that does not have it: it is what keeps other programs on this PC out.
 */
export function NeedsToken() {
  const { t } = useTranslation();
  useEffect(() => applyLanguage(browserLanguage()), []);
  return (
    <main>
      <section className="first-run card needs-token" role="alert">
        <h1>{t('needsToken.title')}</h1>
        <p>{t('needsToken.text')}</p>
        <p>{t('needsToken.how')}</p>
      </section>
    </main>
  );
}
