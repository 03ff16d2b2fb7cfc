/** The door of electron/rules/: what other features may use of it. Anything else here is private to the feature. */
export { asWarrantyOrder, orderDeadlines, today, workshopProfile, workshopTimeZone } from './rules.js';
