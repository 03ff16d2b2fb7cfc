import type { Handlers } from './platform/ipc/handlers.js';
import { appHandlers } from './app/app.js';
import type { ServiceContext } from './platform/context.js';
import { customerHandlers } from './customers/customers.js';
import { demoHandlers } from './app/demo.js';
import { deviceHandlers } from './devices/devices.js';
import { documentHandlers } from './documents/documents.js';
import { orderDocumentHandlers } from './orders/orderDocuments.js';
import { shipmentHandlers } from './shipments/shipments.js';
import { workshopLogoHandlers } from './settings/workshopLogo.js';
import { orderQueryHandlers } from './orders/orderQueries.js';
import { orderHandlers } from './orders/orders.js';
import { settingsHandlers } from './settings/settings.js';
import { staffHandlers } from './staff/staff.js';
import { warrantyHandlers } from './warranty/warranty.js';
import { registryHandlers } from './registry/registry.js';
import { modelHandlers } from './registry/models.js';
import { loanHandlers } from './loans/loans.js';
import { backupHandlers } from './data/backups.js';
import { auditHandlers } from './data/audit.js';
import { partServiceHandlers } from './parts/partServices.js';
import { claimHandlers } from './claims/claims.js';
import { claimDocumentHandlers } from './claims/claimDocuments.js';
import { defectHandlers } from './defects/defects.js';
import { analyticsHandlers } from './analytics/analytics.js';
import { reportDocumentHandlers } from './analytics/reportDocuments.js';
import { forecastHandlers } from './analytics/forecast.js';
import { satisfactionHandlers } from './orders/satisfaction.js';
import { counterpartyClaimHandlers } from './claims/counterpartyClaims.js';

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
    ...registryHandlers(ctx),
    ...modelHandlers(ctx),
    ...loanHandlers(ctx),
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
  };
}
