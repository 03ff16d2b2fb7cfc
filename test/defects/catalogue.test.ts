import { describe, expect, it } from 'vitest';
import { CAUSE_CATEGORIES, DEFAULT_DEFECT_CODES, DEFECT_KINDS, mergeCatalogue, type DefectCodeEntry } from '../../shared/defects/defects.js';

/** The defect register's default catalogue (DOMAIN.md: "structured defect codes on every diagnosis"). */
const LETTER = { symptom: 'S', cause: 'C', action: 'A', component: 'K' } as const;

describe('the default defect codes', () => {
  it('every default code has a name in English, Russian and Hebrew, in the script of each', () => {
    for (const entry of DEFAULT_DEFECT_CODES) {
      expect(entry.names.en, entry.code).toMatch(/^[A-Z][A-Za-z ,/()-]+$/);
      expect(entry.names.ru, entry.code).toMatch(/^[А-ЯЁ][А-Яа-яЁё ,/()-]+$/);
      expect(entry.names.he, entry.code).toMatch(/^[\u0590-\u05FF][\u0590-\u05FF ,/()-]+$/);
    }
  });

  it('every code is unique, starts with the letter of its kind, and is active', () => {
    expect(new Set(DEFAULT_DEFECT_CODES.map((e) => e.code)).size).toBe(DEFAULT_DEFECT_CODES.length);
    for (const entry of DEFAULT_DEFECT_CODES) {
      expect(entry.code, entry.code).toMatch(new RegExp(`^${LETTER[entry.kind]}\\d\\d$`));
      expect(entry.active, entry.code).toBe(true);
    }
  });

  it('there are 11 symptoms, 12 causes, 8 actions and 12 components, listed kind by kind', () => {
    expect(DEFECT_KINDS.map((kind) => DEFAULT_DEFECT_CODES.filter((e) => e.kind === kind).length)).toEqual([11, 12, 8, 12]);
    expect(DEFAULT_DEFECT_CODES.map((e) => e.kind)).toEqual([...DEFAULT_DEFECT_CODES.map((e) => e.kind)].sort((a, b) => DEFECT_KINDS.indexOf(a) - DEFECT_KINDS.indexOf(b)));
  });

  it('every cause, and only a cause, has a category; the tens of its code name the category', () => {
    const byTens = { 0: 'manufacturing_defect', 1: 'operation_violation', 2: 'external_damage', 3: 'wear', 4: 'no_fault_found' } as const;
    for (const entry of DEFAULT_DEFECT_CODES) {
      if (entry.kind === 'cause') expect(entry.category, entry.code).toBe(byTens[Number(entry.code[1]) as keyof typeof byTens]);
      else expect(entry.category, entry.code).toBeUndefined();
    }
    expect(new Set(DEFAULT_DEFECT_CODES.map((e) => e.category).filter(Boolean))).toEqual(new Set(CAUSE_CATEGORIES));
  });

  it('names the codes the analytics and the documents speak of', () => {
    const named = (code: string) => DEFAULT_DEFECT_CODES.find((e) => e.code === code);
    expect(named('C10')).toEqual({ code: 'C10', kind: 'cause', category: 'operation_violation', names: { en: 'Liquid ingress', ru: 'Попадание жидкости', he: 'חדירת נוזלים' }, active: true });
    expect(named('C40')?.names.en).toBe('Fault not confirmed');
    expect(named('S01')?.names.en).toBe('Does not switch on');
    expect(named('A06')?.names.en).toBe('Unit replaced');
    expect(named('K03')?.names.en).toBe('Display');
  });
});

describe('the workshop\'s catalogue', () => {
  const own = (code: string, kind: DefectCodeEntry['kind'], en: string, active = true): DefectCodeEntry => ({ code, kind, names: { en, ru: en, he: en }, active });

  it('is the defaults with the workshop\'s own version of a code in its place, then its new codes by code', () => {
    const merged = mergeCatalogue([own('Z02', 'symptom', 'Rattles'), own('S03', 'symptom', 'Silent', false), own('Z01', 'symptom', 'Smells')]);
    expect(merged).toHaveLength(DEFAULT_DEFECT_CODES.length + 2);
    expect(merged.slice(0, DEFAULT_DEFECT_CODES.length).map((e) => e.code)).toEqual(DEFAULT_DEFECT_CODES.map((e) => e.code));
    expect(merged.find((e) => e.code === 'S03')).toMatchObject({ names: { en: 'Silent' }, active: false });
    expect(merged.slice(-2).map((e) => e.code)).toEqual(['Z01', 'Z02']);
  });

  it('without any code of its own is the defaults', () => {
    expect(mergeCatalogue([])).toEqual(DEFAULT_DEFECT_CODES);
  });
});
