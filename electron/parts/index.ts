/** The door of electron/parts/: what other features may use of it. Anything else here is private to the feature. */
export { getCounterparty, saveCounterparty } from './counterparties.js';
export { completedAt, repairCostOf, warrantyRepairs } from './costs.js';
export { saveLabour } from './labour.js';
export { checkCataloguePrices, planOrderParts } from './orderParts.js';
export { partHandlers, receivePart, returnsSummary, savePart } from './parts.js';
export { loadPartsDemo } from './partsDemo.js';
export { partServiceHandlers } from './partServices.js';
export { renderRequisition } from './requisitionDoc.js';
export { renderSaleReceipt } from './saleReceipt.js';
export { renderStatement } from './statementDoc.js';
export { allocateToWaiting, appendMoves, followUp, getPart, ledgerTotals, movesOf, newMove, reconcileStock } from './stockLedger.js';
export { getLocation, vanOf } from './locations.js';
