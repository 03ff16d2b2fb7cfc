import { z } from 'zod';
import { WarrantyUnvoidInput, WarrantyVoidInput } from '../devices/index.js';
import { IssuedDocument, VoidNoticeInput, WarrantyCertificateInput } from '../documents/index.js';
import { ExpiringInput, ExpiringRow, WarrantyCard, WarrantyCheckInput } from './schemas.js';

/** The warranty channels: every name starts with "warranty.". */
export const warrantyChannels = {
  'warranty.certificate': {
    summary: 'Issue the warranty certificate of a unit (or, with an order, of that repair) in a language; the same facts give the same document.',
    input: WarrantyCertificateInput,
    output: IssuedDocument,
  },
  'warranty.voidNotice': {
    summary: 'Issue the notice that a unit\'s warranty is void, with the reason and the evidence.',
    input: VoidNoticeInput,
    output: IssuedDocument,
  },
  'warranty.check': {
    summary: 'The warranty card of every unit a code names (serial, IMEI or order number): status, end date with its basis, claim windows, history.',
    input: WarrantyCheckInput,
    output: z.array(WarrantyCard),
  },
  'warranty.void': {
    summary: "Void a unit's warranty (managers only), with a reason code and a note.",
    input: WarrantyVoidInput,
    output: WarrantyCard,
  },
  'warranty.unvoid': {
    summary: 'Undo a void (managers only); the void and its undoing stay in the history.',
    input: WarrantyUnvoidInput,
    output: WarrantyCard,
  },
  'warranty.expiring': {
    summary: 'Units whose warranty ends within N days or ended within the last N days, by end date; filter by model and customer.',
    input: ExpiringInput,
    output: z.array(ExpiringRow),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
