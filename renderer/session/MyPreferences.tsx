import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import type { ApiError } from '../../shared/platform/result.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { LanguageOptions } from '../app/LanguageOptions.js';
import { useSession } from './store.js';

/**
 * The signed-in member's own languages, kept with the member (not the PC): the interface (signing in switches to
 * it) and the language their documents are printed in unless they choose another. Anyone's, for themself only.
 */
export function MyPreferences() {
  const { t } = useTranslation();
  const { staff, currentUserId, settings, language, setLanguage, setPreferences } = useSession();
  const me = staff.find((member) => member.id === currentUserId);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  if (!me) return null;

  async function choose(preferences: { uiLanguage?: Language; documentLanguage?: Language }) {
    const refused = preferences.uiLanguage ? (await setLanguage(preferences.uiLanguage), undefined) : await setPreferences(preferences);
    setError(refused);
    setSaved(!refused);
  }

  return (
    <section className="card preferences" aria-labelledby="my-preferences">
      <h2 id="my-preferences">{t('preferences.title')}</h2>
      <p className="muted">{t('preferences.intro')}</p>
      <div className="row">
        <Field label={t('settings.uiLanguage')} error={fieldsUnder(error).uiLanguage}>
          <select value={language} onChange={(e) => void choose({ uiLanguage: e.target.value as Language })}>
            <LanguageOptions />
          </select>
        </Field>
        <Field label={t('preferences.documentLanguage')} error={fieldsUnder(error).documentLanguage}>
          <select value={me.documentLanguage ?? settings?.documentLanguage ?? 'en'} onChange={(e) => void choose({ documentLanguage: e.target.value as Language })}>
            <LanguageOptions />
          </select>
        </Field>
      </div>
      {saved && (
        <p className="muted" role="status">
          {t('preferences.saved')}
        </p>
      )}
      <ErrorBanner error={error} />
    </section>
  );
}
