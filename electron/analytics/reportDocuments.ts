import { createHash } from 'node:crypto';
import { DomainError } from '../../shared/platform/result.js';
import type { AnalyticsReport } from '../../shared/analytics/analytics.js';
import { renderDefectProposal, renderPeriodReport } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { analyticsReport, currentAlerts, tableNames } from './analytics.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { letterheadProfile } from '../settings/index.js';
import { issueGathered } from '../documents/index.js';
import { currentSettings } from '../settings/index.js';

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const wholeDays = (days: number | null) => (days === null ? null : Math.round(days));

/**
 * The figures that tell a changed report from a reprint: the time open orders have spent in their status grows by
 * the minute ("until now"), so it counts in whole days; a reprint the same day is the same document.
 */
function figures(report: AnalyticsReport): AnalyticsReport {
  return { ...report, timeInStatus: report.timeInStatus.map((s) => ({ ...s, median: wholeDays(s.median), p90: wholeDays(s.p90), mean: wholeDays(s.mean) })) };
}

/**
 * The period report and the proposal to production, issued like every document: numbered, stored, reprinted
 * unchanged while the figures are the same (a fingerprint of the figures tells a changed report from a reprint).
 */
export function reportDocumentHandlers(ctx: ServiceContext): Pick<Handlers, 'analytics.periodReport' | 'analytics.defectProposal' | 'analytics.reports'> {
  return {
    'analytics.reports': async () =>
      [...(await ctx.store.documents()).all()].filter((d) => d.kind === 'period_report' || d.kind === 'defect_proposal').reverse(),

    'analytics.periodReport': ({ from, to, bucket, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller, 'analytics.manage');
        if (from > to) throw new DomainError('validation', 'The period ends before it starts.', { to: 'before_from' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const report = analyticsReport(ctx, from, to, bucket);
        const tables = tableNames(ctx, lang);
        return {
          kind: 'period_report',
          actorId: caller.id,
          language: lang,
          fingerprint: `${from}:${to}:${bucket}:${fingerprint(figures(report))}`,
          render: (number, issuedAt) =>
            renderPeriodReport(
              { documentNumber: number, issuedAt, workshop: letterheadProfile(ctx, settings), currency: settings.currency, report, tables },
              lang,
              { paperSize: settings.paperSize },
            ),
        };
      }),

    'analytics.defectProposal': ({ language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller, 'analytics.manage');
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const { report, alerts, thresholds } = currentAlerts(ctx);
        const tables = tableNames(ctx, lang);
        return {
          kind: 'defect_proposal',
          actorId: caller.id,
          language: lang,
          fingerprint: `${report.from}:${report.to}:${fingerprint({ report: figures(report), alerts, thresholds })}`,
          render: (number, issuedAt) =>
            renderDefectProposal(
              {
                documentNumber: number,
                issuedAt,
                workshop: letterheadProfile(ctx, settings),
                currency: settings.currency,
                report,
                alerts,
                thresholds,
                tables,
              },
              lang,
              { paperSize: settings.paperSize },
            ),
        };
      }),
  };
}
