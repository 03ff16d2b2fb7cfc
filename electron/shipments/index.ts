/** The door of electron/shipments/: what other features may use of it. Anything else here is private to the feature. */
export { shipmentHandlers } from './shipments.js';
export { renderWaybill } from './waybill.js';
