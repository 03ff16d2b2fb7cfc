/**
 * Document number formats: `{prefix}-{yyyy}-{seq:5}` gives IA-2026-00001. Tokens: {prefix} (the kind's letters),
 * {yyyy} or {yy} (the year of issue: every kind has its own sequence per year), {seq} or {seq:N} (the sequence,
 * zero-padded to N digits). Anything else is printed as it is.
 */
export const DEFAULT_NUMBER_FORMAT = '{prefix}-{yyyy}-{seq:5}';

const TOKEN = /\{(prefix|yyyy|yy|seq(?::(\d))?)\}/g;

/** Why a format cannot be used, or undefined when it can. */
export function numberFormatProblem(format: string): 'no_sequence' | 'no_year' | 'invalid_format' | undefined {
  if (!/^[\p{L}\p{N}{}:\-/_. #№]+$/u.test(format) || /\{(?!prefix\}|yyyy\}|yy\}|seq(?::\d)?\})/.test(format)) return 'invalid_format';
  const tokens = [...format.matchAll(TOKEN)].map((m) => m[1].split(':')[0]);
  if (tokens.filter((t) => t === 'seq').length !== 1) return 'no_sequence';
  if (!tokens.includes('yyyy') && !tokens.includes('yy')) return 'no_year';
  return undefined;
}

export function formatNumber(format: string, values: { prefix: string; year: number; seq: number }): string {
  return format.replace(TOKEN, (_, token: string, width?: string) => {
    if (token === 'prefix') return values.prefix;
    if (token === 'yyyy') return String(values.year);
    if (token === 'yy') return String(values.year % 100).padStart(2, '0');
    return String(values.seq).padStart(width ? Number(width) : 1, '0');
  });
}

/** The sequence inside a number written in `format` for this prefix and year, or undefined when it is not one. */
export function sequenceOf(format: string, values: { prefix: string; year: number }, number: string): number | undefined {
  let pattern = '';
  let last = 0;
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
