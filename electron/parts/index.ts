/** The door of electron/parts/: what other features may use of it. Anything else here is private to the feature. */
export { getCounterparty } from './counterparties.js';
export { planOrderParts } from './orderParts.js';
export { partHandlers } from './parts.js';
export { loadPartsDemo } from './partsDemo.js';
export { partServiceHandlers } from './partServices.js';
export { allocateToWaiting, appendMoves, followUp, reconcileStock } from './stockLedger.js';
