import { z } from 'zod';
import { LogoInput, SetTaxInput, Settings, SettingsUpdateInput, UiLanguageInput } from './schemas.js';
import { SetupOutput } from './setup.js';

const Empty = z.strictObject({});

/** The settings channels: every name starts with "settings.". */
export const settingsChannels = {
  'settings.get': {
    summary: 'Workshop profile, currency, languages, paper size and printed terms.',
    input: Empty,
    output: Settings,
    public: true,
  },
  'settings.update': {
    summary: 'Change workshop settings (the tax overrides change through settings.setTax, with a reason).',
    input: SettingsUpdateInput,
    output: Settings,
  },
  'settings.setTax': {
    summary: "Set the workshop's tax overrides over its rule profile (managers), as a whole with the reason for them (kept in the audit log): a simplified regime (no VAT), a rate of its own in basis points (0..10000, so at most 2 decimals of a percent), prices entered with or without VAT, rounding per line or per document, the EU member state. What is left out is the profile's, with its source.",
    input: SetTaxInput,
    output: Settings,
  },
  'settings.setUiLanguage': {
    summary: 'Remember the interface language (any signed-in member; on the sign-in screen the choice stays in the window).',
    input: UiLanguageInput,
    output: Settings,
  },
  'settings.setLogo': {
    summary: "Set the workshop's logo (PNG or JPEG, at most 256 KB; managers), kept in the data folder and drawn on new documents; an empty image removes it.",
    input: LogoInput,
    output: Settings,
  },
  'settings.setup': {
    summary: "The set-up checklist of a new workshop: workshop profile, rule profile, staff, loaners, prices, each done or not as the data says; and whether a manager dismissed it.",
    input: Empty,
    output: SetupOutput,
  },
  'settings.dismissSetup': {
    summary: 'Put the set-up checklist away for this workshop (managers).',
    input: Empty,
    output: SetupOutput,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
