/** The door of electron/documents/: what other features may use of it. Anything else here is private to the feature. */
export { type DocumentVersion, documentHandlers, issueGathered } from './documents.js';
