import { z } from 'zod';
import { HistoryFileInput, HistoryImportResult, HistoryImportSummary, HistoryPreview, HistoryUndoInput, HistoryUndoResult } from './schemas.js';

/** The channels of imports of a workshop's history from other systems: every name starts with "history.". */
export const historyChannels = {
  'history.preview': {
    summary: "Read a workshop's history from another system (CSV or XLSX, base64; managers only): columns, the suggested mapping, the date columns to ask about, every bad row and why, and what would be new or merged.",
    input: HistoryFileInput,
    output: HistoryPreview,
  },
  'history.import': {
    summary: 'Import the valid rows of a history file as customers, devices and orders (managers only), in one batch; orders keep their old numbers and are marked as imported; the same file twice changes nothing.',
    input: HistoryFileInput,
    output: HistoryImportResult,
  },
  'history.imports': {
    summary: 'The imports of history so far (managers only), newest first: system, when, by whom, and the orders, customers and units each created.',
    input: z.strictObject({}),
    output: z.array(HistoryImportSummary),
  },
  'history.undo': {
    summary: "Undo one import as a whole (managers only): its orders, and the customers and units it created, are removed as one change, unless something touched them since; then nothing changes and the answer lists what blocks it. Customers and units the import only found keep their own data.",
    input: HistoryUndoInput,
    output: HistoryUndoResult,
  },
} as const;
