import { DomainError } from '../../../shared/platform/result.js';
import { WorkerLane } from './pool.js';
import type { PdfTasks } from './pdfWorker.js';

/**
 * PDF rendering off the main thread: the same functions as electron/documents/*, each run in the PDF worker, so
 * that a long document never holds up the requests of the others. Services import the renderers from here.
 */
export const PDF_LIMITS = { timeoutMs: 30_000, heapMb: 512 };

const lane = new WorkerLane<PdfTasks>({
  worker: 'pdfWorker',
  limits: PDF_LIMITS,
  // Kept warm for a minute: the fonts and pdfkit load once, not per document.
  idleMs: 60_000,
  stopped: (reason, limits, cause) =>
    new DomainError(
      'internal',
      reason === 'timeout'
        ? `The document took longer than ${limits.timeoutMs / 1000} s to render and was stopped.`
        : reason === 'memory'
          ? `The document needed more than ${limits.heapMb} MB to render and was stopped.`
          : `The document could not be rendered: the renderer stopped (${cause?.message ?? 'closed'}).`,
    ),
});

function offThread<N extends keyof PdfTasks>(task: N): PdfTasks[N] {
  return ((...args: Parameters<PdfTasks[N]>) => lane.run(task, args)) as unknown as PdfTasks[N];
}

export const renderClaimLetter = offThread('renderClaimLetter');
export const renderCompletionAct = offThread('renderCompletionAct');
export const renderConditionAct = offThread('renderConditionAct');
export const renderDeviceLabels = offThread('renderDeviceLabels');
export const renderIntakeAct = offThread('renderIntakeAct');
export const renderLoanAct = offThread('renderLoanAct');
export const renderDefectProposal = offThread('renderDefectProposal');
export const renderPeriodReport = offThread('renderPeriodReport');
export const renderRequisition = offThread('renderRequisition');
export const renderSaleReceipt = offThread('renderSaleReceipt');
export const renderStatement = offThread('renderStatement');
export const renderVoidNotice = offThread('renderVoidNotice');
export const renderWarrantyCertificate = offThread('renderWarrantyCertificate');
export const renderWaybill = offThread('renderWaybill');
export const renderInvoice = offThread('renderInvoice');
export const renderCreditNote = offThread('renderCreditNote');
export const renderCashReport = offThread('renderCashReport');
export const renderRouteSheet = offThread('renderRouteSheet');
export const renderVisitAct = offThread('renderVisitAct');
