import type { Handlers } from './platform/ipc/handlers.js';
import { appHandlers } from './app/app.js';
import type { ServiceContext } from './platform/context.js';
import { customerHandlers } from './customers/index.js';
import { demoHandlers } from './app/demo.js';
import { deviceHandlers } from './devices/index.js';
import { documentHandlers } from './documents/index.js';
import { orderDocumentHandlers } from './orders/index.js';
import { shipmentHandlers } from './shipments/index.js';
import { workshopLogoHandlers } from './settings/index.js';
import { orderQueryHandlers } from './orders/index.js';
import { orderHandlers } from './orders/index.js';
import { settingsHandlers } from './settings/index.js';
import { staffHandlers } from './staff/index.js';
import { warrantyDocumentHandlers, warrantyHandlers } from './warranty/index.js';
import { registryHandlers } from './registry/index.js';
import { modelHandlers } from './registry/index.js';
import { loanDocumentHandlers, loanHandlers } from './loans/index.js';
import { backupHandlers } from './data/index.js';
import { auditHandlers } from './data/index.js';
import { partServiceHandlers } from './parts/index.js';
import { claimHandlers } from './claims/index.js';
import { claimDocumentHandlers } from './claims/index.js';
import { defectHandlers } from './defects/index.js';
import { analyticsHandlers } from './analytics/index.js';
import { reportDocumentHandlers } from './analytics/index.js';
import { forecastHandlers } from './analytics/index.js';
import { satisfactionHandlers } from './orders/index.js';
import { approvalHandlers } from './orders/index.js';
import { counterpartyClaimHandlers } from './claims/index.js';
import { historyHandlers } from './history/index.js';
import { networkHandlers } from './network/index.js';
import { cashBookHandlers, paymentDocumentHandlers, paymentHandlers } from './payments/index.js';
import { reportHandlers } from './reports/index.js';
import { notificationHandlers } from './notifications/index.js';
import { visitDocumentHandlers, visitHandlers, visitReminderHandlers } from './visits/index.js';
import { contractHandlers } from './contracts/index.js';

/** Wires every domain's handlers into the one map that register() serves. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...demoHandlers(ctx),
    ...staffHandlers(ctx),
    ...customerHandlers(ctx),
    ...deviceHandlers(ctx),
    ...orderHandlers(ctx),
    ...orderQueryHandlers(ctx),
    ...settingsHandlers(ctx),
    ...documentHandlers(ctx),
    ...orderDocumentHandlers(ctx),
    ...shipmentHandlers(ctx),
    ...workshopLogoHandlers(ctx),
    ...warrantyHandlers(ctx),
    ...warrantyDocumentHandlers(ctx),
    ...registryHandlers(ctx),
    ...historyHandlers(ctx),
    ...modelHandlers(ctx),
    ...loanHandlers(ctx),
    ...loanDocumentHandlers(ctx),
    ...backupHandlers(ctx),
    ...auditHandlers(ctx),
    ...partServiceHandlers(ctx),
    ...claimHandlers(ctx),
    ...claimDocumentHandlers(ctx),
    ...defectHandlers(ctx),
    ...analyticsHandlers(ctx),
    ...reportDocumentHandlers(ctx),
    ...forecastHandlers(ctx),
    ...satisfactionHandlers(ctx),
    ...counterpartyClaimHandlers(ctx),
    ...paymentHandlers(ctx),
    ...networkHandlers(ctx),
    ...paymentDocumentHandlers(ctx),
    ...cashBookHandlers(ctx),
    ...approvalHandlers(ctx),
    ...reportHandlers(ctx),
    ...notificationHandlers(ctx),
    ...visitHandlers(ctx),
    ...visitReminderHandlers(ctx),
    ...visitDocumentHandlers(ctx),
    ...contractHandlers(ctx),
  };
}
