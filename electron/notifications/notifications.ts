import { DomainError } from '../../shared/platform/result.js';
import { renderTemplate } from '../../shared/notifications/template.js';
import { smsLink, whatsAppLink } from '../../shared/notifications/links.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { phoneCountry } from '../customers/index.js';
import { getOrder } from '../orders/index.js';
import { currentSettings } from '../settings/index.js';
import { messageLanguage, mobileOf, orderValues, templateOf } from './notices.js';
import { notificationSettings, saveNotificationSettings, settingsView } from './notificationSettings.js';
import { sendAgain } from './outbox.js';
import { secretsOf } from './runner.js';
import { send } from './senders.js';

type NotificationChannels =
  | 'notifications.settings'
  | 'notifications.saveSettings'
  | 'notifications.sendTest'
  | 'notifications.forOrder'
  | 'notifications.sendAgain'
  | 'notifications.compose';

export function notificationHandlers(ctx: ServiceContext): Pick<Handlers, NotificationChannels> {
  return {
    'notifications.settings': async (_input, caller) => {
      requireRole(ctx, caller, 'settings.change');
      return settingsView(ctx);
    },

    'notifications.saveSettings': (input, caller) => saveNotificationSettings(ctx, caller, input),

    /** Sent at once with the saved settings, not through the outbox: the manager waits for the answer. */
    'notifications.sendTest': async ({ channel, to, language }, caller) => {
      requireRole(ctx, caller, 'settings.change');
      const lang = language ?? currentSettings(ctx).documentLanguage;
      const settings = notificationSettings(ctx);
      const template = templateOf(settings, 'ready', lang);
      const values = { workshopName: currentSettings(ctx).workshop.name, orderNumber: 'R-0000-00000', device: 'Test', amountDue: '0', openingHours: settings.openingHours ?? '' };
      let address = to;
      if (channel === 'sms') {
        const mobile = mobileOf([to], phoneCountry(ctx));
        if (!mobile) return { sent: false, failure: 'no_mobile' as const, detail: to };
        address = mobile;
      }
      const result = await send(settings, (await secretsOf(ctx)).current, { channel, to: address, subject: renderTemplate(template.subject, values), body: renderTemplate(template.body, values) });
      return result.sent ? { sent: true } : { sent: false, failure: result.failure, detail: result.detail };
    },

    'notifications.forOrder': ({ orderId }) =>
      [...ctx.store.outbox.byKey('order', (m) => (m.orderId ? [m.orderId] : []), orderId)].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),

    'notifications.sendAgain': ({ id }, caller) => {
      requireRole(ctx, caller);
      return sendAgain(ctx, id, caller.id);
    },

    /** The text as the outbox would send it, for the clerk's WhatsApp or SMS app (opted-out customers included: the clerk asks them). */
    'notifications.compose': ({ orderId, event }) => {
      const order = getOrder(ctx, orderId);
      const customer = ctx.store.customers.get(order.customerId);
      if (!customer) throw new DomainError('not_found', 'No such customer.', { orderId: 'not_found' });
      const language = messageLanguage(ctx, customer);
      const text = renderTemplate(templateOf(notificationSettings(ctx), event, language).body, orderValues(ctx, order, language));
      const country = phoneCountry(ctx);
      const phone = mobileOf(customer.phones, country);
      if (!phone) return { text, failure: 'no_mobile' as const };
      return { text, phone, whatsApp: whatsAppLink(phone, text, country), sms: smsLink(phone, text, country) };
    },
  };
}
