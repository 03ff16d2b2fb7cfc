/** The door of electron/payments/: what other features may use of it. Anything else here is private to the feature. */
export { NO_FISCAL_DEVICE, type FiscalDevice } from './fiscal.js';
export { renderCreditNote, renderInvoice } from './invoiceDoc.js';
export { renderCashReport } from './cashReportDoc.js';
export { cashBookHandlers, refuseCashOnClosedDay } from './cashBook.js';
export { causesAgainstBasis, migrateOrderPayments, orderMoney, paymentHandlers, prepaymentCorrection, saleMoney, syncOrderPayments, workshopTax } from './payments.js';
export { paymentDocumentHandlers } from './paymentDocuments.js';
