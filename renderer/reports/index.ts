/** The door of renderer/reports/: what other features may use of it. Anything else here is private to the feature. */
export { Reports } from './Reports.js';
