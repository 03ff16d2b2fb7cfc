/** The door of shared/notifications/: what other features may use of it. Anything else here is private to the feature. */
export { NOTICE_CHANNELS, NOTICE_EVENTS, type NoticeChannel, type NoticeEvent, PLACEHOLDERS, type Placeholder, type PlaceholderValues } from './events.js';
export { defaultTemplate, renderTemplate, unknownPlaceholders } from './template.js';
export { type NotificationSettings, OutboxMessage } from './schemas.js';
export { smsLink, whatsAppLink } from './links.js';
