import type { z } from 'zod';
import { ConditionActInput, CompletionActInput, DeviceLabelsInput, IssuedDocument } from './schemas.js';
import { LogoInput, Settings } from '../settings/schemas.js';

/** Documents of an order beyond the intake act: completion act, technical condition act, device labels. */
export const documentKindChannels = {
  'documents.completionAct': {
    summary: 'Issue the work completion act of an order that is ready or handed back (dates, defects, work, parts and their warranties, costs, warranty extension); the same order state gives the same document.',
    input: CompletionActInput,
    output: IssuedDocument,
  },
  'documents.conditionAct': {
    summary: "Issue the technical condition act of an order: the defect confirmed or not, its cause, repairability and whether it is a warranty case; the same findings give the same document.",
    input: ConditionActInput,
    output: IssuedDocument,
  },
  'documents.labels': {
    summary: 'Issue device labels (62 × 29 mm, Code 128 of the order number) for one or more orders in one PDF, one label a page; the same orders give the same document.',
    input: DeviceLabelsInput,
    output: IssuedDocument,
  },
  'settings.setLogo': {
    summary: "Set the workshop's logo (PNG or JPEG, at most 256 KB; managers), kept in the data folder and drawn on new documents; an empty image removes it.",
    input: LogoInput,
    output: Settings,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType }>;
