/** The door of shared/shipments/: what other features may use of it. Anything else here is private to the feature. */
export { Shipment } from './schemas.js';
