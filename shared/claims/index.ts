/** The door of shared/claims/: what other features may use of it. Anything else here is private to the feature. */
export { type CounterpartyClaim, type Examination } from './counterpartyClaim.js';
export { type Claim, type ClaimView } from './schemas.js';
