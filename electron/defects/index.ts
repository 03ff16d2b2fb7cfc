/** The door of electron/defects/: what other features may use of it. Anything else here is private to the feature. */
export { checkDefects, defectCatalogue, defectHandlers } from './defects.js';
