import { z } from 'zod';
import { Actor, Language, OptionalText } from './common.js';

export const Currency = z.enum(['ILS', 'RUB', 'EUR', 'USD', 'GBP']);

export const WorkshopProfile = z.strictObject({
  name: z.string().trim().max(160, 'too_long').default(''),
  legalName: OptionalText(200),
  taxId: OptionalText(40),
  address: OptionalText(300),
  phone: OptionalText(60),
  email: OptionalText(200),
  signatory: OptionalText(160),
});
export type WorkshopProfile = z.infer<typeof WorkshopProfile>;

/** Per-language texts printed on the intake act. */
export const IntakeTerms = z.strictObject({
  en: OptionalText(3000),
  ru: OptionalText(3000),
  he: OptionalText(3000),
});

export const Settings = z.object({
  workshop: WorkshopProfile,
  currency: Currency,
  uiLanguage: Language,
  documentLanguage: Language,
  paperSize: z.enum(['A4', 'LETTER']),
  intakeTerms: IntakeTerms,
});
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdateInput = z.strictObject({
  ...Actor,
  workshop: WorkshopProfile.optional(),
  currency: Currency.optional(),
  documentLanguage: Language.optional(),
  paperSize: z.enum(['A4', 'LETTER']).optional(),
  intakeTerms: IntakeTerms.optional(),
});

/** The UI language is a personal preference: switching it needs no actor. */
export const UiLanguageInput = z.strictObject({ uiLanguage: Language });
