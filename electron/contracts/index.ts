/** The door of electron/contracts/: what other features may use of it. Anything else here is private to the feature. */
export { contractHandlers } from './contracts.js';
