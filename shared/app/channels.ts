import { z } from 'zod';

const Empty = z.strictObject({});

/** The app channels: every name starts with "app.". */
export const appChannels = {
  'app.info': {
    summary: 'Version, data folder and whether the store is still empty (first run).',
    input: Empty,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      empty: z.boolean(),
      desktop: z.boolean(),
      recovery: z.array(
        z.object({
          file: z.string(),
          problem: z.string(),
          movedTo: z.string(),
          restoredFrom: z.string().optional(),
          fromBackup: z.int(),
          salvaged: z.int(),
          total: z.int(),
        }),
      ),
    }),
    public: true,
  },
  'app.loadDemo': {
    summary: 'Fill an empty store with demo staff, customers, devices and orders.',
    input: Empty,
    output: z.object({ staff: z.int(), customers: z.int(), orders: z.int() }),
    public: true,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
