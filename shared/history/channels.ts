import { HistoryFileInput, HistoryImportResult, HistoryPreview } from './schemas.js';

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
} as const;
