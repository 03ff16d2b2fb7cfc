import { z } from 'zod';
import { Actor, Id, IsoDateTime, Language } from './common.js';

export const DocumentKind = z.enum(['intake_act']);

export const IssuedDocument = z.object({
  id: Id,
  kind: DocumentKind,
  number: z.string(),
  orderId: Id,
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
