import { DomainError, type FieldErrors } from '../../shared/platform/result.js';
import { NOTICE_EVENTS } from '../../shared/notifications/events.js';
import { unknownPlaceholders } from '../../shared/notifications/template.js';
import { GATEWAY_PLACEHOLDERS } from '../../shared/notifications/gateway.js';
import { NotificationSettings, type NotificationSettingsView } from '../../shared/notifications/schemas.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import type { NotificationSettingsRecord } from '../platform/store/store.js';
import { type Caller, type ServiceContext, requireRole } from '../platform/context.js';
import { secretsOf } from './runner.js';

/** The workshop's notification settings; a workshop that never saved them has them off. */
export function notificationSettings(ctx: ServiceContext): NotificationSettings {
  const stored = ctx.store.notificationSettings.get('notifications');
  const { id: _id, ...settings } = stored ?? { id: 'notifications' };
  // Settings saved before a setting existed take its default.
  return NotificationSettings.parse(settings);
}

export async function settingsView(ctx: ServiceContext): Promise<NotificationSettingsView> {
  const secrets = (await secretsOf(ctx)).current;
  return { ...notificationSettings(ctx), passwordKept: Boolean(secrets.smtpPassword), authKept: Boolean(secrets.smsAuthHeader) };
}

/**
 * Every template field that fills in a word no message knows, by its path (`templates.ready.he.body`): the
 * message names the words, the field reason says which field. A gateway body may fill in only {{to}} and {{text}}.
 */
function placeholderErrors(settings: NotificationSettings): { fields: FieldErrors; words: string[] } {
  const fields: FieldErrors = {};
  const words: string[] = [];
  for (const event of NOTICE_EVENTS) {
    for (const [language, template] of Object.entries(settings.templates[event] ?? {})) {
      for (const part of ['subject', 'body'] as const) {
        const unknown = unknownPlaceholders(template?.[part] ?? '');
        if (unknown.length) {
          fields[`templates.${event}.${language}.${part}`] = 'unknown_placeholder';
          words.push(...unknown);
        }
      }
    }
  }
  const gatewayWords = [...settings.sms.bodyTemplate.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]).filter((w) => !(GATEWAY_PLACEHOLDERS as readonly string[]).includes(w));
  if (gatewayWords.length) {
    fields['sms.bodyTemplate'] = 'unknown_placeholder';
    words.push(...gatewayWords);
  }
  return { fields, words: [...new Set(words)] };
}

/** Save the settings as a whole (managers); the secrets go to their own file, never into the data. */
export function saveNotificationSettings(ctx: ServiceContext, caller: Caller, { password, authHeader, ...input }: ChannelParsedInput<'notifications.saveSettings'>) {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'settings.change');
    const { fields, words } = placeholderErrors(input);
    if (words.length) {
      throw new DomainError('validation', `A message uses ${words.map((w) => `{{${w}}}`).join(', ')}, which is not one of the words filled in.`, fields);
    }
    await (await secretsOf(ctx)).change({ smtpPassword: password, smsAuthHeader: authHeader });
    const record: NotificationSettingsRecord = { ...input, id: 'notifications' };
    if (ctx.store.notificationSettings.get('notifications')) await ctx.store.notificationSettings.replace(record);
    else await ctx.store.notificationSettings.insert(record);
    return settingsView(ctx);
  });
}
