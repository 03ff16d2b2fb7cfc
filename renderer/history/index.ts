/** The door of renderer/history/: what other features may use of it. Anything else here is private to the feature. */
export { HistoryImport } from './HistoryImport.js';
