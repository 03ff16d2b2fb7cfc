import { useTranslation } from 'react-i18next';
import { Language } from '../../shared/platform/common.js';

/** The three languages as <option>s, each named in its own language. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return Language.options.map((l) => (
    <option key={l} value={l}>
      {t(`languages.${l}`)}
    </option>
  ));
}
