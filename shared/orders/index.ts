/** The door of shared/orders/: what other features may use of it. Anything else here is private to the feature. */
export { daysPastPromised } from './promise.js';
export { DEFAULT_ORDER_SORT, INTAKE_FIELDS, ORDER_LIST_FILTERS, ORDER_SORT_COLUMNS, OrderListFilter, OrderListRow, OrderSort, OrderView, RepairOrder, WarrantyBasis } from './schemas.js';
export { canTransition, isOpen, ORDER_STATUSES, type OrderStatus, type Outcome, OUTCOMES } from './status.js';
