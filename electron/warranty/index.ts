/** The door of electron/warranty/: what other features may use of it. Anything else here is private to the feature. */
export { renderVoidNotice } from './voidNotice.js';
export { getDevice, warrantyHandlers, warrantyOf } from './warranty.js';
export { renderWarrantyCertificate } from './warrantyCertificate.js';
export { unitSection } from './unitSection.js';
export { warrantyDocumentHandlers } from './warrantyDocuments.js';
