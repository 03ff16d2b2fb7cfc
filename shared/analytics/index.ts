/** The door of shared/analytics/: what other features may use of it. Anything else here is private to the feature. */
export { AnalyticsThresholds } from './schemas.js';
