import { z } from 'zod';

const Empty = z.strictObject({});

/** The app channels: every name starts with "app.". */
export const appChannels = {
  'app.info': {
    summary: 'Version, data folder, whether the folder was never set up (first run), and the repairs no manager has acknowledged yet.',
    input: Empty,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      empty: z.boolean(),
      desktop: z.boolean(),
      recovery: z.array(
        z.object({
          id: z.string(),
          at: z.string(),
          kind: z.enum(['damaged', 'missing', 'fewer_records', 'quarantined', 'audit_break', 'unfinished_save']),
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
  'app.acknowledgeRecovery': {
    summary: 'A manager has read the notices of what start-up repaired (managers only): they leave the screens; until then they stay, across restarts.',
    input: Empty,
    output: z.object({ acknowledged: z.int() }),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
