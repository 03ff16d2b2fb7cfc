import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/catalogue.js';
import { effectiveTax, TAX_PRESETS } from '../../shared/payments/index.js';
import { effectiveProfile, PRESETS, PROFILE_IDS, type RuleSource } from '../../shared/rules/profiles.js';

const i18n = i18next.createInstance();
void i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });

function text(language: string, source: RuleSource): string {
  const t = i18n.getFixedT(language);
  return source.preset ? t(`rules.sources.${source.key}`, { preset: t(`rules.sources.${source.preset}`) }) : t(`rules.sources.${source.key}`);
}

const allSources = PROFILE_IDS.flatMap((id) => [
  ...Object.entries(PRESETS[id].sources).map(([rule, source]) => ({ where: `${id} ${rule}`, source })),
  ...Object.entries(TAX_PRESETS[id].sources).map(([rule, source]) => ({ where: `${id} tax ${rule}`, source })),
  ...Object.entries(effectiveProfile(id, { refundDays: 5 }).sources)
    .filter(([rule]) => rule === 'refundDays')
    .map(([, source]) => ({ where: `${id} refundDays set by the workshop`, source })),
  { where: `${id} tax rate set by the workshop`, source: effectiveTax(id, { rate: 1500 }).sources.rates },
  { where: `${id} exempt`, source: effectiveTax(id, { regime: 'exempt' }).sources.rates },
]);

describe("a legal number's source in the reader's language", () => {
  it('reads in English exactly as the profile cites it (documents and the API quote the English)', () => {
    for (const { where, source } of allSources) expect(text('en', source), where).toBe(source.source);
  });

  it('is translated in Russian and Hebrew, with no English word left in the sentence (acronyms and codes aside)', () => {
    for (const language of ['ru', 'he']) {
      for (const { where, source } of allSources) {
        const shown = text(language, source);
        expect(i18n.exists(`rules.sources.${source.key}`, { lng: language }), `${language} ${where}`).toBe(true);
        expect(shown, `${language} ${where}`).not.toBe(source.source);
        expect(shown.match(/(?<![\p{L}\d])[A-Za-z]{2,}(?![\p{L}\d])/gu)?.filter((w) => !/^[A-Z]{2,5}$/.test(w)) ?? [], `${language} ${where}: ${shown}`).toEqual([]);
      }
    }
  });

  it('cites the laws by their names in the language that has one', () => {
    expect(text('ru', PRESETS.ru.sources.refundDays)).toContain('«О защите прав потребителей»');
    expect(text('he', PRESETS.il.sources.consumersOnly)).toContain('חוק הגנת הצרכן, התשמ"א-1981');
    expect(text('he', PRESETS.il.sources.repairDeadlineDays)).toContain('תקנות הגנת הצרכן (אחריות ושירות לאחר מכירה), התשס"ו-2006');
  });

  it("names the preset's own source inside the workshop's override, translated", () => {
    const source = effectiveProfile('ru', { refundDays: 5 }).sources.refundDays;
    expect(text('ru', source)).toBe(`задано мастерской (в профиле: ${text('ru', PRESETS.ru.sources.refundDays)})`);
  });
});
