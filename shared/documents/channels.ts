import { z } from 'zod';
import { DeviceDocumentsInput, DocumentContent, DocumentGetInput, IssuedDocument, OrderDocumentsInput } from './schemas.js';

/** The documents channels: every name starts with "documents.". */
export const documentsChannels = {
  'documents.forDevice': {
    summary: 'Every certificate and notice issued for a unit.',
    input: DeviceDocumentsInput,
    output: z.array(IssuedDocument),
  },
  'documents.forOrder': {
    summary: 'Every document issued for an order.',
    input: OrderDocumentsInput,
    output: z.array(IssuedDocument),
  },
  'documents.content': {
    summary: 'The stored PDF of an issued document, base64-encoded.',
    input: DocumentGetInput,
    output: DocumentContent,
  },
  'documents.print': {
    summary: 'Open the system print dialog for a document (desktop app only; the browser opens the PDF instead).',
    input: DocumentGetInput,
    output: z.object({ printed: z.boolean() }),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
