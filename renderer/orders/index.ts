/** The door of renderer/orders/: what other features may use of it. Anything else here is private to the feature. */
export { Dashboard } from './Dashboard.js';
export { Intake } from './Intake.js';
export { useIntake } from './intakeStore.js';
export { OrderDetail } from './OrderDetail.js';
export { OrderRows } from './OrderRows.js';
export { OrdersList } from './OrdersList.js';
export { useOrders } from './ordersStore.js';
export { printDocument, useOrder } from './orderStore.js';
export { StatusBadge } from './StatusBadge.js';
export { useCorrectionText } from './CorrectionText.js';
