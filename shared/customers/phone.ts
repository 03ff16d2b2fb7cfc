/**
 * Phone numbers as a clerk writes them and as they are kept: stored in E.164 ("+972547771234") when the number is
 * a valid one for the workshop's country (or has its own +country code), shown in that country's national format
 * ("054-777-1234"), and found by any way of writing it: local, international, with or without spaces and dashes,
 * or its last digits. A number that is not valid (an extension, a foreign number without its code) is kept as
 * typed, with its whitespace collapsed, and is still found by its digits.
 */
import { type CountryCode, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { phoneKey as digitsOf } from '../platform/search.js';

/** The countries of the rule profiles that have one; the EU and custom profiles leave it to the setting. */
export const PROFILE_COUNTRY: Partial<Record<string, CountryCode>> = { ru: 'RU', il: 'IL', uk: 'GB' };

/** The country numbers without a +code belong to: the workshop's setting, else its rule profile's country. */
export function workshopCountry(settings: { phoneCountry?: string; ruleProfile: string }): CountryCode | undefined {
  const chosen = settings.phoneCountry;
  if (chosen && isSupportedCountry(chosen)) return chosen;
  return PROFILE_COUNTRY[settings.ruleProfile];
}

function parse(raw: string, country?: CountryCode) {
  const number = parsePhoneNumberFromString(raw, country ? { defaultCountry: country } : undefined);
  return number?.isValid() ? number : undefined;
}

/** The form a phone is stored in: E.164 when valid, else as typed with whitespace collapsed. */
export function normalizePhone(raw: string, country?: CountryCode): string {
  return parse(raw, country)?.number ?? raw.replace(/\s+/g, ' ').trim();
}

/** How a stored phone is shown: national format for the workshop's country, international for others. */
export function displayPhone(stored: string, country?: CountryCode): string {
  const number = parse(stored, country);
  if (!number) return stored;
  return number.country === country ? number.formatNational() : number.formatInternational();
}

/**
 * A country's calling code and the trunk prefix dialled before a national number ("0" in Israel, "8" in Russia),
 * learnt from the first valid number of that country (what precedes its national number in national format).
 */
const dialling = new Map<CountryCode, { code: string; trunk: string }>();
function diallingOf(country: CountryCode, sample: string): { code: string; trunk: string } | undefined {
  const known = dialling.get(country);
  if (known) return known;
  const number = parse(sample, country);
  if (!number || number.country !== country) return undefined;
  const national = digitsOf(number.formatNational());
  const trunk = national.endsWith(number.nationalNumber) ? national.slice(0, national.length - number.nationalNumber.length) : '';
  const learnt = { code: getCountryCallingCode(country), trunk };
  dialling.set(country, learnt);
  return learnt;
}

/**
 * The digit strings a stored phone is found by: international, national significant and national as dialled.
 * Stored numbers are E.164 already, so this is string work, not parsing: the search index of 100,000 orders is
 * built at start-up, where parsing every number would add over a second.
 */
export function phoneSearchKeys(stored: string, country?: CountryCode): string[] {
  const digits = digitsOf(stored);
  if (!stored.startsWith('+') || !country) return digits ? [digits] : [];
  const plan = diallingOf(country, stored);
  if (!plan || !digits.startsWith(plan.code)) return [digits];
  const { code, trunk } = plan;
  const national = digits.slice(code.length);
  // The national form with its trunk prefix holds the one without: one key finds both spellings.
  return trunk ? [digits, trunk + national] : [digits, national];
}

/** The digits a query is looked for by: as typed, and, when it is a valid number, its international form. */
export function phoneQueryKeys(query: string, country?: CountryCode): string[] {
  const typed = digitsOf(query);
  const number = parse(query, country);
  return [...new Set([typed, number ? digitsOf(number.number) : ''].filter((k) => k.length >= 3))];
}

/** Whether a stored phone answers a query: any of its forms contains the query's digits (3 or more). */
export function phoneMatches(stored: string, query: string, country?: CountryCode): boolean {
  const wanted = phoneQueryKeys(query, country);
  if (wanted.length === 0) return false;
  return phoneSearchKeys(stored, country).some((key) => wanted.some((w) => key.includes(w)));
}
