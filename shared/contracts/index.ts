/** The door of shared/contracts/: what other features may use of it. Anything else here is private to the feature. */
export { Contract } from './schemas.js';
export { contractCover, contractYearStart } from './schedule.js';
