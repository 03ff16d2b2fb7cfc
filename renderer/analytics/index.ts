/** The door of renderer/analytics/: what other features may use of it. Anything else here is private to the feature. */
export { Analytics } from './Analytics.js';
export { SystemicAlerts } from './SystemicAlerts.js';
export { download } from './store.js';
