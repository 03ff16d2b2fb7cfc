/** The door of electron/reports/: what other features may use of it. Anything else here is private to the feature. */
export { moneyReport, reportHandlers, reportTimeZone } from './reports.js';
