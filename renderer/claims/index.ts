/** The door of renderer/claims/: what other features may use of it. Anything else here is private to the feature. */
export { Claims } from './Claims.js';
export { OrderClaims } from './OrderClaims.js';
export { useClaims } from './store.js';
