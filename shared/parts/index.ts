/** The door of shared/parts/: what other features may use of it. Anything else here is private to the feature. */
export { type Counterparty } from './counterparty.js';
export { type LabourOperation } from './labour.js';
export { type Requisition } from './requisition.js';
export { type Sale } from './sale.js';
export { type Part, type StockMove } from './schemas.js';
export { addQuantities } from './stock.js';
