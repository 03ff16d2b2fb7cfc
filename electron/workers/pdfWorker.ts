import { renderClaimLetter } from '../documents/claimLetter.js';
import { renderCompletionAct } from '../documents/completionAct.js';
import { renderConditionAct } from '../documents/conditionAct.js';
import { renderDeviceLabels } from '../documents/deviceLabel.js';
import { renderIntakeAct } from '../documents/intakeAct.js';
import { renderLoanAct } from '../documents/loanAct.js';
import { renderDefectProposal, renderPeriodReport } from '../documents/periodReport.js';
import { renderRequisition } from '../documents/requisitionDoc.js';
import { renderSaleReceipt } from '../documents/saleReceipt.js';
import { renderStatement } from '../documents/statementDoc.js';
import { renderVoidNotice } from '../documents/voidNotice.js';
import { renderWarrantyCertificate } from '../documents/warrantyCertificate.js';
import { renderWaybill } from '../documents/waybill.js';
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
};
export type PdfTasks = typeof PDF_TASKS;

serve(PDF_TASKS);
