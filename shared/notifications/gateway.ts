import type { NotificationSettings } from './schemas.js';

type Gateway = NotificationSettings['sms'];

/**
 * Twilio's Messages API: a form POST to the account's Messages resource with Basic authorization (the account SID
 * and auth token, "Basic base64(sid:token)", typed into the authorization header). The manager fills in their
 * account SID and sending number. https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource
 */
export const GATEWAY_PRESETS: Record<Exclude<Gateway['preset'], 'custom'>, Omit<Gateway, 'preset'>> = {
  twilio: {
    url: 'https://api.twilio.com/2010-04-01/Accounts/ACCOUNT_SID/Messages.json',
    method: 'POST',
    contentType: 'form',
    bodyTemplate: 'To={{to}}&From=YOUR_TWILIO_NUMBER&Body={{text}}',
  },
};

/** The only placeholders of a gateway's body. */
export const GATEWAY_PLACEHOLDERS = ['to', 'text'] as const;

/** The request body with the number and the text filled in, escaped for its format (JSON string or form field). */
export function renderGatewayBody(template: string, format: Gateway['contentType'], values: { to: string; text: string }): string {
  const escape = (value: string) => (format === 'json' ? JSON.stringify(value).slice(1, -1) : encodeURIComponent(value));
  return template.replace(/\{\{\s*(to|text)\s*\}\}/g, (_whole, name: 'to' | 'text') => escape(values[name]));
}
