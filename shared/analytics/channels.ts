import { z } from 'zod';
import { DefectProposalInput, IssuedDocument, PeriodReportInput } from '../documents/index.js';
import { AnalyticsExportInput, AnalyticsPeriodInput, AnalyticsReport, AnalyticsThresholds, SystemicAlert, ThresholdsInput } from './schemas.js';

/** The analytics channels: every name starts with "analytics.". */
export const analyticsChannels = {
  'analytics.report': {
    summary:
      'Analytics of a period: received and handed back per week or month, turnaround median and p90, time in each status, share within the legal deadline and the promised date, technician workload, warranty versus paid work and cost, failures per model (rate per unit sold), causes, components, time in service at failure, repeat repairs, parts used, satisfaction.',
    input: AnalyticsPeriodInput,
    output: AnalyticsReport,
  },
  'analytics.export': {
    summary: 'The analytics of a period as a file (base64): one table as CSV, or every table as an XLSX workbook, labelled in a language.',
    input: AnalyticsExportInput,
    output: z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
  },
  'analytics.alerts': {
    summary: "Systemic defects: models whose failure rate per unit sold, or whose share of failures from one cause, crosses the manager's thresholds over the recent window.",
    input: z.strictObject({}),
    output: z.object({ from: z.string(), to: z.string(), thresholds: AnalyticsThresholds, alerts: z.array(SystemicAlert) }),
  },
  'analytics.setThresholds': {
    summary: 'Set the systemic-defect thresholds (managers only): failure rate, share of one cause, minimum failures, window in days.',
    input: ThresholdsInput,
    output: AnalyticsThresholds,
  },
  'analytics.forecast': {
    summary:
      "Intake volume and parts demand for the coming weeks by Holt's linear smoothing of the weekly counts of the last complete weeks (method and parameters returned with the figures; see docs/analytics.md).",
    input: z.strictObject({
      weeks: z.int('invalid_number').min(1, 'not_positive').max(26, 'too_large').default(8),
      history: z.int('invalid_number').min(8, 'too_small').max(156, 'too_large').default(52),
    }),
    output: z.object({
      method: z.literal('holt_linear'),
      alpha: z.number(),
      beta: z.number(),
      weeks: z.array(z.string()),
      history: z.array(z.object({ week: z.string(), count: z.int() })),
      intake: z.array(z.number()),
      parts: z.array(z.object({ key: z.string(), name: z.string(), used: z.number(), forecast: z.array(z.number()), total: z.number() })),
    }),
  },
  'analytics.periodReport': {
    summary: 'Issue the period report on the volume and timing of after-sales work (managers only) in a language; the same figures give the same document.',
    input: PeriodReportInput,
    output: IssuedDocument,
  },
  'analytics.defectProposal': {
    summary: 'Issue the defect analysis with the systemic defects found and the proposal to production (managers only), with the evidence.',
    input: DefectProposalInput,
    output: IssuedDocument,
  },
  'analytics.reports': {
    summary: 'Every period report and proposal to production issued, newest first.',
    input: z.strictObject({}),
    output: z.array(IssuedDocument),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
