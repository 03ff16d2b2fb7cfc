/** The door of renderer/evidence/: what other features may use of it. Anything else here is private to the feature. */
export { OrderEvidence } from './OrderEvidence.js';
export { NO_UNLOCK, unlockCodeOf, UnlockCodeFields, type UnlockDraft } from './UnlockCodeFields.js';
