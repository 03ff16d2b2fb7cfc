/** The door of renderer/payments/: what other features may use of it. Anything else here is private to the feature. */
export { OrderPayments, Payments } from './OrderPayments.js';
export { usePayments } from './paymentsStore.js';
export { CashBook } from './CashBook.js';
export { TaxSection } from './TaxSection.js';
