/** The door of electron/loans/: what other features may use of it. Anything else here is private to the feature. */
export { renderLoanAct } from './loanAct.js';
export { loanHandlers, loanView, openLoanOf } from './loans.js';
