import { z } from 'zod';
import { Id, IsoDateTime, Language, OptionalText, Text } from '../platform/common.js';

export const DocumentKind = z.enum([
  'intake_act',
  'warranty_certificate',
  'void_notice',
  'loan_issue_act',
  'loan_return_act',
  'claim_response',
  'period_report',
  'defect_proposal',
  'completion_act',
  'condition_act',
  'device_label',
  'waybill_out',
  'waybill_back',
  'tax_invoice',
  'credit_note',
  'cash_x_report',
  'cash_z_report',
  'installation_act',
  'commissioning_act',
  'route_sheet',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const IssuedDocument = z.object({
  id: Id,
  kind: DocumentKind,
  number: z.string(),
  orderId: Id.optional(),
  deviceId: Id.optional(),
  loanId: Id.optional(),
  claimId: Id.optional(),
  shipmentId: Id.optional(),
  /** The visit of an installation or commissioning act. */
  visitId: Id.optional(),
  /** The technician of a route sheet. */
  staffId: Id.optional(),
  /** Every order a batch document covers (labels of several orders, a shipment's waybill). */
  orderIds: z.array(Id).optional(),
  /** The year and place in its kind's sequence (the number's format may change; the sequence does not). */
  year: z.int().optional(),
  sequence: z.int().optional(),
  /** What the document states that may change (a warranty end, a void): a change gives a new document. */
  fingerprint: z.string().optional(),
  /**
   * The version of a document corrected after it was issued: the same number, version 2, 3... (absent: the first).
   * Every version stays on disk and in the register as it was issued.
   */
  revision: z.int().min(2).optional(),
  /** The version this one corrects. */
  corrects: Id.optional(),
  language: Language,
  /** The paper of a document printed on A4 or on an 80 mm receipt roll: each is a version of one document. */
  paper: z.enum(['A4', 'roll80']).optional(),
  issuedAt: IsoDateTime,
  issuedBy: Id,
  file: z.string(),
  sha256: z.string(),
  bytes: z.int(),
});
export type IssuedDocument = z.infer<typeof IssuedDocument>;

export const IntakeActInput = z.strictObject({ orderId: Id, language: Language.optional() });
export const DocumentGetInput = z.strictObject({ id: Id });
export const DocumentContent = z.object({ document: IssuedDocument, pdfBase64: z.string() });
export const OrderDocumentsInput = z.strictObject({ orderId: Id });
export const DeviceDocumentsInput = z.strictObject({ deviceId: Id });
export const WarrantyCertificateInput = z.strictObject({ deviceId: Id, orderId: Id.optional(), language: Language.optional() });
export const VoidNoticeInput = z.strictObject({ deviceId: Id, language: Language.optional() });
export const LoanActInput = z.strictObject({ loanId: Id, kind: z.enum(['issue', 'return']), language: Language.optional() });
export const PeriodReportInput = z.strictObject({ from: z.iso.date('invalid_date'), to: z.iso.date('invalid_date'), bucket: z.enum(['week', 'month']).default('month'), language: Language.optional() });
export const DefectProposalInput = z.strictObject({ language: Language.optional() });
export const CompletionActInput = z.strictObject({ orderId: Id, language: Language.optional() });

/** What an examination of the unit found: printed on the technical condition act. */
export const DefectCause = z.enum(['manufacturing', 'operation', 'external_damage', 'wear', 'no_fault_found']);
export type DefectCause = z.infer<typeof DefectCause>;
export const ConditionFindings = z.strictObject({
  defectConfirmed: z.boolean(),
  defect: Text(2000),
  cause: DefectCause,
  repairability: z.enum(['repairable', 'unrepairable', 'uneconomic']),
  recommendation: OptionalText(2000),
});
export type ConditionFindings = z.infer<typeof ConditionFindings>;
export const ConditionActInput = z.strictObject({ orderId: Id, language: Language.optional(), findings: ConditionFindings });

/** Stickers of one or more orders in one PDF, one label a page. */
export const DeviceLabelsInput = z.strictObject({
  orderIds: z.array(Id).min(1, 'required').max(200, 'too_many'),
  language: Language.optional(),
});
