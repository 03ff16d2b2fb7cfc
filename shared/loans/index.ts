/** The door of shared/loans/: what other features may use of it. Anything else here is private to the feature. */
export { Loan, LoanerUnit, LoanView } from './schemas.js';
