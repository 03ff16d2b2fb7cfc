import type { Language } from '../common.js';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The plural forms of each language, as Intl.PluralRules gives them in Node 20 and Chromium (CLDR 42 and later:
 * Hebrew has one, two and other; "many" is gone). i18next picks `key_<form>` by these rules.
 */
export interface PluralForms {
  en: 'one' | 'other';
  ru: 'one' | 'few' | 'many' | 'other';
  he: 'one' | 'two' | 'other';
}
export const PLURAL_FORMS: { [L in Language]: readonly PluralForms[L][] } = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  he: ['one', 'two', 'other'],
};

/** A plural form is `<base>_<category>` beside a `<base>_other`; a key such as `too_many` alone is an ordinary key. */
type IsPluralForm<T, K> = K extends `${infer B}_${PluralCategory}` ? (`${B}_other` extends keyof T ? true : false) : false;

/**
 * A catalogue section in another language: exactly the keys of the English section, where a plural family
 * (`days_one`, `days_other` in English) has the forms of that language instead. A missing key or form fails the type check.
 */
export type Translation<T, L extends Language> = {
  [K in keyof T as IsPluralForm<T, K> extends true ? never : K]: T[K] extends string ? string : Translation<T[K], L>;
} & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${PluralForms[L]}` : never]: string;
};

type Base<T, K extends string> = K extends `${infer B}_${PluralCategory}` ? (`${B}_other` extends keyof T ? B : K) : K;

/** Every key of a catalogue as code writes it: dot-joined, a plural family by its base (`t('orders.total', { count })`). */
export type CatalogueKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Base<T, K>}` : CatalogueKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Values a phrase's `{{placeholders}}` are filled with; `count` also picks the plural form. */
export type Interpolation = Record<string, string | number>;

/** A lookup bound to one language, as i18next's `getFixedT` gives it, with the keys checked. */
export type Translate<Key extends string = string> = (key: Key, values?: Interpolation) => string;
