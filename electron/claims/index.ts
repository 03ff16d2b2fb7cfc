/** The door of electron/claims/: what other features may use of it. Anything else here is private to the feature. */
export { claimDocumentHandlers } from './claimDocuments.js';
export { renderClaimLetter } from './claimLetter.js';
export { claimHandlers } from './claims.js';
export { counterpartyClaimHandlers } from './counterpartyClaims.js';
