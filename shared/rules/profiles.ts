/**
 * Legal rule profiles: the numbers that differ by jurisdiction, as data, each with its source. The workshop picks
 * a preset and may override any value. Sources are secondary (see DOMAIN.md); values marked unconfirmed could not
 * be checked against the law's text. Nothing here is legal advice.
 */
export const PROFILE_IDS = ['ru', 'il', 'eu', 'uk', 'custom'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export type RepairExtension = 'days_out_of_use' | 'plus_12_months_once' | 'none';
export type DayCounting = 'calendar' | 'working';

/** Every rule a profile may set; null means "the law sets no number" (e.g. "within a reasonable time"). */
export interface RuleValues {
  /** Working-day calendar: weekly rest days (0 = Sunday … 6 = Saturday). */
  weeklyRestDays: number[];
  /** Claim terms and the penalty protect consumers only: a company's claim gets neither. */
  consumersOnly: boolean;
  /** A term (in calendar days or months) that ends on a rest day or holiday ends on the next working day. */
  termEndsOnWorkingDay: boolean;
  /** Days to finish a warranty repair, from the demand. */
  repairDeadlineDays: number | null;
  repairDeadlineCounting: DayCounting;
  /** Days to provide a loaner, from the customer's demand. */
  loanerDeadlineDays: number | null;
  /** The shortest warranty the law gives (used when the device's own warranty is shorter). */
  minimumWarrantyMonths: number | null;
  /** How time in repair extends the warranty. */
  repairExtension: RepairExtension;
  /** The extension applies to goods delivered on or after this date. */
  repairExtensionFrom: string | null;
  /** A replaced unit starts a new warranty from its hand-over. */
  replacementRestartsWarranty: boolean;
  /** A part replaced in a warranty repair is under warranty as long as the unit's own warranty period, from hand-back. */
  replacedComponentFullWarranty: boolean;
  /** Claims without a warranty set: within this many months of hand-over. */
  claimWindowNoWarrantyMonths: number | null;
  /** Defect found after a short warranty: claims within this many months of hand-over. */
  claimWindowAfterWarrantyMonths: number | null;
  /** Significant defects: claims within the service life, or this many years when none is set. */
  significantDefectYears: number | null;
  /** The presumption that a defect existed at delivery lasts this many months. */
  presumptionMonths: number | null;
  /** Days to answer a refund / price-reduction demand. */
  refundDays: number | null;
  /** The refund term runs from the trader agreeing to refund (the accepted decision), not from the demand. */
  refundTermFromAgreement: boolean;
  /** Days to replace goods. */
  replacementDays: number | null;
  /** Days to replace goods when the seller needs a quality check. */
  replacementCheckDays: number | null;
  /** Months to replace goods the seller does not have in stock. */
  replacementNoStockMonths: number | null;
  /** Days to answer a demand to pay compensation of repair costs. */
  repairCostsDays: number | null;
  /** Days to answer a demand to pay the penalty itself. */
  penaltyDemandDays: number | null;
  /** Penalty for a missed deadline, percent of the price per day. */
  penaltyPercentPerDay: number | null;
  /** Short-term right to reject, days from delivery. */
  shortTermRejectDays: number | null;
  /** The warranty of a unit that needs installation runs from the installation date (an installation act), not the purchase. */
  warrantyFromInstallation: boolean;
}

export type RuleKey = keyof RuleValues;

export interface RuleSource {
  /** The citation in English, as documents, the API and the tests quote it. */
  source: string;
  confirmed: boolean;
  /** The citation's phrase in the string catalogue, under `rules.sources.` (e.g. `ru.refundDays`), in every language. */
  key: string;
  /** A value the workshop set: the key of the preset's source it replaces (`key` is then `workshop`, a template). */
  preset?: string;
}

/** The English override text; `rules.sources.workshop` says the same in every language. */
export const byWorkshop = (preset: RuleSource): RuleSource => ({
  source: `set by the workshop (preset: ${preset.source})`,
  confirmed: true,
  key: 'workshop',
  preset: preset.key,
});

export interface RuleProfile {
  id: ProfileId;
  values: RuleValues;
  sources: Record<RuleKey, RuleSource>;
}

const NONE: RuleValues = {
  weeklyRestDays: [0, 6],
  consumersOnly: true,
  termEndsOnWorkingDay: false,
  repairDeadlineDays: null,
  repairDeadlineCounting: 'calendar',
  loanerDeadlineDays: null,
  minimumWarrantyMonths: null,
  repairExtension: 'none',
  repairExtensionFrom: null,
  replacementRestartsWarranty: true,
  replacedComponentFullWarranty: false,
  claimWindowNoWarrantyMonths: null,
  claimWindowAfterWarrantyMonths: null,
  significantDefectYears: null,
  presumptionMonths: null,
  refundDays: null,
  refundTermFromAgreement: false,
  replacementDays: null,
  replacementCheckDays: null,
  replacementNoStockMonths: null,
  repairCostsDays: null,
  penaltyDemandDays: null,
  penaltyPercentPerDay: null,
  shortTermRejectDays: null,
  warrantyFromInstallation: false,
};

type GivenSource = string | { source: string; confirmed: boolean };

/**
 * A profile's sources, each with its catalogue key: `<profile>.default` for the rules the law leaves unset,
 * `<profile>.<rule>` otherwise (a citation given twice keeps the key of the rule it was first given for).
 */
function sources(profile: ProfileId, defaults: string, specific: Partial<Record<RuleKey, GivenSource>>): Record<RuleKey, RuleSource> {
  const keyOf = new Map<string, string>([[defaults, `${profile}.default`]]);
  return Object.fromEntries(
    (Object.keys(NONE) as RuleKey[]).map((rule) => {
      const given = specific[rule] ?? defaults;
      const { source, confirmed } = typeof given === 'string' ? { source: given, confirmed: true } : given;
      if (!keyOf.has(source)) keyOf.set(source, `${profile}.${rule}`);
      return [rule, { source, confirmed, key: keyOf.get(source)! }];
    }),
  ) as Record<RuleKey, RuleSource>;
}

const RU_LAW = 'RF Law No. 2300-1 "On Protection of Consumer Rights"';
const IL_REGS = 'Israel, Consumer Protection Regulations (Warranty and After-Sales Service), 5766-2006';
const EU_DIR = 'Directive (EU) 2019/771';
const UK_CRA = 'UK Consumer Rights Act 2015';

export const PRESETS: Record<ProfileId, RuleProfile> = {
  ru: {
    id: 'ru',
    values: {
      ...NONE,
      termEndsOnWorkingDay: true,
      repairDeadlineDays: 45,
      loanerDeadlineDays: 3,
      repairExtension: 'days_out_of_use',
      replacedComponentFullWarranty: true,
      claimWindowNoWarrantyMonths: 24,
      claimWindowAfterWarrantyMonths: 24,
      significantDefectYears: 10,
      refundDays: 10,
      replacementDays: 7,
      replacementCheckDays: 20,
      replacementNoStockMonths: 1,
      repairCostsDays: 10,
      penaltyDemandDays: 10,
      penaltyPercentPerDay: 1,
      warrantyFromInstallation: true,
    },
    sources: sources('ru', 'not set by the law', {
      weeklyRestDays: 'RF Labour Code Art. 111 (Saturday and Sunday in a five-day week)',
      consumersOnly: `${RU_LAW}, preamble (a consumer is a citizen buying goods for personal needs, not for business)`,
      termEndsOnWorkingDay: 'RF Civil Code Art. 193 (a term ending on a non-working day ends on the next working day)',
      repairDeadlineDays: `${RU_LAW}, Art. 20 p.1 ("without delay"; at most 45 days if agreed in writing)`,
      loanerDeadlineDays: `${RU_LAW}, Art. 20 p.2 (within 3 days of the demand, durable goods)`,
      repairExtension: `${RU_LAW}, Art. 20 p.3 (by the days out of use, from the demand to the return)`,
      replacementRestartsWarranty: `${RU_LAW}, Art. 21 (a new warranty from the hand-over of the new item)`,
      replacedComponentFullWarranty: `${RU_LAW}, Art. 20 p.4 (a warranty of the same length as the replaced component's)`,
      claimWindowNoWarrantyMonths: `${RU_LAW}, Art. 19 p.1 (reasonable time, at most 2 years)`,
      claimWindowAfterWarrantyMonths: `${RU_LAW}, Art. 19 p.5 (consumer proves the defect predates hand-over)`,
      significantDefectYears: `${RU_LAW}, Art. 19 p.6 (service life, or 10 years when none is set)`,
      refundDays: `${RU_LAW}, Art. 22 (refund and price reduction: 10 days from the demand)`,
      replacementDays: `${RU_LAW}, Art. 21 p.1 (7 days from the demand)`,
      replacementCheckDays: `${RU_LAW}, Art. 21 p.1 (20 days when the seller needs an additional quality check)`,
      replacementNoStockMonths: `${RU_LAW}, Art. 21 p.1 (1 month when the seller has no such goods at the time of the demand)`,
      repairCostsDays: `${RU_LAW}, Art. 22 (compensation of the costs of correcting defects: 10 days)`,
      penaltyDemandDays: {
        source: `${RU_LAW}, Art. 22 applied by analogy (damages are named there; the law sets no separate term for paying the penalty)`,
        confirmed: false,
      },
      penaltyPercentPerDay: `${RU_LAW}, Art. 23 p.1 (1% of the price of the goods for every day of delay under Arts. 20-22)`,
      warrantyFromInstallation: `${RU_LAW}, Art. 19 p.2 (the warranty does not run while the goods need installation, connection or assembly by the seller)`,
    }),
  },
  il: {
    id: 'il',
    values: {
      ...NONE,
      weeklyRestDays: [6],
      repairDeadlineDays: 10,
      repairDeadlineCounting: 'working',
      minimumWarrantyMonths: 12,
      warrantyFromInstallation: true,
    },
    sources: sources('il', 'not set by the regulations', {
      weeklyRestDays: `${IL_REGS}, reg. 10 (Shabbat and holidays are not counted)`,
      consumersOnly: { source: 'Israel, Consumer Protection Law 5741-1981, s.1 (a consumer buys mainly for personal, home or family use)', confirmed: false },
      repairDeadlineDays: `${IL_REGS}, reg. 10 (10 days from delivery to a service station)`,
      repairDeadlineCounting: `${IL_REGS}, reg. 10 (Shabbat and holidays are not counted)`,
      minimumWarrantyMonths: `${IL_REGS}, regs. 1, 5 (1 year from delivery or installation)`,
      loanerDeadlineDays: { source: `${IL_REGS}: not found in the regulations' available text`, confirmed: false },
      replacementRestartsWarranty: { source: 'general practice; not found in the regulations', confirmed: false },
      warrantyFromInstallation: `${IL_REGS}, regs. 1, 5 (from installation where the goods need installing)`,
    }),
  },
  eu: {
    id: 'eu',
    values: {
      ...NONE,
      repairExtension: 'plus_12_months_once',
      repairExtensionFrom: '2026-07-31',
      claimWindowAfterWarrantyMonths: 24,
      presumptionMonths: 12,
    },
    sources: sources('eu', 'not set by the directives', {
      consumersOnly: `${EU_DIR}, Art. 2(2) (a consumer is a natural person acting outside their trade, business, craft or profession)`,
      repairExtension: 'Directive (EU) 2024/1799, amending 2019/771 Art. 10(2a) (+12 months once, when the consumer chooses repair)',
      repairExtensionFrom: 'Directive (EU) 2024/1799 (applies from 31 July 2026)',
      claimWindowAfterWarrantyMonths: `${EU_DIR}, Art. 10 (seller's liability at least 2 years from delivery)`,
      presumptionMonths: `${EU_DIR}, Art. 11 (1 year; member states may set 2)`,
      repairDeadlineDays: `${EU_DIR}, Art. 14 ("within a reasonable time")`,
      replacementRestartsWarranty: { source: 'general practice; not set by the directive', confirmed: false },
    }),
  },
  uk: {
    id: 'uk',
    values: {
      ...NONE,
      presumptionMonths: 6,
      refundDays: 14,
      refundTermFromAgreement: true,
      repairCostsDays: 14,
      shortTermRejectDays: 30,
    },
    sources: sources('uk', 'not set by the Act', {
      consumersOnly: `${UK_CRA}, s.2(3) (a consumer is an individual acting wholly or mainly outside their trade, business, craft or profession)`,
      presumptionMonths: `${UK_CRA}, s.19 (6 months)`,
      refundDays: `${UK_CRA}, s.20 (within 14 days of the trader agreeing)`,
      refundTermFromAgreement: `${UK_CRA}, s.20(15) (the 14 days run from the day the trader agrees the consumer is entitled to a refund)`,
      repairCostsDays: { source: `${UK_CRA}: no term found for paying repair costs; the s.20 refund term is used`, confirmed: false },
      shortTermRejectDays: `${UK_CRA}, s.22 (30 days)`,
      replacementRestartsWarranty: { source: 'general practice; not set by the Act', confirmed: false },
    }),
  },
  custom: {
    id: 'custom',
    values: { ...NONE },
    sources: sources('custom', 'set by the workshop', {}),
  },
};

export type RuleOverrides = Partial<RuleValues>;

export interface EffectiveProfile extends RuleProfile {
  overridden: RuleKey[];
}

/** The preset with the workshop's overrides applied; overridden values say so instead of citing the law. */
export function effectiveProfile(id: ProfileId, overrides: RuleOverrides = {}): EffectiveProfile {
  const preset = PRESETS[id];
  const overridden = (Object.keys(overrides) as RuleKey[]).filter((key) => overrides[key] !== undefined && key in preset.values);
  const values = { ...preset.values } as Record<RuleKey, unknown>;
  const profileSources = { ...preset.sources };
  for (const key of overridden) {
    values[key] = overrides[key];
    profileSources[key] = byWorkshop(preset.sources[key]);
  }
  return { id, values: values as unknown as RuleValues, sources: profileSources, overridden };
}
