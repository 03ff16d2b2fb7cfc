import { z } from 'zod';
import {
  ComposeInput, ComposeOutput, MessageIdInput, NotificationSettingsView, OrderMessagesInput, OutboxMessage, SaveNotificationSettingsInput, SendTestInput, SendTestOutput,
} from './schemas.js';

const Empty = z.strictObject({});

/** The notifications channels: every name starts with "notifications.". */
export const notificationsChannels = {
  'notifications.settings': {
    summary: 'The notification settings (managers): events, SMTP server, SMS gateway, templates per language; whether a password and an authorization header are kept (never the secrets).',
    input: Empty,
    output: NotificationSettingsView,
  },
  'notifications.saveSettings': {
    summary: 'Save the notification settings as a whole (managers). A template using a placeholder that is not one of the known words is refused (unknown_placeholder, naming the template field). A password or authorization header given is kept on this PC outside the data files; an empty one is removed.',
    input: SaveNotificationSettingsInput,
    output: NotificationSettingsView,
  },
  'notifications.sendTest': {
    summary: 'Send a test message now by e-mail or SMS with the saved settings (managers), and say whether it went and why not.',
    input: SendTestInput,
    output: SendTestOutput,
  },
  'notifications.forOrder': {
    summary: "The messages of an order's outbox, oldest first, each with its state (queued, sending, sent, failed with its reason).",
    input: OrderMessagesInput,
    output: z.array(OutboxMessage),
  },
  'notifications.sendAgain': {
    summary: 'Queue a failed message again (a clerk or a manager), e.g. one interrupted by a stop that the customer did not get.',
    input: MessageIdInput,
    output: OutboxMessage,
  },
  'notifications.compose': {
    summary: "An order's message for an event, as text and as wa.me and sms: links prefilled with it (the customer's phone in international form), for the clerk to send by hand.",
    input: ComposeInput,
    output: ComposeOutput,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
