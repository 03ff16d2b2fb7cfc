/** The door of renderer/shipments/: what other features may use of it. Anything else here is private to the feature. */
export { shipmentsEn, shipmentsHe, shipmentsRu } from './i18n.js';
export { Shipments } from './Shipments.js';
