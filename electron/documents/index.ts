/** The door of electron/documents/: what other features may use of it. Anything else here is private to the feature. */
export { type DocumentRequest, type DocumentVersion, documentHandlers, issue, issueGathered } from './documents.js';
