import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../shared/catalogue.js';
import type { Language } from '../../../shared/platform/common.js';
import { PLURAL_FORMS } from '../../../shared/platform/i18n/types.js';
import { keyLikeLiterals, keysUsedInCode } from './codeKeys.js';
import { type Entry, flatten, placeholders } from './flatten.js';

const LANGUAGES: Language[] = ['en', 'ru', 'he'];
const entries = Object.fromEntries(LANGUAGES.map((l) => [l, flatten(catalogue[l])])) as Record<Language, Entry[]>;
const keys = (language: Language) => new Set(entries[language].map((e) => e.key));

const REFERENCE = /\$t\(([\w.-]+)\)/g;

/**
 * The same English phrase under two keys: lower case, placeholders and a final full stop or colon aside. A value
 * that only refers to another key (`$t(device.serial)`, for a table read by a key built at run time) writes no phrase.
 */
export function duplicatedPhrases(english: Entry[]): Record<string, string[]> {
  const byPhrase = new Map<string, Set<string>>();
  for (const { key, value } of english) {
    if (value.replace(REFERENCE, '').trim() === '') continue;
    const words = value.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{L}+/gu) ?? [];
    if (words.length < 2) continue;
    const phrase = value.replace(/\{\{[^}]*\}\}/g, '{{}}').toLowerCase().replace(/[.:;,!]+$/, '').trim();
    byPhrase.set(phrase, (byPhrase.get(phrase) ?? new Set()).add(key));
  }
  return Object.fromEntries([...byPhrase].filter(([, at]) => at.size > 1).map(([phrase, at]) => [phrase, [...at]]));
}

describe('the string catalogue', () => {
  it('has the plural forms Intl.PluralRules gives each language', () => {
    for (const language of LANGUAGES) {
      expect([...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort()).toEqual([...PLURAL_FORMS[language]].sort());
    }
  });

  it('has every key in every language, and every plural family with exactly the forms of its language', () => {
    const english = keys('en');
    for (const language of LANGUAGES) {
      const own = keys(language);
      expect([...english].filter((k) => !own.has(k)), `missing in ${language}`).toEqual([]);
      expect([...own].filter((k) => !english.has(k)), `only in ${language}`).toEqual([]);
      const forms = new Map<string, string[]>();
      for (const e of entries[language]) if (e.form) forms.set(e.key, [...(forms.get(e.key) ?? []), e.form]);
      const englishFamilies = new Set(entries.en.filter((e) => e.form).map((e) => e.key));
      expect([...forms.keys()].sort(), `plural families in ${language}`).toEqual([...englishFamilies].sort());
      for (const [key, found] of forms) expect(found.sort(), `${language} ${key}`).toEqual([...PLURAL_FORMS[language]].sort());
    }
  });

  it('fills the same placeholders in every language, and leaves no phrase empty', () => {
    const english = new Map(entries.en.map((e) => [e.key, e]));
    for (const language of LANGUAGES) {
      for (const e of entries[language]) {
        expect(e.value.trim(), `${language} ${e.path}`).not.toBe('');
        const wanted = placeholders(english.get(e.key)!.value);
        // A plural form may say its number in words ("יומיים", "one day"): {{count}} is then left out.
        const own = placeholders(e.value);
        expect(own.filter((p) => !wanted.includes(p)), `${language} ${e.path} fills unknown placeholders`).toEqual([]);
        expect(wanted.filter((p) => !own.includes(p) && !(e.form && p === 'count')), `${language} ${e.path} leaves out`).toEqual([]);
      }
    }
  });

  it('refers only to phrases it holds, in the same language, and never to another reference', () => {
    for (const language of LANGUAGES) {
      const values = new Map(entries[language].map((e) => [e.key, e.value]));
      for (const e of entries[language]) {
        for (const [, target] of e.value.matchAll(REFERENCE)) {
          expect(values.has(target), `${language} ${e.path} → ${target}`).toBe(true);
          expect(values.get(target)!.startsWith('$t('), `${language} ${e.path} → ${target} refers on`).toBe(false);
        }
      }
    }
  });

  it('holds every key the screens, the shared rules and the documents look up', () => {
    const known = [...keys('en')];
    const prefixes = new Set(entries.en.flatMap((e) => e.key.split('.').map((_, i, all) => all.slice(0, i + 1).join('.'))));
    const uses = keysUsedInCode(['renderer', 'electron', 'shared']);
    expect(uses.length).toBeGreaterThan(500);
    const missing = uses.filter((use) => (use.pattern ? !known.some((k) => use.pattern!.test(k)) : !prefixes.has(use.key) || !known.includes(use.key)));
    expect(missing.map((use) => `${use.file}: ${use.key}`)).toEqual([]);
  });

  it('holds no phrase that nothing reads', () => {
    const uses = keysUsedInCode(['renderer', 'electron', 'shared']);
    const read = new Set([...uses.filter((u) => !u.pattern).map((u) => u.key), ...keyLikeLiterals(['renderer', 'electron', 'shared'])]);
    const patterns = uses.flatMap((u) => (u.pattern ? [u.pattern] : []));
    const referred = new Set(entries.en.flatMap((e) => [...e.value.matchAll(REFERENCE)].map((m) => m[1])));
    const unread = [...keys('en')].filter((k) => !read.has(k) && !referred.has(k) && !patterns.some((p) => p.test(k)));
    expect(unread).toEqual([]);
  });

  it('writes no English phrase twice', () => {
    expect(duplicatedPhrases(entries.en)).toEqual({});
  });
});
