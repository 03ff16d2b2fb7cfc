/** The door of shared/reports/: what other features may use of it. Anything else here is private to the feature. */
export { inPeriod, type Period, PERIOD_KINDS, type PeriodKind, periodOf, shiftPeriod, workshopDay } from './period.js';
export { addPayment, type Flow, NO_FLOW, sumFlows, type Takings, takings } from './takings.js';
export { type TaxCollected, taxCollected, type TaxedDocument } from './taxCollected.js';
export { apportion, type ReimbursementClaim, type WarrantyRepair, type WarrantyWork, warrantyWork } from './warrantyWork.js';
export { MoneyReport, REPORT_TABLES, ReportTable } from './schemas.js';
