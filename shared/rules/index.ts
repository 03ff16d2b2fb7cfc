/** The door of shared/rules/: what other features may use of it. Anything else here is private to the feature. */
export { addDays, addDeadlineDays, addMonths, daysBetween, daysInMonth, type IsoDate, localDate, nextWorkingDay, weekday } from './calendar.js';
export { DUE_SOON_DAYS, legalTermEnd } from './deadlines.js';
export { type PrescribedAct, REQUIRED_CONTENT, type RequiredContent, type RequiredItem } from './requiredContent.js';
export { REGISTRATION_LABELS, type RegistrationLabel, type RegistrationLabels } from './registration.js';
export { citeText, sourceText } from './sourceText.js';
export { byWorkshop, type EffectiveProfile, PRESETS, PROFILE_IDS, type ProfileId, type RuleKey, type RuleSource } from './profiles.js';
