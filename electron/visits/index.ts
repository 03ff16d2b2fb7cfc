/** The door of electron/visits/: what other features may use of it. Anything else here is private to the feature. */
export { renderRouteSheet } from './routeSheet.js';
export { renderVisitAct } from './visitAct.js';
export { visitDocumentHandlers } from './visitDocuments.js';
export { visitHandlers } from './visitHandlers.js';
export { scheduleReminders, visitReminderHandlers } from './reminders.js';
export { cardOf, visitsOnDays } from './visitViews.js';
