/** The door of renderer/notifications/: what other features may use of it. Anything else here is private to the feature. */
export { NotificationsSection } from './NotificationsSection.js';
export { OrderNotify } from './OrderNotify.js';
export { MessageText } from './MessageText.js';
export { useOrderMessages } from './store.js';
