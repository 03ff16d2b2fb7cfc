import { z } from 'zod';
import { AbsolutePath } from '../schemas/settings.js';

const Empty = z.strictObject({});

/** Backups, restore, export and import of all data, and the audit log (managers). */
export const dataChannels = {
  'app.acknowledgeRecovery': {
    summary: 'A manager has read the notices of what start-up repaired (managers only): they leave the screens; until then they stay, across restarts.',
    input: z.strictObject({ actorId: z.string() }),
    output: z.object({ acknowledged: z.int() }),
  },
  'backups.list': {
    summary: 'Every automatic and manual backup, newest first, with its date, reason, records per collection and whether its checksums verify.',
    input: Empty,
    output: z.array(
      z.object({ id: z.string(), createdAt: z.string(), reason: z.string(), verified: z.boolean(), records: z.record(z.string(), z.int()) }),
    ),
  },
  'backups.create': {
    summary: 'Back up every data file now (kept with the automatic ones, rotated 7 daily and 4 weekly).',
    input: z.strictObject({ actorId: z.string() }),
    output: z.object({ id: z.string(), createdAt: z.string() }),
  },
  'backups.restore': {
    summary: 'Restore a verified backup (managers only); the current data is backed up first.',
    input: z.strictObject({ actorId: z.string(), id: z.string().min(1, 'required'), confirm: z.literal(true, 'confirm') }),
    output: z.object({ restored: z.string(), safetyBackup: z.string() }),
  },
  'audit.list': {
    summary: 'The audit log, newest first (managers only): who changed which record, when, through which channel, before and after.',
    input: z.strictObject({
      actorId: z.string(),
      collection: z.string().max(40, 'too_long').optional(),
      id: z.string().max(40, 'too_long').optional(),
      limit: z.int().min(1).max(10_000, 'too_large').default(100),
      offset: z.int().min(0).default(0),
    }),
    output: z.object({
      rows: z.array(
        z.object({
          seq: z.int(),
          at: z.string(),
          by: z.string().optional(),
          channel: z.string().optional(),
          collection: z.string(),
          id: z.string(),
          before: z.unknown().optional(),
          after: z.unknown(),
          previous: z.string(),
          hash: z.string(),
        }),
      ),
      total: z.int(),
    }),
  },
  'audit.verify': {
    summary: "Recompute the audit log's hash chain (managers only): whether it is intact, or the first entry that was altered.",
    input: z.strictObject({ actorId: z.string() }),
    output: z.object({ entries: z.int(), intact: z.boolean(), brokenAt: z.int().optional() }),
  },
  'data.export': {
    summary: 'Write all the data (records, audit log, issued PDFs) as one .tar.gz into a folder (managers only); default: exports/ in the data folder.',
    input: z.strictObject({ actorId: z.string(), folder: z.union([z.literal(''), AbsolutePath]).optional() }),
    output: z.object({ file: z.string(), bytes: z.int() }),
  },
  'data.import': {
    summary: 'Replace all the data with an exported archive (managers only, confirmed); the current data is backed up first.',
    input: z.strictObject({ actorId: z.string(), file: AbsolutePath, confirm: z.literal(true, 'confirm') }),
    output: z.object({ imported: z.string(), safetyBackup: z.string(), orders: z.int() }),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
