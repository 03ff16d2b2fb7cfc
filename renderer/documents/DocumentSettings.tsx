import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import { DEFAULT_NUMBER_FORMAT } from '../../shared/documents/numbering.js';
import { Language } from '../../shared/platform/common.js';
import { DocumentKind } from '../../shared/documents/schemas.js';
import type { Settings } from '../../shared/settings/index.js';
import { api } from '../app/api/index.js';
import { useSession } from '../session/index.js';
import { fieldsUnder, reasonText } from '../app/Field.js';

const DETAILS = ['registration', 'bankDetails', 'website'] as const;
const TEXTS = [
  ['intakeTerms', 'termsText'],
  ['storageTerms', 'storageText'],
  ['dataLossTerms', 'dataLossText'],
] as const;

/** The parts of the settings that go on documents: more details, the logo, the intake act's texts, number formats. */
export function DocumentSettings({ draft, setDraft, error }: { draft: Settings; setDraft(settings: Settings): void; error?: ApiError }) {
  const { t } = useTranslation();
  const { setSettings } = useSession();
  const [textLanguage, setTextLanguage] = useState<Language>(draft.documentLanguage);
  const [logoError, setLogoError] = useState<string>();
  const problem = (code?: string) => code && <span className="field-error" role="alert">{t(`documents.errors.${code}`, { defaultValue: reasonText(t, code) })}</span>;
  const formatErrors = fieldsUnder(error, 'numberFormats');

  async function uploadLogo(file: File | undefined) {
    const bytes = file ? new Uint8Array(await file.arrayBuffer()) : undefined;
    const imageBase64 = bytes ? btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')) : '';
    const result = await api().call('settings.setLogo', { imageBase64 });
    setLogoError(result.ok ? undefined : (result.error.fields?.imageBase64 ?? result.error.code));
    if (result.ok) {
      await setSettings(result.value);
      setDraft({ ...draft, logo: result.value.logo });
    }
  }

  return (
    <>
      <fieldset>
        <legend>{t('documents.settings.details')}</legend>
        <div className="grid">
          {DETAILS.map((key) => (
            <label key={key} className="field">
              <span className="field-label">{t(`documents.settings.${key}`)}</span>
              <input aria-label={t(`documents.settings.${key}`)} value={draft.workshop[key] ?? ''} onChange={(e) => setDraft({ ...draft, workshop: { ...draft.workshop, [key]: e.target.value } })} />
              {problem(fieldsUnder(error, 'workshop')[key])}
            </label>
          ))}
          <label className="field">
            <span className="field-label">{t('documents.settings.logo')}</span>
            <input aria-label={t('documents.settings.logo')} type="file" accept="image/png,image/jpeg" onChange={(e) => void uploadLogo(e.target.files?.[0])} />
            {draft.logo && (
              <span className="muted small">
                {t('documents.settings.logoSet', { type: draft.logo.type.toUpperCase(), size: Math.ceil(draft.logo.bytes / 1024) })}{' '}
                <button type="button" className="link" onClick={() => void uploadLogo(undefined)}>
                  {t('documents.settings.removeLogo')}
                </button>
              </span>
            )}
            {problem(logoError)}
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('documents.settings.texts')}</legend>
        <label className="compact">
          <span>{t('order.documentLanguage')}</span>
          <select aria-label={t('order.documentLanguage')} value={textLanguage} onChange={(e) => setTextLanguage(e.target.value as Language)}>
            {Language.options.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {TEXTS.map(([key, label]) => (
          <label key={key} className="field wide">
            <span className="field-label">{t(`documents.settings.${label}`)}</span>
            <textarea
              aria-label={t(`documents.settings.${label}`)}
              rows={3}
              dir={textLanguage === 'he' ? 'rtl' : 'ltr'}
              value={draft[key]?.[textLanguage] ?? ''}
              onChange={(e) => setDraft({ ...draft, [key]: { ...draft[key], [textLanguage]: e.target.value } })}
            />
            {problem(fieldsUnder(error, key)[textLanguage])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('documents.settings.numbering')}</legend>
        <p className="muted small">{t('documents.settings.numberingHelp')}</p>
        <div className="grid">
          {DocumentKind.options.map((kind) => (
            <label key={kind} className="field">
              <span className="field-label">{t(`documents.settings.kinds.${kind}`)}</span>
              <input
                aria-label={t(`documents.settings.kinds.${kind}`)}
                dir="ltr"
                placeholder={DEFAULT_NUMBER_FORMAT}
                value={draft.numberFormats?.[kind] ?? ''}
                onChange={(e) => setDraft({ ...draft, numberFormats: { ...draft.numberFormats, [kind]: e.target.value } })}
              />
              {problem(formatErrors[kind])}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
