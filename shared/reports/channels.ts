import type { z } from 'zod';
import { MoneyReport, ReportExportInput, ReportFile, ReportInput } from './schemas.js';

/** The reports channels: every name starts with "reports.". Managers only. */
export const reportsChannels = {
  'reports.money': {
    summary:
      "The money of a period in the workshop's dates (managers only): takings by day and method and by staff member (refunds subtract), the tax charged to customers per rate with the rule profile's source, and warranty work at zero price to the customer against what was claimed and reimbursed.",
    input: ReportInput,
    output: MoneyReport,
  },
  'reports.export': {
    summary:
      'The money report of a period as a file written by the main process into exports/reports/ of the data folder (managers only): one table as CSV (UTF-8 with a BOM), or every table as an XLSX workbook, labelled in a language.',
    input: ReportExportInput,
    output: ReportFile,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
