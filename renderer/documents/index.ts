/** The door of renderer/documents/: what other features may use of it. Anything else here is private to the feature. */
export { DocumentLanguageSelect } from './DocumentLanguageSelect.js';
export { DocumentSettings } from './DocumentSettings.js';
