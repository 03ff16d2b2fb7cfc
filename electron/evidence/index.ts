/** The door of electron/evidence/: what other features may use of it. Anything else here is private to the feature. */
export { evidenceHandlers, intakeEvidence } from './evidence.js';
export { eraseOnHandBack, keepUnlockCode } from './unlockCodes.js';
export { UNLOCK_KEYS_FILE } from './unlockKeys.js';
