/** The door of electron/history/: what other features may use of it. Anything else here is private to the feature. */
export { historyHandlers } from './history.js';
export { analyseHistoryFile, type HistoryAnalysis } from './historyAnalysis.js';
