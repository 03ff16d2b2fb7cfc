import type { ChargedLine, EffectiveTax } from '../payments/index.js';
import type { RuleSource } from '../rules/index.js';
import { addTaxed, NO_AMOUNT, type TaxedAmount } from '../platform/money.js';
import type { Period } from './period.js';

/** A document the customer was charged by: an order at its hand-back (its tax point) or a counter sale on its day. */
export interface TaxedDocument {
  kind: 'order' | 'sale';
  id: string;
  number: string;
  /** The tax point in the workshop's dates. */
  date: string;
  /** The lines the customer pays, with their rate and tax (the charge rule's, as the invoice prints them). */
  lines: ReadonlyArray<Pick<ChargedLine, 'rate' | 'net' | 'tax' | 'gross' | 'payer'>>;
}

export interface TaxRateRow extends TaxedAmount {
  /** Basis points, or null for what was charged without VAT (an exempt workshop, a rate not set). */
  rate: number | null;
  /** The first day the profile applies this rate from (absent when the workshop set its own rate or none). */
  from?: string;
  /** How many documents carry a line at this rate. */
  documents: number;
}

export interface TaxCollected {
  rates: TaxRateRow[];
  total: TaxedAmount & { documents: number };
  /** Where the rates come from: the rule profile's source, or the workshop's own setting. */
  source: RuleSource;
  profile: string;
  exempt: boolean;
}

/**
 * The tax charged to customers in a period, per rate: the customer's lines of every order handed back and every
 * counter sale in it (the documents whose tax invoice the customer gets), with the net, tax and gross of each rate.
 * Lines another party pays (a manufacturer, a seller, the workshop itself) are not the customer's tax and are left
 * out. The tax of a line is the charge rule's, so these add up to what the invoices print.
 */
export function taxCollected(documents: readonly TaxedDocument[], period: Period, tax: Pick<EffectiveTax, 'rates' | 'sources' | 'profile' | 'exempt'>): TaxCollected {
  const rows = new Map<number | null, TaxRateRow>();
  // The profile's date of a rate; a rate the workshop set itself applies "from always" and shows no date.
  const fromOf = (rate: number | null) => {
    const from = tax.rates.findLast((r) => r.rate === rate)?.from;
    return from && from !== '0000-01-01' ? { from } : {};
  };
  let total = { ...NO_AMOUNT, documents: 0 };
  for (const doc of documents) {
    if (doc.date < period.from || doc.date > period.to) continue;
    const lines = doc.lines.filter((l) => l.payer === 'customer');
    if (!lines.length) continue;
    total = { ...addTaxed(total, sumLines(lines)), documents: total.documents + 1 };
    for (const rate of new Set(lines.map((l) => l.rate))) {
      const own = sumLines(lines.filter((l) => l.rate === rate));
      const row = rows.get(rate) ?? { rate, ...fromOf(rate), ...NO_AMOUNT, documents: 0 };
      rows.set(rate, { ...row, ...addTaxed(row, own), documents: row.documents + 1 });
    }
  }
  const rates = [...rows.values()].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
  return { rates, total, source: tax.sources.rates, profile: tax.profile, exempt: tax.exempt };
}

function sumLines(lines: ReadonlyArray<TaxedAmount>): TaxedAmount {
  return lines.reduce<TaxedAmount>((s, l) => addTaxed(s, { net: l.net, tax: l.tax, gross: l.gross }), NO_AMOUNT);
}
