/** The door of renderer/data/: what other features may use of it. Anything else here is private to the feature. */
export { AuditSection } from './AuditSection.js';
export { BackupsSection } from './BackupsSection.js';
