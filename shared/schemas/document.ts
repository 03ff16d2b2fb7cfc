import { z } from 'zod';
import { Actor, Id, IsoDateTime, Language } from './common.js';

export const DocumentKind = z.enum(['intake_act', 'warranty_certificate', 'void_notice', 'loan_issue_act', 'loan_return_act', 'claim_response', 'period_report', 'defect_proposal']);

export const IssuedDocument = z.object({
  id: Id,
  kind: DocumentKind,
  number: z.string(),
  orderId: Id.optional(),
  deviceId: Id.optional(),
  loanId: Id.optional(),
  claimId: Id.optional(),
  /** What the document states that may change (a warranty end, a void): a change gives a new document. */
  fingerprint: z.string().optional(),
  language: Language,
  issuedAt: IsoDateTime,
  issuedBy: Id,
  file: z.string(),
  sha256: z.string(),
  bytes: z.int(),
});
export type IssuedDocument = z.infer<typeof IssuedDocument>;

export const IntakeActInput = z.strictObject({ ...Actor, orderId: Id, language: Language.optional() });
export const DocumentGetInput = z.strictObject({ id: Id });
export const DocumentContent = z.object({ document: IssuedDocument, pdfBase64: z.string() });
export const OrderDocumentsInput = z.strictObject({ orderId: Id });
export const DeviceDocumentsInput = z.strictObject({ deviceId: Id });
export const WarrantyCertificateInput = z.strictObject({ ...Actor, deviceId: Id, orderId: Id.optional(), language: Language.optional() });
export const VoidNoticeInput = z.strictObject({ ...Actor, deviceId: Id, language: Language.optional() });
export const LoanActInput = z.strictObject({ ...Actor, loanId: Id, kind: z.enum(['issue', 'return']), language: Language.optional() });
export const PeriodReportInput = z.strictObject({ ...Actor, from: z.iso.date('invalid_date'), to: z.iso.date('invalid_date'), bucket: z.enum(['week', 'month']).default('month'), language: Language.optional() });
export const DefectProposalInput = z.strictObject({ ...Actor, language: Language.optional() });
