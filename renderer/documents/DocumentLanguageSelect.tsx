import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import { LanguageOptions } from '../app/LanguageOptions.js';

/** The language a document is printed in, chosen per document, whatever the interface language. */
export function DocumentLanguageSelect({ value, onChange }: { value: Language; onChange(language: Language): void }) {
  const { t } = useTranslation();
  return (
    <label className="compact">
      <span>{t('order.documentLanguage')}</span>
      <select aria-label={t('order.documentLanguage')} value={value} onChange={(e) => onChange(e.target.value as Language)}>
        <LanguageOptions />
      </select>
    </label>
  );
}
