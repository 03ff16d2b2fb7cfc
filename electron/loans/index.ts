/** The door of electron/loans/: what other features may use of it. Anything else here is private to the feature. */
export { renderLoanAct } from './loanAct.js';
export { demandLoaner, issueLoaner, listLoans, loanHandlers, loanView, openLoanOf, saveLoaner } from './loans.js';
export { loanDocumentHandlers } from './loanDocuments.js';
