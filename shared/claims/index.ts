/** The door of shared/claims/: what other features may use of it. Anything else here is private to the feature. */
export { CounterpartyClaim, Examination } from './counterpartyClaim.js';
export { Claim, CLAIM_LIST_FILTERS, type ClaimView } from './schemas.js';
