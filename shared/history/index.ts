/** The door of shared/history/: what other features may use of it. Anything else here is private to the feature. */
export { historyChannels } from './channels.js';
export { HISTORY_DATE_FIELDS, HISTORY_FIELDS, HISTORY_PRESET_NAMES, type HistoryMapping, type HistoryRow, readHistoryRow, suggestHistoryMapping } from './history.js';
