import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogue, resources } from '../../../shared/catalogue.js';
import type { Language } from '../../../shared/platform/common.js';
import { flatten } from './flatten.js';

const LANGUAGES: Language[] = ['en', 'ru', 'he'];

describe('numbers in the catalogue', () => {
  it('are said with real plural forms: every phrase that takes {{count}} belongs to a plural family, in every language', () => {
    for (const language of LANGUAGES) {
      const bare = flatten(catalogue[language]).filter((e) => !e.form && /\{\{\s*count\s*\}\}/.test(e.value));
      expect(bare.map((e) => `${e.path}: ${e.value}`), `phrases with {{count}} and no plural forms in ${language}`).toEqual([]);
    }
  });

  it('agree with their number in English, Russian and Hebrew ("1 move", "3 операции", "שתי תנועות")', () => {
    const t = (language: Language) => {
      const instance = i18next.createInstance();
      void instance.init({ resources, lng: language, initAsync: false, interpolation: { escapeValue: false } });
      return instance.t.bind(instance) as (key: string, options: Record<string, unknown>) => string;
    };
    const [en, ru, he] = [t('en'), t('ru'), t('he')];
    expect([1, 2].map((count) => en('parts.ledger', { count }))).toEqual(['Ledger (1 move)', 'Ledger (2 moves)']);
    expect([1, 3, 5, 21].map((count) => ru('parts.ledger', { count }))).toEqual([
      'Журнал движения (1 операция)',
      'Журнал движения (3 операции)',
      'Журнал движения (5 операций)',
      'Журнал движения (21 операция)',
    ]);
    expect([1, 2, 7].map((count) => he('parts.ledger', { count }))).toEqual(['יומן תנועות (תנועה אחת)', 'יומן תנועות (שתי תנועות)', 'יומן תנועות (7 תנועות)']);
    expect(en('registry.numbers.rows', { count: 1 })).toBe('1 row');
    expect(ru('registry.numbers.skipped', { count: 2 })).toBe('2 строки пропущены');
    expect(he('intake.found', { count: 2 })).toBe('שתי התאמות');
    expect(ru('warranty.repeatRepairs', { count: 5 })).toBe('5 повторных ремонтов');
  });
});
