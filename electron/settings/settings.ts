import { DomainError } from '../../shared/platform/result.js';
import { access, constants, stat } from 'node:fs/promises';
import { clashingKinds } from '../../shared/documents/index.js';
import type { Settings } from '../../shared/settings/schemas.js';
import { DEFAULT_DATE_FORMAT_EN, machineTimeZone } from '../../shared/platform/dates.js';
import { type SetupOutput, setupChecklist } from '../../shared/settings/setup.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import type { SettingsRecord } from '../platform/store/store.js';
import { type Caller, type ServiceContext, requireRole } from '../platform/context.js';
import { withNote } from '../platform/store/audit.js';

export const DEFAULT_SETTINGS: Settings = {
  workshop: { name: '' },
  currency: 'EUR',
  dateFormatEn: DEFAULT_DATE_FORMAT_EN,
  timeZone: machineTimeZone(),
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

/** A folder typed by a manager must be there and take files (a USB stick that is not plugged in is refused). */
export async function requireFolder(folder: string, field: string): Promise<void> {
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    await access(folder, constants.W_OK);
  } catch {
    throw new DomainError('validation', `${folder} is not a folder this PC can write to.`, { [field]: 'not_a_folder' });
  }
}

/** Change workshop settings; every change is the caller's, checked against the permission table. */
export function updateSettings(ctx: ServiceContext, caller: Caller, changes: ChannelParsedInput<'settings.update'>) {
  return ctx.store.exclusive(async () => {
    // Every setting is a manager's: the legal details and rules decide what documents say, and the backup folder
    // is where a copy of every record goes.
    requireRole(ctx, caller, 'settings.change');
    const current = currentSettings(ctx);
    if (changes.backupFolder) await requireFolder(changes.backupFolder, 'backupFolder');
    if (changes.numberFormats) {
      const clashing = clashingKinds(changes.numberFormats).filter((kind) => changes.numberFormats?.[kind]);
      if (clashing.length) {
        throw new DomainError(
          'validation',
          'Numbers of two kinds of document could be the same: give each format its own letters before the number.',
          Object.fromEntries(clashing.map((kind) => [`numberFormats.${kind}`, 'clashes'])),
        );
      }
    }
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    return saveSettings(ctx, { ...current, ...defined });
  });
}

/**
 * Set the tax overrides as a whole, with the reason: the audit entry of the settings' change carries it. A change
 * that changes nothing is not saved.
 */
export function setTax(ctx: ServiceContext, caller: Caller, { reason, ...tax }: ChannelParsedInput<'settings.setTax'>) {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'settings.change');
    const current = currentSettings(ctx);
    const overrides = Object.fromEntries(Object.entries(tax).filter(([, v]) => v !== undefined && v !== ''));
    if (JSON.stringify(overrides) === JSON.stringify(current.tax ?? {})) return current;
    const next: Settings = { ...current, tax: Object.keys(overrides).length ? overrides : undefined };
    return withNote(reason, () => saveSettings(ctx, next));
  });
}

/** The set-up checklist as the data says it is now: nothing but the dismissal is stored. */
function setup(ctx: ServiceContext): SetupOutput {
  const settings = currentSettings(ctx);
  const steps = setupChecklist({
    workshop: settings.workshop,
    ruleProfile: settings.ruleProfile,
    ruleOverrides: settings.ruleOverrides,
    activeStaff: ctx.store.staff.all().filter((member) => member.active).length,
    loaners: ctx.store.loaners.size,
    pricedOperations: ctx.store.labour.all().filter((operation) => operation.active && operation.price > 0).length,
  });
  return { steps, dismissed: settings.setupDismissed === true };
}

export function settingsHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'settings.get' | 'settings.update' | 'settings.setTax' | 'settings.setUiLanguage' | 'settings.setup' | 'settings.dismissSetup'> {
  return {
    'settings.setup': () => setup(ctx),

    'settings.dismissSetup': (_input, caller) =>
      ctx.store.exclusive(async () => {
        requireRole(ctx, caller, 'settings.change');
        await saveSettings(ctx, { ...currentSettings(ctx), setupDismissed: true });
        return setup(ctx);
      }),

    'settings.get': () => currentSettings(ctx),

    'settings.update': (input, caller) => updateSettings(ctx, caller, input),

    'settings.setTax': (input, caller) => setTax(ctx, caller, input),

    'settings.setUiLanguage': ({ uiLanguage }) =>
      ctx.store.exclusive(() => saveSettings(ctx, { ...currentSettings(ctx), uiLanguage })),
  };
}
