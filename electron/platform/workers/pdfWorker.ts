import { renderClaimLetter } from '../../claims/index.js';
import { renderCompletionAct } from '../../orders/index.js';
import { renderConditionAct } from '../../orders/index.js';
import { renderDeviceLabels } from '../../orders/index.js';
import { renderIntakeAct } from '../../orders/index.js';
import { renderLoanAct } from '../../loans/index.js';
import { renderDefectProposal, renderPeriodReport } from '../../analytics/index.js';
import { renderRequisition } from '../../parts/index.js';
import { renderSaleReceipt } from '../../parts/index.js';
import { renderStatement } from '../../parts/index.js';
import { renderVoidNotice } from '../../warranty/index.js';
import { renderWarrantyCertificate } from '../../warranty/index.js';
import { renderWaybill } from '../../shipments/index.js';
import { renderCashReport, renderCreditNote, renderInvoice } from '../../payments/index.js';
import { renderRouteSheet, renderVisitAct } from '../../visits/index.js';
import { serve } from './serve.js';

/** The PDF worker (bundled as out/main/pdfWorker.mjs): every document renderer, by name. */
const PDF_TASKS = {
  renderClaimLetter,
  renderCompletionAct,
  renderConditionAct,
  renderDeviceLabels,
  renderIntakeAct,
  renderLoanAct,
  renderDefectProposal,
  renderPeriodReport,
  renderRequisition,
  renderSaleReceipt,
  renderStatement,
  renderVoidNotice,
  renderWarrantyCertificate,
  renderWaybill,
  renderInvoice,
  renderCreditNote,
  renderCashReport,
  renderRouteSheet,
  renderVisitAct,
};
export type PdfTasks = typeof PDF_TASKS;

serve(PDF_TASKS);
