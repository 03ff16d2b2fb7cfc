import { z } from 'zod';
import { AbsolutePath } from '../settings/index.js';

const Empty = z.strictObject({});

/** The data channels: every name starts with "data.". */
export const dataChannels = {
  'data.backups.list': {
    summary: 'Every automatic and manual backup, newest first, with its date, reason, records per collection and whether its checksums verify.',
    input: Empty,
    output: z.array(
      z.object({ id: z.string(), createdAt: z.string(), reason: z.string(), verified: z.boolean(), records: z.record(z.string(), z.int()) }),
    ),
  },
  'data.backups.create': {
    summary: 'Back up every data file now (managers; at most one a minute). Backups are rotated by date (all of the last day, 7 daily, 4 weekly), then to at most 24 and 2 GB; none holds a PIN hash.',
    input: z.strictObject({}),
    output: z.object({ id: z.string(), createdAt: z.string() }),
  },
  'data.backups.places': {
    summary: 'The folders the PC offers for the second copy of the backups (USB sticks, other drives, the documents folder; managers).',
    input: Empty,
    output: z.array(z.object({ path: z.string(), label: z.string() })),
  },
  'data.backups.restore': {
    summary: 'Restore a verified backup (managers only), with the reason (kept in the audit log); the current data is backed up first.',
    input: z.strictObject({ id: z.string().min(1, 'required'), confirm: z.literal(true, 'confirm'), reason: z.string().trim().min(1, 'required').max(500, 'too_long') }),
    output: z.object({ restored: z.string(), safetyBackup: z.string() }),
  },
  'data.audit.list': {
    summary: "The audit log, newest first (managers only): who changed which record, when, through which channel, before and after; each entry with the member's name (actor) and the words its record is known by (subject: an order's number, a customer's name).",
    input: z.strictObject({
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
          /** The name of the member who made the change. */
          actor: z.string().optional(),
          channel: z.string().optional(),
          note: z.string().optional(),
          collection: z.string(),
          id: z.string(),
          /** What the record is known by: an order's or a document's number, a customer's name, a unit's model and serial; empty for the settings. */
          subject: z.string(),
          before: z.unknown().optional(),
          after: z.unknown(),
          previous: z.string(),
          hash: z.string(),
        }),
      ),
      total: z.int(),
    }),
  },
  'data.audit.verify': {
    summary: "Recompute the audit log's hash chain (managers only): whether it is intact, or the first entry that was altered.",
    input: z.strictObject({}),
    output: z.object({ entries: z.int(), intact: z.boolean(), brokenAt: z.int().optional() }),
  },
  'data.export': {
    summary: 'Write all the data (records, audit log, issued PDFs) as one .tar.gz into a folder (managers only); default: exports/ in the data folder.',
    input: z.strictObject({ folder: z.union([z.literal(''), AbsolutePath]).optional() }),
    output: z.object({ file: z.string(), bytes: z.int() }),
  },
  'data.import': {
    summary: 'Replace all the data with an exported archive (managers only, confirmed); the current data is backed up first.',
    input: z.strictObject({ file: AbsolutePath, confirm: z.literal(true, 'confirm') }),
    output: z.object({ imported: z.string(), safetyBackup: z.string(), orders: z.int() }),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
