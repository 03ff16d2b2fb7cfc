/** The door of electron/orders/: what other features may use of it. Anything else here is private to the feature. */
export { renderCompletionAct } from './completionAct.js';
export { renderConditionAct } from './conditionAct.js';
export { renderDeviceLabels } from './deviceLabel.js';
export { renderIntakeAct } from './intakeAct.js';
export { orderDocumentHandlers } from './orderDocuments.js';
export { orderQueryHandlers } from './orderQueries.js';
export { assignOrder, createOrder, orderHandlers, setOrderLines, transitionOrder } from './orders.js';
export { findOrderByCode, getOrder, listRow, orderView } from './orderViews.js';
export { satisfactionHandlers } from './satisfaction.js';
export { approvalHandlers, approvalHolds } from './approval.js';
