import { z } from 'zod';
import { Id, IsoDateTime, Language, OptionalText } from '../platform/common.js';
import { MESSAGE_STATES, NOTICE_CHANNELS, NOTICE_EVENTS, SEND_FAILURES } from './events.js';

export const NoticeEventName = z.enum(NOTICE_EVENTS);
export const NoticeChannelName = z.enum(NOTICE_CHANNELS);

/** A workshop's own wording of one message in one language (the catalogue's default where left out). */
export const MessageTemplateInput = z.strictObject({ subject: z.string().trim().max(200, 'too_long'), body: z.string().trim().min(1, 'required').max(1600, 'too_long') });

/** The workshop's SMTP server (its password is kept apart: see electron/notifications/secrets.ts). */
export const SmtpServer = z.strictObject({
  host: OptionalText(200),
  port: z.int({ error: 'invalid_number' }).min(1, 'out_of_range').max(65535, 'out_of_range').default(587),
  secure: z.boolean().default(false),
  user: OptionalText(200),
  from: z.union([z.literal(''), z.email('invalid_email').max(200, 'too_long')]).default(''),
});

const GatewayUrl = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'invalid_format' }).max(500, 'too_long'),
]);

/**
 * An HTTP SMS gateway: where the request goes, how, and its body, in which `{{to}}` (the number, international)
 * and `{{text}}` (the message) are filled in, escaped for the body's format. Its authorization header is kept apart.
 */
export const SmsGateway = z.strictObject({
  preset: z.enum(['custom', 'twilio']).default('custom'),
  url: GatewayUrl.default(''),
  method: z.enum(['POST', 'PUT', 'GET']).default('POST'),
  contentType: z.enum(['json', 'form']).default('json'),
  bodyTemplate: z.string().max(2000, 'too_long').default(''),
});

export const NotificationSettings = z.strictObject({
  enabled: z.boolean().default(false),
  /** Events turned off (every event is sent when notifications are on, unless listed here). */
  eventsOff: z.array(NoticeEventName).default([]),
  reminderDays: z.int({ error: 'invalid_number' }).min(1, 'out_of_range').max(90, 'out_of_range').default(7),
  openingHours: OptionalText(200),
  /** How long a server may take to answer before the try counts as failed (a hung server holds nothing up). */
  timeoutSeconds: z.int({ error: 'invalid_number' }).min(1, 'out_of_range').max(120, 'out_of_range').default(20),
  email: SmtpServer.default({ port: 587, secure: false, from: '' }),
  sms: SmsGateway.default({ preset: 'custom', url: '', method: 'POST', contentType: 'json', bodyTemplate: '' }),
  templates: z.partialRecord(NoticeEventName, z.partialRecord(Language, MessageTemplateInput)).default({}),
});
export type NotificationSettings = z.infer<typeof NotificationSettings>;

/** The settings as a manager sees them: the secrets never leave this PC, only whether one is kept. */
export const NotificationSettingsView = NotificationSettings.extend({ passwordKept: z.boolean(), authKept: z.boolean() });
export type NotificationSettingsView = z.infer<typeof NotificationSettingsView>;

/** Saved as a whole; a secret left out stays as it is, an empty one is removed. */
export const SaveNotificationSettingsInput = NotificationSettings.extend({
  password: z.string().max(500, 'too_long').optional(),
  authHeader: z.string().max(2000, 'too_long').optional(),
});

/** One message of the outbox: what goes to whom, and where it stands. */
export const OutboxMessage = z.object({
  id: Id,
  event: NoticeEventName,
  channel: NoticeChannelName,
  /** The address or the phone (E.164) it goes to; empty when the customer has none for this channel. */
  to: z.string(),
  language: Language,
  subject: z.string(),
  body: z.string(),
  orderId: Id.optional(),
  customerId: Id.optional(),
  /** What it is about, once: a second message for the same thing is never queued (`ready:<order>:<time it got ready>`). */
  key: z.string(),
  state: z.enum(MESSAGE_STATES),
  attempts: z.int(),
  nextAttemptAt: IsoDateTime.optional(),
  failure: z.enum(SEND_FAILURES).optional(),
  /** The server's own words for the last failure ("550 5.1.1 mailbox unavailable", "HTTP 500"). */
  detail: z.string().optional(),
  createdAt: IsoDateTime,
  sentAt: IsoDateTime.optional(),
  updatedAt: IsoDateTime,
  /** Who asked for it to be sent again, when someone did. */
  resentBy: Id.optional(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OrderMessagesInput = z.strictObject({ orderId: Id });
export const MessageIdInput = z.strictObject({ id: Id });

export const SendTestInput = z.strictObject({
  channel: NoticeChannelName,
  to: z.string().trim().min(1, 'required').max(200, 'too_long'),
  language: Language.optional(),
});
export const SendTestOutput = z.object({ sent: z.boolean(), failure: z.enum(SEND_FAILURES).optional(), detail: z.string().optional() });

export const ComposeInput = z.strictObject({ orderId: Id, event: NoticeEventName });
/** A message to send by hand from the clerk's phone or PC: the text, and the links that open it prefilled. */
export const ComposeOutput = z.object({
  text: z.string(),
  phone: z.string().optional(),
  whatsApp: z.string().optional(),
  sms: z.string().optional(),
  failure: z.enum(SEND_FAILURES).optional(),
});
