import { z } from 'zod';
import { LogoInput, Settings, SettingsUpdateInput, UiLanguageInput } from './schemas.js';

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
    summary: 'Change workshop settings.',
    input: SettingsUpdateInput,
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
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
