/** The door of shared/documents/: what other features may use of it. Anything else here is private to the feature. */
export { clashingKinds, DEFAULT_NUMBER_FORMAT, numberFormatProblem } from './numbering.js';
export { CompletionActInput, ConditionActInput, type ConditionFindings, DefectCause, DefectProposalInput, DeviceLabelsInput, DocumentKind, IntakeActInput, IssuedDocument, LoanActInput, OrderDocumentsInput, PeriodReportInput, VoidNoticeInput, WarrantyCertificateInput } from './schemas.js';
