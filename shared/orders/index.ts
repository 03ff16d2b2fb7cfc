/** The door of shared/orders/: what other features may use of it. Anything else here is private to the feature. */
export { INTAKE_FIELDS, OrderListRow, OrderView, RepairOrder, WarrantyBasis } from './schemas.js';
export { canTransition, isOpen, ORDER_STATUSES, type OrderStatus, type Outcome } from './status.js';
