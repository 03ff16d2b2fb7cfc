import type { ChannelName } from '../channels.js';

/**
 * The channels that change no record, so that no audit entry ever names them: they read, or write only files that
 * are not records (a PDF of a list, an export, a backup, the wrong-PIN counts, the repair notices). Every other
 * channel writes entries and has its phrase under `audit.actions.<channel>` in every language
 * (test/data/auditPhrases.test.ts); a new channel is a writing one until it is listed here.
 */
export const UNAUDITED_CHANNELS = [
  'app.info',
  'app.acknowledgeRecovery',
  'session.signIn',
  'session.current',
  'session.signOut',
  'staff.list',
  'customers.search',
  'customers.get',
  'devices.find',
  'orders.get',
  'orders.list',
  'orders.find',
  'orders.dashboard',
  'documents.forDevice',
  'documents.forOrder',
  'documents.content',
  'documents.print',
  'settings.get',
  'settings.setup',
  'rules.get',
  'warranty.check',
  'warranty.expiring',
  'registry.models.list',
  'registry.preview',
  'loans.loaners.list',
  'loans.list',
  'loans.forOrder',
  'parts.counterparties.list',
  'parts.list',
  'parts.ledger',
  'parts.returnsSummary',
  'parts.forOrder',
  'parts.waiting',
  'parts.arrived',
  'parts.requisitions.list',
  'parts.requisitions.get',
  'parts.requisitions.pdf',
  'parts.requisitions.csv',
  'parts.labour.list',
  'parts.costs.order',
  'parts.costs.warranty',
  'parts.costs.warrantyCsv',
  'parts.costs.statement',
  'parts.costs.statementPdf',
  'parts.costs.statementCsv',
  'parts.sales.list',
  'parts.sales.receiptPdf',
  'claims.list',
  'claims.get',
  'claims.counterparty.list',
  'claims.examinations.list',
  'defects.list',
  'analytics.report',
  'analytics.export',
  'analytics.alerts',
  'analytics.forecast',
  'analytics.reports',
  'shipments.list',
  'data.backups.list',
  'data.backups.create',
  'data.backups.places',
  'data.audit.list',
  'data.audit.verify',
  'data.export',
  'payments.of',
  'payments.cashDay',
  'payments.cashDays',
  'reports.money',
  'reports.export',
  'network.status',
  'history.preview',
  'notifications.settings',
  'notifications.sendTest',
  'notifications.forOrder',
  'notifications.compose',
  'network.configure',
  'network.syncNow',
  'history.imports',
] as const satisfies readonly ChannelName[];

/**
 * Where an entry comes from when no channel of a request wrote it: start-up noting a cut last line of the log
 * (`startup`), a reason given outside a request (`internal`), and changes the application makes by itself (no
 * channel at all: `system`), and changes received from another service point of the network (`replication`, with
 * the site's code as the entry's note: electron/network/).
 */
export const AUDIT_SOURCES = ['startup', 'internal', 'system', 'replication'] as const;

