import { z } from 'zod';
import { IsoDate, Language, OptionalText, Text } from '../platform/common.js';
import { DATE_FORMATS_EN, isTimeZone } from '../platform/dates.js';
import { PROFILE_IDS } from '../rules/index.js';
import { RuleOverrides } from '../warranty/index.js';
import { AnalyticsThresholds } from '../analytics/index.js';
import { numberFormatProblem } from '../documents/index.js';
import { DocumentKind } from '../documents/index.js';
import { TaxSettings } from '../payments/index.js';
import { SiteIdentity } from '../network/index.js';

/** A folder on this PC, written in full (/media/usb/backups, D:\\Backups, \\\\server\\share). */
export const AbsolutePath = z.string().trim().max(500, 'too_long').regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'not_absolute');

export const Currency = z.enum(['ILS', 'RUB', 'EUR', 'USD', 'GBP']);

/** The order of day, month and year the English interface shows and takes; Russian and Hebrew always read dd.mm.yyyy. */
export const DateFormatEn = z.enum(DATE_FORMATS_EN);

export const WorkshopProfile = z.strictObject({
  name: z.string().trim().max(160, 'too_long').default(''),
  legalName: OptionalText(200),
  taxId: OptionalText(40),
  address: OptionalText(300),
  phone: OptionalText(60),
  email: OptionalText(200),
  signatory: OptionalText(160),
  /** Company registration number (e.g. ОГРН, company number), bank details and web site, printed on documents. */
  registration: OptionalText(60),
  bankDetails: OptionalText(300),
  website: OptionalText(200),
});
export type WorkshopProfile = z.infer<typeof WorkshopProfile>;

/** Per-language texts printed on the intake act. */
export const IntakeTerms = z.strictObject({
  en: OptionalText(3000),
  ru: OptionalText(3000),
  he: OptionalText(3000),
});

/** A document number format per kind, e.g. "{prefix}-{yyyy}-{seq:5}" (see shared/documents/numbering.ts). */
export const NumberFormat = z
  .string()
  .trim()
  .max(60, 'too_long')
  .superRefine((format, check) => {
    const problem = numberFormatProblem(format);
    if (problem) check.addIssue({ code: 'custom', message: problem });
  });
export const NumberFormats = z.partialRecord(DocumentKind, NumberFormat);
export type NumberFormats = z.infer<typeof NumberFormats>;

/** The workshop's logo, kept in the data folder and drawn in the letterhead of every new document. */
export const Logo = z.object({ file: z.string(), type: z.enum(['png', 'jpeg']), sha256: z.string(), bytes: z.int() });
export const LOGO_MAX_BYTES = 256 * 1024;
/** The letterhead draws the logo about 150 × 60 pt: 1500 × 600 pixels is 720 dpi, and decodes in a blink. */
export const LOGO_MAX_PIXELS = { width: 1500, height: 600 };
export const LogoInput = z.strictObject({
  /** PNG or JPEG, base64-encoded; an empty string removes the logo. */
  imageBase64: z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4, 'too_large'),
});

export const Settings = z.object({
  workshop: WorkshopProfile,
  currency: Currency,
  dateFormatEn: DateFormatEn,
  /** The workshop's time zone (IANA name): its documents and screens date and time instants in it; by default the machine's. */
  timeZone: z.string(),
  uiLanguage: Language,
  documentLanguage: Language,
  paperSize: z.enum(['A4', 'LETTER']),
  intakeTerms: IntakeTerms,
  /** Per-language texts on the intake act besides the terms: storage of unclaimed devices, data on the device. */
  storageTerms: IntakeTerms.optional(),
  dataLossTerms: IntakeTerms.optional(),
  logo: Logo.optional(),
  ruleProfile: z.enum(PROFILE_IDS),
  /** The country of phone numbers written without +code (ISO 3166 code); by default the rule profile's country. */
  phoneCountry: z.string().optional(),
  ruleOverrides: z.record(z.string(), z.unknown()),
  holidays: z.array(z.string()),
  /** A second place for every backup: a USB stick or a network share. */
  backupFolder: z.string().optional(),
  /** When the dashboard raises a systemic-defect alert (analytics). */
  analyticsThresholds: AnalyticsThresholds.optional(),
  numberFormats: NumberFormats.optional(),
  /** VAT as the workshop applies it (rate, gross or net prices, rounding, a simplified regime): shared/payments/tax.ts. */
  tax: TaxSettings.optional(),
  /** A manager put the set-up checklist of the dashboard away (settings.dismissSetup). */
  setupDismissed: z.boolean().optional(),
  /** This service point in a network of them: its code (in every number it issues) and name, set once (network.setSite). */
  site: SiteIdentity.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdateInput = z.strictObject({
  workshop: WorkshopProfile.optional(),
  currency: Currency.optional(),
  dateFormatEn: DateFormatEn.optional(),
  timeZone: z.string().max(100, 'too_long').refine(isTimeZone, 'invalid_time_zone').optional(),
  documentLanguage: Language.optional(),
  paperSize: z.enum(['A4', 'LETTER']).optional(),
  intakeTerms: IntakeTerms.optional(),
  storageTerms: IntakeTerms.optional(),
  dataLossTerms: IntakeTerms.optional(),
  ruleProfile: z.enum(PROFILE_IDS).optional(),
  phoneCountry: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, 'invalid_country')]).optional(),
  ruleOverrides: RuleOverrides.optional(),
  holidays: z.array(IsoDate).max(200, 'too_many').optional(),
  backupFolder: z.union([z.literal(''), AbsolutePath]).optional(),
  numberFormats: NumberFormats.optional(),
  // The tax overrides are not here: they change only with a reason, through settings.setTax.
});

/**
 * The workshop's tax overrides as a whole (what is left out is the rule profile's), with the reason for them: a
 * manager's, kept in the audit log. The rate is in basis points (18.5% = 1850): an integer, so at most 2 decimals
 * of a percent, 0..100%.
 */
export const SetTaxInput = TaxSettings.extend({ reason: Text(500) }).superRefine((input, check) => {
  if (input.regime === 'exempt' && input.rate !== undefined) check.addIssue({ code: 'custom', message: 'not_allowed', path: ['rate'] });
});

/** The UI language: any signed-in member may switch it (it needs no manager), but not someone who has not signed in. */
export const UiLanguageInput = z.strictObject({ uiLanguage: Language });
