import { describe, expect, it } from 'vitest';
import { effectiveProfile, PRESETS, PROFILE_IDS, type RuleKey, type RuleOverrides } from '../../shared/rules/profiles.js';

/** The legal rule profiles as data: the numbers of DOMAIN.md and docs/warranty-rules.md, each with its source. */
const unconfirmed = (id: (typeof PROFILE_IDS)[number]) =>
  (Object.entries(PRESETS[id].sources) as Array<[RuleKey, { confirmed: boolean }]>).filter(([, s]) => !s.confirmed).map(([key]) => key);

describe('the presets', () => {
  it('hold the values of the table in docs/warranty-rules.md', () => {
    expect(PRESETS.ru.values).toMatchObject({
      weeklyRestDays: [0, 6], consumersOnly: true, termEndsOnWorkingDay: true, repairDeadlineDays: 45, repairDeadlineCounting: 'calendar', loanerDeadlineDays: 3,
      minimumWarrantyMonths: null, repairExtension: 'days_out_of_use', repairExtensionFrom: null, replacementRestartsWarranty: true, replacedComponentFullWarranty: true,
      claimWindowNoWarrantyMonths: 24, claimWindowAfterWarrantyMonths: 24, significantDefectYears: 10, presumptionMonths: null, refundDays: 10, refundTermFromAgreement: false,
      replacementDays: 7, replacementCheckDays: 20, replacementNoStockMonths: 1, repairCostsDays: 10, penaltyPercentPerDay: 1, shortTermRejectDays: null,
    });
    expect(PRESETS.il.values).toMatchObject({
      weeklyRestDays: [6], consumersOnly: true, termEndsOnWorkingDay: false, repairDeadlineDays: 10, repairDeadlineCounting: 'working', loanerDeadlineDays: null,
      minimumWarrantyMonths: 12, repairExtension: 'none', replacedComponentFullWarranty: false, refundDays: null, penaltyPercentPerDay: null,
    });
    expect(PRESETS.eu.values).toMatchObject({
      weeklyRestDays: [0, 6], repairDeadlineDays: null, repairExtension: 'plus_12_months_once', repairExtensionFrom: '2026-07-31', claimWindowAfterWarrantyMonths: 24,
      presumptionMonths: 12, refundTermFromAgreement: false, replacedComponentFullWarranty: false,
    });
    expect(PRESETS.uk.values).toMatchObject({
      weeklyRestDays: [0, 6], presumptionMonths: 6, refundDays: 14, refundTermFromAgreement: true, repairCostsDays: 14, shortTermRejectDays: 30, repairExtension: 'none',
    });
  });

  it('the custom profile starts with no numbers, consumers only, a Saturday-Sunday week, and a new warranty after a replacement', () => {
    const values = PRESETS.custom.values;
    expect(values).toMatchObject({ weeklyRestDays: [0, 6], consumersOnly: true, termEndsOnWorkingDay: false, repairExtension: 'none', replacementRestartsWarranty: true, refundTermFromAgreement: false });
    for (const [key, value] of Object.entries(values)) if (typeof value === 'number') throw new Error(`${key} is set in the custom profile`);
    expect(unconfirmed('custom')).toEqual([]);
    expect(new Set(Object.values(PRESETS.custom.sources).map((s) => s.source))).toEqual(new Set(['set by the workshop']));
  });

  it('each preset names its own law as the source of its numbers', () => {
    expect(PRESETS.ru.sources.repairDeadlineDays.source).toBe('RF Law No. 2300-1 "On Protection of Consumer Rights", Art. 20 p.1 ("without delay"; at most 45 days if agreed in writing)');
    expect(PRESETS.il.sources.repairDeadlineDays.source).toBe('Israel, Consumer Protection Regulations (Warranty and After-Sales Service), 5766-2006, reg. 10 (10 days from delivery to a service station)');
    expect(PRESETS.eu.sources.presumptionMonths.source).toBe('Directive (EU) 2019/771, Art. 11 (1 year; member states may set 2)');
    expect(PRESETS.eu.sources.repairExtension.source).toContain('Directive (EU) 2024/1799');
    expect(PRESETS.uk.sources.refundDays.source).toBe('UK Consumer Rights Act 2015, s.20 (within 14 days of the trader agreeing)');
  });

  it('a rule the law leaves unset says so in the words of its preset', () => {
    expect(PRESETS.ru.sources.minimumWarrantyMonths).toEqual({ source: 'not set by the law', confirmed: true, key: 'ru.default' });
    expect(PRESETS.il.sources.refundDays).toEqual({ source: 'not set by the regulations', confirmed: true, key: 'il.default' });
    expect(PRESETS.eu.sources.refundDays).toEqual({ source: 'not set by the directives', confirmed: true, key: 'eu.default' });
    expect(PRESETS.uk.sources.loanerDeadlineDays).toEqual({ source: 'not set by the Act', confirmed: true, key: 'uk.default' });
  });

  it('the values that could not be checked against the law are marked unconfirmed, and only those', () => {
    expect(unconfirmed('ru')).toEqual(['penaltyDemandDays']);
    expect(unconfirmed('il').sort()).toEqual(['consumersOnly', 'loanerDeadlineDays', 'replacementRestartsWarranty']);
    expect(unconfirmed('eu')).toEqual(['replacementRestartsWarranty']);
    expect(unconfirmed('uk').sort()).toEqual(['repairCostsDays', 'replacementRestartsWarranty']);
  });

  it('every preset has a source for every rule, and the same rules', () => {
    for (const id of PROFILE_IDS) expect(Object.keys(PRESETS[id].sources).sort(), id).toEqual(Object.keys(PRESETS[id].values).sort());
    for (const id of PROFILE_IDS) expect(PRESETS[id].id).toBe(id);
  });
});

describe('the workshop\'s overrides', () => {
  it('an override replaces the value, and its source says it was set by the workshop and what the preset said', () => {
    const profile = effectiveProfile('uk', { refundDays: 30 });
    expect(profile.values.refundDays).toBe(30);
    expect(profile.sources.refundDays).toEqual({
      source: 'set by the workshop (preset: UK Consumer Rights Act 2015, s.20 (within 14 days of the trader agreeing))',
      confirmed: true,
      key: 'workshop',
      preset: 'uk.refundDays',
    });
    expect(profile.sources.presumptionMonths).toEqual(PRESETS.uk.sources.presumptionMonths);
    expect(profile.id).toBe('uk');
  });

  it('an override of an unconfirmed value is the workshop\'s word: confirmed', () => {
    expect(effectiveProfile('ru', { penaltyDemandDays: 5 }).sources.penaltyDemandDays.confirmed).toBe(true);
  });

  it('an override left empty, or of a rule no profile has, changes nothing and is not listed', () => {
    const profile = effectiveProfile('ru', { refundDays: undefined, noSuchRule: 3 } as RuleOverrides);
    expect(profile.overridden).toEqual([]);
    expect(profile.values).toEqual(PRESETS.ru.values);
    expect(profile.sources).toEqual(PRESETS.ru.sources);
    expect('noSuchRule' in profile.values).toBe(false);
  });

  it('an override to "no number" is an override too', () => {
    const profile = effectiveProfile('ru', { penaltyPercentPerDay: null });
    expect(profile.values.penaltyPercentPerDay).toBeNull();
    expect(profile.overridden).toEqual(['penaltyPercentPerDay']);
  });

  it('overrides never change the preset itself', () => {
    effectiveProfile('ru', { repairDeadlineDays: 30 });
    expect(PRESETS.ru.values.repairDeadlineDays).toBe(45);
    expect(effectiveProfile('ru').overridden).toEqual([]);
  });
});
