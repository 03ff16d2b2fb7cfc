/** The door of electron/analytics/: what other features may use of it. Anything else here is private to the feature. */
export { analyticsHandlers } from './analytics.js';
export { type Cell, type Table } from './analyticsTables.js';
export { forecastHandlers } from './forecast.js';
export { renderDefectProposal, renderPeriodReport } from './periodReport.js';
export { reportDocumentHandlers } from './reportDocuments.js';
