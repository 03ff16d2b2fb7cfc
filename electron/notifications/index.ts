/** The door of electron/notifications/: what other features may use of it. Anything else here is private to the feature. */
export { notificationHandlers } from './notifications.js';
export { noticeOrderChange, queueNotice, reachOf, workshopValues } from './notices.js';
export { dailyCheck, noticeClaimAnswered, scheduleDailyCheck } from './daily.js';
export { markInterrupted, kick as sendQueued, stopOutbox } from './outbox.js';
export { NOTIFICATION_SECRETS_FILE } from './secrets.js';
