import { DomainError } from '../../shared/platform/result.js';
import { renderLoanAct } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { issueGathered } from '../documents/index.js';
import { currentSettings, letterheadProfile } from '../settings/index.js';
import { loanView } from './loans.js';

/** The acts of a loaner: handed to the customer, and taken back. */
export function loanDocumentHandlers(ctx: ServiceContext): Pick<Handlers, 'loans.act'> {
  const { store } = ctx;

  return {
    'loans.act': ({ loanId, kind, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const loan = store.loans.get(loanId);
        if (!loan) throw new DomainError('not_found', 'No such loan.', { loanId: 'not_found' });
        if (kind === 'return' && !loan.returnedAt) throw new DomainError('conflict', 'The loaner has not come back yet.', { kind: 'not_returned' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const data = { workshop: letterheadProfile(ctx, settings), currency: settings.currency, loan: loanView(ctx, loan) };
        return {
          kind: kind === 'issue' ? 'loan_issue_act' : 'loan_return_act',
          actorId: caller.id,
          language: lang,
          orderId: loan.orderId,
          loanId: loan.id,
          render: (number, issuedAt) => renderLoanAct({ documentNumber: number, issuedAt, ...data }, kind, lang, { paperSize: settings.paperSize }),
        };
      }),
  };
}
