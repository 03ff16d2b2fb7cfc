/** The door of shared/defects/: what other features may use of it. Anything else here is private to the feature. */
export { CAUSE_CATEGORIES, type CauseCategory } from './defects.js';
export { DefectCodeRecord, DiagnosisDefect } from './schemas.js';
