/** The door of shared/visits/: what other features may use of it. Anything else here is private to the feature. */
export { Address, KINDS_WITH_UNITS, Visit, VISIT_KINDS, VisitCard, VisitKind } from './schemas.js';
export { addMinutes, dayOf, type LocalTime, minutesOf } from './slots.js';
