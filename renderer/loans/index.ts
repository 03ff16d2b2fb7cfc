/** The door of renderer/loans/: what other features may use of it. Anything else here is private to the feature. */
export { Loaners } from './Loaners.js';
export { LoanRows } from './LoanRows.js';
export { OrderLoan } from './OrderLoan.js';
