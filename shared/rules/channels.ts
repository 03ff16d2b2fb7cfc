import { z } from 'zod';
import { EffectiveProfileOutput } from '../warranty/index.js';

const Empty = z.strictObject({});

/** The rules channels: every name starts with "rules.". */
export const rulesChannels = {
  'rules.get': {
    summary: "The rule profile presets with the source of every value, the workshop's effective profile and its holiday list.",
    input: Empty,
    output: z.object({ presets: z.record(z.string(), z.unknown()), effective: EffectiveProfileOutput, holidays: z.array(z.string()) }),
    public: true,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
