import type { RateBp } from '../platform/money.js';
import { byWorkshop, type ProfileId, type RuleSource } from '../rules/index.js';

/**
 * VAT as a rule profile states it: the rate(s) with the date each applies from, whether prices are entered with
 * the tax in them (gross) or without (net), and whether tax is rounded per line or once per document. Like every
 * legal number it carries its source; "unconfirmed" ones could not be checked against the law's text offline.
 * Nothing here is tax advice: the workshop may override every value in its settings.
 */
export interface TaxRate {
  from: string;
  rate: RateBp;
}

export type TaxRounding = 'line' | 'document';
/** What the profile calls the document a customer gets for a payment. */
export type InvoiceName = 'il_tax_invoice_receipt' | 'il_receipt' | 'ru_sales_receipt' | 'uk_vat_receipt' | 'uk_receipt' | 'invoice' | 'receipt';

export interface TaxProfile {
  /** Empty: the profile charges no VAT (a simplified regime, or a rate the workshop has to set). */
  rates: TaxRate[];
  pricesIncludeTax: boolean;
  rounding: TaxRounding;
  invoiceName: InvoiceName;
  /** The name when the workshop issues no VAT (a small business on a simplified regime). */
  exemptName: InvoiceName;
  sources: { rates: RuleSource; pricesIncludeTax: RuleSource; rounding: RuleSource };
  /** A note for the settings screen (e.g. the EU's rates are the member state's). */
  note?: 'eu_country_rate' | 'custom_rate';
}

const IL_VAT = 'Israel, Value Added Tax Law 5736-1975, s.2, with the Value Added Tax (Rate of Tax) Order: 18% from 1 January 2025 (17% before)';
const UK_VAT = 'UK Value Added Tax Act 1994, s.2(1) (standard rate 20%, since 4 January 2011)';
const RU_VAT = {
  source: 'RF Tax Code, Art. 164 p.3, as amended by Federal Law No. 425-FZ of 28.11.2025: 22% from 1 January 2026 (20% before)',
  confirmed: false,
  key: 'ru.tax.rates',
};

export const TAX_PRESETS: Record<ProfileId, TaxProfile> = {
  il: {
    rates: [
      { from: '2015-10-01', rate: 1700 },
      { from: '2025-01-01', rate: 1800 },
    ],
    pricesIncludeTax: true,
    rounding: 'document',
    invoiceName: 'il_tax_invoice_receipt',
    exemptName: 'il_receipt',
    sources: {
      rates: { source: IL_VAT, confirmed: true, key: 'il.tax.rates' },
      pricesIncludeTax: { source: 'Israel, Consumer Protection Law 5741-1981, s.17B (a price shown to a consumer includes VAT)', confirmed: false, key: 'il.tax.pricesIncludeTax' },
      rounding: { source: 'not set by the law: the tax of the document total, as accounting software prints it', confirmed: false, key: 'il.tax.rounding' },
    },
  },
  ru: {
    rates: [
      { from: '2019-01-01', rate: 2000 },
      { from: '2026-01-01', rate: 2200 },
    ],
    pricesIncludeTax: true,
    rounding: 'document',
    invoiceName: 'ru_sales_receipt',
    exemptName: 'ru_sales_receipt',
    sources: {
      rates: RU_VAT,
      pricesIncludeTax: { source: 'RF Tax Code, Art. 168 p.6 (in retail sales to the public the tax is included in the price)', confirmed: false, key: 'ru.tax.pricesIncludeTax' },
      rounding: { source: 'RF Tax Code, Art. 52 p.6 (the tax is computed in full roubles and kopecks), on the document total', confirmed: false, key: 'ru.tax.rounding' },
    },
  },
  uk: {
    rates: [{ from: '2011-01-04', rate: 2000 }],
    pricesIncludeTax: true,
    rounding: 'line',
    invoiceName: 'uk_vat_receipt',
    exemptName: 'uk_receipt',
    sources: {
      rates: { source: UK_VAT, confirmed: true, key: 'uk.tax.rates' },
      pricesIncludeTax: { source: 'UK Price Marking Order 2004, art. 5 (prices to consumers include VAT)', confirmed: false, key: 'uk.tax.pricesIncludeTax' },
      rounding: { source: 'HMRC VAT Notice 700, s.17.5 (rounding per line or on the invoice total, done consistently)', confirmed: false, key: 'uk.tax.rounding' },
    },
  },
  eu: {
    rates: [],
    pricesIncludeTax: true,
    rounding: 'document',
    invoiceName: 'invoice',
    exemptName: 'receipt',
    note: 'eu_country_rate',
    sources: {
      rates: { source: "Directive 2006/112/EC, Arts. 96-97: the rate is the member state's (at least 15%); set your country and rate in the settings", confirmed: false, key: 'eu.tax.rates' },
      pricesIncludeTax: { source: 'Directive 98/6/EC, Art. 2(a) (the selling price to consumers includes VAT)', confirmed: false, key: 'eu.tax.pricesIncludeTax' },
      rounding: { source: "not set by the directive: the member state's rules", confirmed: false, key: 'eu.tax.rounding' },
    },
  },
  custom: {
    rates: [],
    pricesIncludeTax: true,
    rounding: 'document',
    invoiceName: 'invoice',
    exemptName: 'receipt',
    note: 'custom_rate',
    sources: {
      rates: { source: 'set by the workshop', confirmed: true, key: 'custom.default' },
      pricesIncludeTax: { source: 'set by the workshop', confirmed: true, key: 'custom.default' },
      rounding: { source: 'set by the workshop', confirmed: true, key: 'custom.default' },
    },
  },
};

/** The workshop's own tax settings (all optional: the profile decides what is left out). */
export interface TaxOverrides {
  /** "exempt": a small business on a simplified regime issues no VAT. */
  regime?: 'vat' | 'exempt';
  /** A rate of its own (basis points), e.g. an EU member state's. */
  rate?: RateBp;
  pricesIncludeTax?: boolean;
  rounding?: TaxRounding;
  /** The EU member state (ISO 3166 code) whose rate is set. */
  country?: string;
}

/** The rules in force: the profile's with the workshop's overrides, each value with where it comes from. */
export interface EffectiveTax {
  profile: ProfileId;
  exempt: boolean;
  rates: TaxRate[];
  pricesIncludeTax: boolean;
  rounding: TaxRounding;
  invoiceName: InvoiceName;
  country?: string;
  sources: TaxProfile['sources'];
  note?: TaxProfile['note'];
}

export function effectiveTax(profile: ProfileId, overrides: TaxOverrides = {}): EffectiveTax {
  const preset = TAX_PRESETS[profile];
  const exempt = overrides.regime === 'exempt';
  const sources = { ...preset.sources };
  let rates = preset.rates;
  if (exempt) {
    rates = [];
    sources.rates = { source: 'set by the workshop: a simplified regime, no VAT is charged', confirmed: true, key: 'workshopExempt' };
  } else if (overrides.rate !== undefined) {
    rates = [{ from: '0000-01-01', rate: overrides.rate }];
    sources.rates = byWorkshop(preset.sources.rates);
  }
  if (overrides.pricesIncludeTax !== undefined) sources.pricesIncludeTax = byWorkshop(preset.sources.pricesIncludeTax);
  if (overrides.rounding !== undefined) sources.rounding = byWorkshop(preset.sources.rounding);
  return {
    profile,
    exempt,
    rates,
    pricesIncludeTax: overrides.pricesIncludeTax ?? preset.pricesIncludeTax,
    rounding: overrides.rounding ?? preset.rounding,
    invoiceName: exempt ? preset.exemptName : preset.invoiceName,
    country: overrides.country,
    sources,
    note: preset.note,
  };
}

/** The rate on a date (the workshop's calendar date, yyyy-mm-dd), or null when no VAT is charged then. */
export function rateOn(tax: Pick<EffectiveTax, 'rates'>, date: string): RateBp | null {
  let rate: RateBp | null = null;
  for (const r of tax.rates) if (r.from <= date) rate = r.rate;
  return rate;
}
