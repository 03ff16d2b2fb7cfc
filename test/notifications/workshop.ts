import { vi } from 'vitest';
import type { ChannelInput } from '../../shared/channels.js';
import type { OutboxMessage } from '../../shared/notifications/index.js';
import { intakeInput, type Member, openBackend, staffedWorkshop } from '../platform/helpers.js';

export type NotificationSettingsInput = ChannelInput<'notifications.saveSettings'>;

/** Notifications on, sent by e-mail through the test's SMTP server, with a short wait for a silent one. */
export function emailSettings(port: number, changes: Partial<NotificationSettingsInput> = {}): NotificationSettingsInput {
  return {
    enabled: true,
    openingHours: 'Sun-Thu 9-18',
    timeoutSeconds: 1,
    email: { host: '127.0.0.1', port, secure: false, user: 'workshop', from: 'service@workshop.test' },
    password: 's3cret-pass',
    ...changes,
  };
}

export function smsSettings(url: string, changes: Partial<NotificationSettingsInput> = {}): NotificationSettingsInput {
  return {
    enabled: true,
    timeoutSeconds: 1,
    sms: { preset: 'custom', url, method: 'POST', contentType: 'json', bodyTemplate: '{"to":"{{to}}","message":"{{text}}"}' },
    authHeader: 'Bearer gateway-token',
    ...changes,
  };
}

/** A workshop with staff, its name and phone set, in a real data folder. */
export async function notifyingWorkshop(options: Parameters<typeof openBackend>[0] = {}) {
  const t = await openBackend(options);
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { workshop: { name: 'Fix-It Lab', phone: '+972 3 555 0100' }, phoneCountry: 'IL', currency: 'ILS' });
  return { t, ...staff };
}

/** An order of a customer with an e-mail address (and the language of their messages), taken in by the clerk. */
export async function orderFor(clerk: Member, customer: { email?: string; phone?: string; language?: 'en' | 'ru' | 'he'; channel?: 'email' | 'sms'; consent?: boolean; imei?: string } = {}) {
  const input = intakeInput({ phone: customer.phone ?? '054-777-1234', name: 'Dana Levi', imei: customer.imei });
  return clerk.ok('orders.create', {
    ...input,
    customer: { ...input.customer, email: customer.email, notifyLanguage: customer.language, notifyChannel: customer.channel, notifyConsent: customer.consent },
  });
}

/** received → diagnosing → ready, as the technician moves it. */
export async function makeReady(technician: Member, id: string) {
  await technician.ok('orders.transition', { id, to: 'diagnosing' });
  return technician.ok('orders.transition', { id, to: 'ready' });
}

/** The order's message of an event once it stands where `done` says (sent, failed...): waited for, never slept. */
export async function messageOf(member: Member, orderId: string, event: OutboxMessage['event'], done: (m: OutboxMessage) => boolean = (m) => m.state !== 'queued' && m.state !== 'sending') {
  return vi.waitFor(
    async () => {
      const message = (await member.ok('notifications.forOrder', { orderId })).find((m) => m.event === event);
      if (!message || !done(message)) throw new Error(`message ${event}: ${message?.state ?? 'none'}`);
      return message;
    },
    { timeout: 10_000, interval: 10 },
  );
}
