import { z } from 'zod';
import { DefectCodeEntry, DefectCodeSaveInput } from './schemas.js';

/** The defects channels: every name starts with "defects.". */
export const defectsChannels = {
  'defects.list': {
    summary: "The defect code catalogue: symptoms, causes (each with its category), actions and components; the defaults with the workshop's changes and own codes.",
    input: z.strictObject({}),
    output: z.array(DefectCodeEntry),
  },
  'defects.save': {
    summary: 'Add a defect code, or rename or (de)activate one (managers only); a cause needs its category.',
    input: DefectCodeSaveInput,
    output: DefectCodeEntry,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
