import { createInstance } from 'i18next';
import { resources, type TextKey } from '../../../shared/catalogue.js';
import type { Language } from '../../../shared/platform/common.js';
import type { Translate } from '../../../shared/platform/i18n/types.js';

// The documents' own i18next instance: the main process never shares the renderer's global one, and a document in
// Hebrew is printed in Hebrew whatever language a screen shows.
const i18n = createInstance();
void i18n.init({ resources, fallbackLng: 'en', interpolation: { escapeValue: false }, initAsync: false });

export type DocumentTexts = Translate<TextKey>;

/** The catalogue's phrases in a document's language. */
export function documentTexts(language: Language): DocumentTexts {
  const t = i18n.getFixedT(language);
  return (key, values) => t(key, values ?? {});
}
