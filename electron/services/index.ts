import type { Handlers } from '../ipc/handlers.js';
import { appHandlers } from './app.js';
import type { ServiceContext } from './context.js';
import { customerHandlers } from './customers.js';
import { demoHandlers } from './demo.js';
import { deviceHandlers } from './devices.js';
import { documentHandlers } from './documents.js';
import { orderDocumentHandlers } from './orderDocuments.js';
import { shipmentHandlers } from './shipments.js';
import { workshopLogoHandlers } from './workshopLogo.js';
import { orderQueryHandlers } from './orderQueries.js';
import { orderHandlers } from './orders.js';
import { settingsHandlers } from './settings.js';
import { staffHandlers } from './staff.js';
import { warrantyHandlers } from './warranty.js';
import { registryHandlers } from './registry.js';
import { modelHandlers } from './models.js';
import { loanHandlers } from './loans.js';
import { backupHandlers } from './backups.js';
import { auditHandlers } from './audit.js';
import { partServiceHandlers } from './partServices.js';
import { claimHandlers } from './claims.js';
import { claimDocumentHandlers } from './claimDocuments.js';
import { defectHandlers } from './defects.js';
import { analyticsHandlers } from './analytics.js';
import { reportDocumentHandlers } from './reportDocuments.js';
import { forecastHandlers } from './forecast.js';
import { satisfactionHandlers } from './satisfaction.js';
import { counterpartyClaimHandlers } from './counterpartyClaims.js';

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
