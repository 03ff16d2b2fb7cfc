/** The door of electron/data/: what other features may use of it. Anything else here is private to the feature. */
export { auditHandlers } from './audit.js';
export { backupHandlers, scheduleBackups } from './backups.js';
