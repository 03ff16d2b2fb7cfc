/** The door of renderer/shipments/: what other features may use of it. Anything else here is private to the feature. */
export { Shipments } from './Shipments.js';
