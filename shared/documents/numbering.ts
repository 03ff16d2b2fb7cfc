import type { DocumentKind } from './schemas.js';

/** The letters of each kind, put in by {prefix}. */
export const KIND_PREFIX: Record<DocumentKind, string> = {
  intake_act: 'IA',
  warranty_certificate: 'WC',
  void_notice: 'VN',
  loan_issue_act: 'LI',
  loan_return_act: 'LR',
  claim_response: 'CR',
  period_report: 'PR',
  defect_proposal: 'DP',
  completion_act: 'CA',
  condition_act: 'TC',
  device_label: 'DL',
  waybill_out: 'WO',
  waybill_back: 'WB',
  tax_invoice: 'TI',
  credit_note: 'CN',
  cash_x_report: 'XR',
  cash_z_report: 'ZR',
  installation_act: 'IN',
  commissioning_act: 'CM',
  route_sheet: 'RS',
};

/**
 * Document number formats: `{prefix}-{yyyy}-{seq:5}` gives IA-2026-00001. Tokens: {prefix} (the kind's letters), {site} (the service point's code, once it has one),
 * {yyyy} or {yy} (the year of issue: every kind has its own sequence per year), {seq} or {seq:N} (the sequence,
 * zero-padded to N digits). Anything else is printed as it is, but no slash, backslash or "..": a number is
 * printed, never part of a file name, and must not look like a path.
 */
export const DEFAULT_NUMBER_FORMAT = '{prefix}-{yyyy}-{seq:5}';
/** The format of a service point of a network (it has a site code): IA-MSK1-2026-00001. {site} is the site code. */
export const DEFAULT_SITE_NUMBER_FORMAT = '{prefix}-{site}-{yyyy}-{seq:5}';

const TOKEN = /\{(prefix|site|yyyy|yy|seq(?::(\d))?)\}/g;

/** Why a format cannot be used, or undefined when it can. */
export function numberFormatProblem(format: string): 'no_sequence' | 'no_year' | 'invalid_format' | undefined {
  if (!/^[\p{L}\p{N}{}:\-_. #№]+$/u.test(format) || format.includes('..') || /\{(?!prefix\}|site\}|yyyy\}|yy\}|seq(?::\d)?\})/.test(format)) return 'invalid_format';
  const tokens = [...format.matchAll(TOKEN)].map((m) => m[1].split(':')[0]);
  if (tokens.filter((t) => t === 'seq').length !== 1) return 'no_sequence';
  if (!tokens.includes('yyyy') && !tokens.includes('yy')) return 'no_year';
  return undefined;
}

export function formatNumber(format: string, values: { prefix: string; year: number; seq: number; site?: string }): string {
  // A point without a site code prints {site} as nothing, and the separator after it with it (IA-2026-00001).
  const used = values.site ? format : format.replace(/\{site\}[-_. ]?/g, '');
  return used.replace(TOKEN, (_, token: string, width?: string) => {
    if (token === 'prefix') return values.prefix;
    if (token === 'site') return values.site ?? '';
    if (token === 'yyyy') return String(values.year);
    if (token === 'yy') return String(values.year % 100).padStart(2, '0');
    return String(values.seq).padStart(width ? Number(width) : 1, '0');
  });
}

/** The sequence inside a number written in `format` for this prefix and year, or undefined when it is not one. */
export function sequenceOf(format: string, values: { prefix: string; year: number; site?: string }, number: string): number | undefined {
  let pattern = '';
  let last = 0;
  if (!values.site) format = format.replace(/\{site\}[-_. ]?/g, '');
  for (const match of format.matchAll(TOKEN)) {
    pattern += escape(format.slice(last, match.index));
    const token = match[1];
    pattern += token.startsWith('seq') ? '(\\d+)' : escape(formatNumber(`{${token}}`, { ...values, seq: 0 }));
    last = match.index + match[0].length;
  }
  pattern += escape(format.slice(last));
  const found = new RegExp(`^${pattern}$`, 'u').exec(number);
  return found ? Number(found[1]) : undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text a format prints before its first number (year or sequence), with {prefix} put in. */
function lead(format: string, prefix: string): string {
  const first = /\{(yyyy|yy|seq(?::\d)?)\}/.exec(format);
  return formatNumber(format.slice(0, first ? first.index : format.length), { prefix, year: 0, seq: 0 });
}

/**
 * The kinds whose format could print the same number as another kind's format. Every number is its lead text
 * followed by a digit: two leads that differ before either ends never meet, nor does a lead that ends where the
 * other goes on with a non-digit. Everything else (the same lead, or a lead that a digit continues) is refused.
 */
export function clashingKinds(formats: Partial<Record<DocumentKind, string>>): DocumentKind[] {
  const kinds = Object.keys(KIND_PREFIX) as DocumentKind[];
  const leads = kinds.map((kind) => lead(formats[kind] ?? DEFAULT_NUMBER_FORMAT, KIND_PREFIX[kind]));
  const meet = (a: string, b: string) => {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return long.startsWith(short) && (long.length === short.length || /[0-9]/.test(long[short.length]));
  };
  return kinds.filter((_, i) => leads.some((other, j) => i !== j && meet(leads[i], other)));
}
