/** The door of shared/evidence/: what other features may use of it. Anything else here is private to the feature. */
export { PHOTO_LIMITS, SIGNATURE_LIMITS } from './limits.js';
export { fileNameProblem } from './names.js';
export { patternProblem, UNLOCK_KINDS, type UnlockKind, unlockProblem } from './unlock.js';
export { ActSignature, type DrawnSignature, OrderPhoto, PHOTO_STAGES, type PhotoStage, UnlockCodeInput, UnlockRecord } from './schemas.js';
