import type { Settings } from '../../shared/schemas/settings.js';
import type { Handlers } from '../ipc/handlers.js';
import type { SettingsRecord } from '../store/store.js';
import { type ServiceContext, requireActor } from './context.js';

export const DEFAULT_SETTINGS: Settings = {
  workshop: { name: '' },
  currency: 'EUR',
  uiLanguage: 'en',
  documentLanguage: 'en',
  paperSize: 'A4',
  intakeTerms: {},
  ruleProfile: 'custom',
  ruleOverrides: {},
  holidays: [],
};

export function currentSettings(ctx: ServiceContext): Settings {
  const { id: _id, ...stored } = ctx.store.settings.get('settings') ?? { id: 'settings', ...DEFAULT_SETTINGS };
  // Settings saved before a setting existed take its default.
  return { ...DEFAULT_SETTINGS, ...stored };
}

async function saveSettings(ctx: ServiceContext, settings: Settings): Promise<Settings> {
  const record: SettingsRecord = { ...settings, id: 'settings' };
  if (ctx.store.settings.get('settings')) await ctx.store.settings.replace(record);
  else await ctx.store.settings.insert(record);
  return settings;
}

export function settingsHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'settings.get' | 'settings.update' | 'settings.setUiLanguage'> {
  return {
    'settings.get': () => currentSettings(ctx),

    'settings.update': ({ actorId, ...changes }) =>
      ctx.store.exclusive(async () => {
        requireActor(ctx, actorId, ['manager', 'clerk']);
        const current = currentSettings(ctx);
        const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
        return saveSettings(ctx, { ...current, ...defined });
      }),

    'settings.setUiLanguage': ({ uiLanguage }) =>
      ctx.store.exclusive(() => saveSettings(ctx, { ...currentSettings(ctx), uiLanguage })),
  };
}
