import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import type { Customer } from '../../shared/customers/index.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { Language } from '../../shared/platform/common.js';
import type { NoticeChannel, NoticeEvent, PlaceholderValues, SendFailure } from '../../shared/notifications/events.js';
import type { NotificationSettings, OutboxMessage } from '../../shared/notifications/schemas.js';
import { defaultTemplate, renderTemplate } from '../../shared/notifications/template.js';
import { type ServiceContext, nowIso } from '../platform/context.js';
import { currentSettings } from '../settings/index.js';
import { phoneCountry } from '../customers/index.js';
import { orderMoney } from '../payments/index.js';
import { notificationSettings } from './notificationSettings.js';
import { kick } from './outbox.js';

const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', he: 'he-IL' };

/** The customer's first phone that can receive SMS (a mobile number, in E.164), if any. */
export function mobileOf(phones: readonly string[], country?: CountryCode): string | undefined {
  for (const phone of phones) {
    const number = parsePhoneNumberFromString(phone, country ? { defaultCountry: country } : undefined);
    // The mobile metadata calls valid only the numbers of mobile ranges: a landline cannot get an SMS.
    if (number?.isValid()) return number.number;
  }
  return undefined;
}

/**
 * Where a message to this customer goes: their preferred channel (else e-mail when they have an address), or why
 * it cannot (the workshop has not set that channel up, the customer has no address for it).
 */
function recipient(ctx: ServiceContext, customer: Customer, settings: NotificationSettings): { channel: NoticeChannel; to: string; failure?: SendFailure } {
  const channel: NoticeChannel = customer.notifyChannel ?? (customer.email ? 'email' : 'sms');
  const configured = channel === 'email' ? Boolean(settings.email.host && settings.email.from) : Boolean(settings.sms.url);
  if (!configured) return { channel, to: (channel === 'email' ? customer.email : customer.phones[0]) ?? '', failure: 'not_configured' };
  if (channel === 'email') return customer.email ? { channel, to: customer.email } : { channel, to: '', failure: 'no_email' };
  const mobile = mobileOf(customer.phones, phoneCountry(ctx));
  return mobile ? { channel, to: mobile } : { channel, to: customer.phones[0] ?? '', failure: 'no_mobile' };
}

/** The language of the customer's messages: theirs when they said, else the workshop's document language. */
export function messageLanguage(ctx: ServiceContext, customer: Customer): Language {
  return customer.notifyLanguage ?? currentSettings(ctx).documentLanguage;
}

export function templateOf(settings: NotificationSettings, event: NoticeEvent, language: Language) {
  return settings.templates[event]?.[language] ?? defaultTemplate(language, event);
}

/** The words of an order's message: workshop, customer, order number, unit, amount due, opening hours. */
export function orderValues(ctx: ServiceContext, order: RepairOrder, language: Language): PlaceholderValues {
  const settings = currentSettings(ctx);
  const customer = ctx.store.customers.get(order.customerId);
  const device = ctx.store.devices.get(order.deviceId);
  const due = orderMoney(ctx, order).balance.due;
  return {
    ...workshopValues(ctx),
    customerName: customer?.name ?? '',
    orderNumber: order.number,
    device: [device?.brand, device?.model].filter(Boolean).join(' '),
    amountDue: new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: settings.currency }).format(due / 100),
  };
}

export function workshopValues(ctx: ServiceContext): PlaceholderValues {
  const { workshop } = currentSettings(ctx);
  return { workshopName: workshop.name, workshopPhone: workshop.phone ?? '', openingHours: notificationSettings(ctx).openingHours ?? '' };
}

export interface Notice {
  event: NoticeEvent;
  customerId: string;
  orderId?: string;
  /** What the message is about, once (a second notice of the same key is not queued). */
  key: string;
  /** The words of the message in a language. */
  values(language: Language): PlaceholderValues;
}

/**
 * Queue a message to a customer, inside the change that causes it (the caller holds the store's exclusive lock),
 * and have the outbox send it once the change is done. Nothing is queued when notifications or the event are off,
 * when the customer said no to messages, or when one of the same key exists. A customer the channel cannot reach
 * (no e-mail address, no mobile phone) gets a failed message, so that the order's timeline says why none went.
 */
export async function queueNotice(ctx: ServiceContext, notice: Notice): Promise<OutboxMessage | undefined> {
  const settings = notificationSettings(ctx);
  if (!settings.enabled || settings.eventsOff.includes(notice.event)) return undefined;
  const customer = ctx.store.customers.get(notice.customerId);
  if (!customer || customer.notifyConsent === false) return undefined;
  if (ctx.store.outbox.byKey('key', (m) => [m.key], notice.key).length) return undefined;
  const language = messageLanguage(ctx, customer);
  const template = templateOf(settings, notice.event, language);
  const values = notice.values(language);
  const { channel, to, failure } = recipient(ctx, customer, settings);
  const at = nowIso(ctx);
  const message: OutboxMessage = {
    id: ctx.newId(),
    event: notice.event,
    channel,
    to,
    language,
    subject: renderTemplate(template.subject, values),
    body: renderTemplate(template.body, values),
    orderId: notice.orderId,
    customerId: customer.id,
    key: notice.key,
    state: failure ? 'failed' : 'queued',
    attempts: 0,
    failure,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.outbox.insert(message);
  if (!failure) kick(ctx);
  return message;
}

/**
 * Whether a message of this event would go to the customer (notifications on, the event on, the customer not
 * opposed, a channel set up that reaches them), or whoever tells them must phone.
 */
export function reachOf(ctx: ServiceContext, customerId: string, event: NoticeEvent): 'message' | 'phone' {
  const settings = notificationSettings(ctx);
  const customer = ctx.store.customers.get(customerId);
  if (!settings.enabled || settings.eventsOff.includes(event) || !customer || customer.notifyConsent === false) return 'phone';
  return recipient(ctx, customer, settings).failure ? 'phone' : 'message';
}

/** The order's notice of an event. */
export function orderNotice(ctx: ServiceContext, order: RepairOrder, event: NoticeEvent, key: string, extra: PlaceholderValues = {}): Promise<OutboxMessage | undefined> {
  return queueNotice(ctx, { event, customerId: order.customerId, orderId: order.id, key, values: (language) => ({ ...orderValues(ctx, order, language), ...extra }) });
}

/** The statuses customers are told of, and their event. */
const STATUS_EVENTS: Partial<Record<RepairOrder['status'], NoticeEvent>> = { received: 'received', awaiting_approval: 'awaiting_approval', ready: 'ready' };

/**
 * What an order's saved change tells the customer: a status they are told of (taken in, awaiting their approval,
 * ready; each time the order enters it: the key is the time it did), and the first diagnosis recorded.
 */
export async function noticeOrderChange(ctx: ServiceContext, before: RepairOrder | undefined, after: RepairOrder): Promise<void> {
  if (before?.status !== after.status) {
    const event = STATUS_EVENTS[after.status];
    const since = after.timeline.at(-1)?.at ?? after.updatedAt;
    if (event) await orderNotice(ctx, after, event, `${event}:${after.id}:${since}`);
  }
  if (before && !before.diagnosis && after.diagnosis) await orderNotice(ctx, after, 'estimate_ready', `estimate_ready:${after.id}`);
}
