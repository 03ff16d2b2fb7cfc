/** The door of shared/parts/: what other features may use of it. Anything else here is private to the feature. */
export { Counterparty } from './counterparty.js';
export { LabourOperation } from './labour.js';
export { Requisition } from './requisition.js';
export { Sale } from './sale.js';
export { Part, StockMove } from './schemas.js';
export { StockLocation } from './locations.js';
export { addQuantities, quantityProblem } from './stock.js';
