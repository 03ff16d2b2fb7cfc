import { z } from 'zod';
import { Id, numberError, Text } from '../platform/common.js';
import { DATE_ORDERS, HISTORY_DATE_FIELDS, HISTORY_FIELDS, HISTORY_PRESET_NAMES } from './history.js';

export const HistoryMappingSchema = z.partialRecord(z.enum(HISTORY_FIELDS), z.int({ error: numberError('invalid_number') }).min(0, 'negative').max(999, 'too_large'));
export const DateOrdersSchema = z.partialRecord(z.enum(HISTORY_DATE_FIELDS), z.enum(DATE_ORDERS));
export const HistoryPresetSchema = z.enum(HISTORY_PRESET_NAMES as [string, ...string[]]);

/** A history file travels as base64, like a registry file (at most about 10 MB of file). */
export const HistoryFileInput = z.strictObject({
  fileName: Text(200),
  contentBase64: z.string().min(1, 'required').max(14_000_000, 'too_large'),
  /** The system the file comes from: its name goes on every imported order ("imported from RepairShopr #1042"). */
  system: Text(60),
  preset: HistoryPresetSchema.default('generic'),
  mapping: HistoryMappingSchema.optional(),
  /** How the slash dates of a column are read, once the preview has asked. */
  dateOrders: DateOrdersSchema.optional(),
});
export type HistoryFileInput = z.output<typeof HistoryFileInput>;

const HistoryRowSchema = z.object({ line: z.int(), values: z.record(z.string(), z.unknown()), errors: z.record(z.string(), z.string()) });

export const HistoryCounts = z.object({
  rows: z.int(),
  invalid: z.int(),
  orders: z.int(),
  newOrders: z.int(),
  knownOrders: z.int(),
  newCustomers: z.int(),
  knownCustomers: z.int(),
  newDevices: z.int(),
  knownDevices: z.int(),
});

export const HistoryPreview = z.object({
  headers: z.array(z.string()),
  mapping: HistoryMappingSchema,
  /** Date columns whose slash dates fit both orders (or each fits another): the manager says which before importing. */
  questions: z.array(z.object({ field: z.enum(HISTORY_DATE_FIELDS), example: z.string().optional() })),
  dateOrders: DateOrdersSchema,
  sample: z.array(HistoryRowSchema),
  invalid: z.array(HistoryRowSchema),
  counts: HistoryCounts,
});

export const HistoryImportResult = z.object({
  batch: z.string(),
  counts: HistoryCounts,
  ms: z.int(),
});

/** One import of a workshop's history, as the list of imports shows it (newest first). */
export const HistoryImportSummary = z.object({
  batch: z.string(),
  system: z.string(),
  at: z.string(),
  by: z.string(),
  /** The manager's name (empty when the member is gone). */
  byName: z.string(),
  orders: z.int(),
  customers: z.int(),
  devices: z.int(),
});

export const HistoryUndoInput = z.strictObject({ batch: Id });

/** Why an import cannot be undone: a record of it was changed, another record names one of it, or the point replicates. */
export const HISTORY_UNDO_BLOCKS = ['changed', 'referenced', 'network'] as const;
export const HistoryUndoBlocker = z.object({
  reason: z.enum(HISTORY_UNDO_BLOCKS),
  /** The import's record (for `network`: none). */
  collection: z.string().optional(),
  id: z.string().optional(),
  label: z.string().optional(),
  /** The record that names it (`referenced`). */
  by: z.object({ collection: z.string(), id: z.string(), label: z.string() }).optional(),
});

export const HistoryUndoResult = z.object({
  undone: z.boolean(),
  /** The import's records: removed when `undone`, else what would have been. */
  orders: z.int(),
  customers: z.int(),
  devices: z.int(),
  /** What keeps it from being undone (at most 200 are listed; `blockedCount` counts them all). */
  blockers: z.array(HistoryUndoBlocker),
  blockedCount: z.int(),
});
