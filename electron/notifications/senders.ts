import nodemailer from 'nodemailer';
import type { SendFailure } from '../../shared/notifications/events.js';
import type { NotificationSettings } from '../../shared/notifications/schemas.js';
import { renderGatewayBody } from '../../shared/notifications/gateway.js';
import type { Secrets } from './secrets.js';

export interface Outgoing {
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  body: string;
}

export type SendResult = { sent: true } | { sent: false; failure: SendFailure; detail: string };

/** A nodemailer error in the outbox's words: can't reach, too slow, refused for good, or the server's own trouble. */
function mailFailure(error: Error & { code?: string; responseCode?: number; response?: string }): SendResult {
  const detail = (error.response ?? error.message).slice(0, 300);
  if (error.code === 'ETIMEDOUT') return { sent: false, failure: 'timeout', detail };
  if (error.code === 'EAUTH') return { sent: false, failure: 'auth_failed', detail };
  if (error.code === 'ECONNECTION' || error.code === 'EDNS' || error.code === 'ESOCKET') return { sent: false, failure: 'unreachable', detail };
  const status = error.responseCode ?? 0;
  // 4xx: try later (a greylisting server, a full queue); 5xx: the server said no and will say it again.
  if (status >= 400 && status < 500) return { sent: false, failure: 'server_error', detail };
  if (status >= 500 || error.code === 'EENVELOPE' || error.code === 'EMESSAGE') return { sent: false, failure: 'rejected', detail };
  return { sent: false, failure: 'unreachable', detail };
}

function mailTransport(settings: NotificationSettings, secrets: Secrets) {
  const { host, port, secure, user } = settings.email;
  const timeout = settings.timeoutSeconds * 1000;
  return nodemailer.createTransport({
    host,
    port,
    secure,
    auth: user ? { user, pass: secrets.smtpPassword ?? '' } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // One connection kept open for the messages of one round of the outbox, instead of one per message.
    pool: true,
    maxConnections: 1,
  });
}

async function sendEmail(settings: NotificationSettings, transport: ReturnType<typeof mailTransport>, message: Outgoing): Promise<SendResult> {
  const { host, from } = settings.email;
  if (!host || !from) return { sent: false, failure: 'not_configured', detail: 'no SMTP server or sender address' };
  try {
    const info = await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.body });
    if (info.rejected.length) return { sent: false, failure: 'rejected', detail: String(info.response).slice(0, 300) };
    return { sent: true };
  } catch (error) {
    return mailFailure(error as Error);
  }
}

async function sendSms(settings: NotificationSettings, secrets: Secrets, message: Outgoing): Promise<SendResult> {
  const { url, method, contentType, bodyTemplate } = settings.sms;
  if (!url) return { sent: false, failure: 'not_configured', detail: 'no gateway address' };
  const headers: Record<string, string> = {};
  if (secrets.smsAuthHeader) headers.authorization = secrets.smsAuthHeader;
  const body = renderGatewayBody(bodyTemplate, contentType, { to: message.to, text: message.body });
  let target = url;
  if (method === 'GET') target = `${url}${url.includes('?') ? '&' : '?'}${body}`;
  else headers['content-type'] = contentType === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
  try {
    const response = await fetch(target, { method, headers, body: method === 'GET' ? undefined : body, signal: AbortSignal.timeout(settings.timeoutSeconds * 1000) });
    const text = (await response.text()).slice(0, 300);
    if (response.ok) return { sent: true };
    const detail = `HTTP ${response.status} ${text}`.trim();
    if (response.status === 401 || response.status === 403) return { sent: false, failure: 'auth_failed', detail };
    // 5xx and 429: the gateway's trouble, tried again; any other 4xx: it refuses this request and will again.
    if (response.status >= 500 || response.status === 429) return { sent: false, failure: 'server_error', detail };
    return { sent: false, failure: 'rejected', detail };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return { sent: false, failure: 'timeout', detail: `no answer in ${settings.timeoutSeconds} s` };
    return { sent: false, failure: 'unreachable', detail: (e.cause?.code ?? e.message).slice(0, 300) };
  }
}

export interface Sender {
  /** Hand one message to the workshop's server or gateway: never throws, says what happened. */
  send(message: Outgoing): Promise<SendResult>;
  close(): void;
}

/** A sender for a round of messages with the same settings (its SMTP connection is opened once, when needed). */
export function openSender(settings: NotificationSettings, secrets: Secrets): Sender {
  let transport: ReturnType<typeof mailTransport> | undefined;
  return {
    send: (message) => (message.channel === 'email' ? sendEmail(settings, (transport ??= mailTransport(settings, secrets)), message) : sendSms(settings, secrets, message)),
    close: () => transport?.close(),
  };
}

/** Send one message on its own (the settings' test message). */
export async function send(settings: NotificationSettings, secrets: Secrets, message: Outgoing): Promise<SendResult> {
  const sender = openSender(settings, secrets);
  try {
    return await sender.send(message);
  } finally {
    sender.close();
  }
}
