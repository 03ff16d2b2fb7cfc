import { DomainError } from '../../shared/platform/result.js';
import { renderClaimLetter } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { getClaim, claimView } from './claims.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { letterheadProfile } from '../settings/index.js';
import { issueGathered } from '../documents/index.js';
import { workshopProfile } from '../rules/index.js';
import { currentSettings } from '../settings/index.js';

/** The response letter to a decided consumer claim: one number per claim, one stored PDF per language. */
export function claimDocumentHandlers(ctx: ServiceContext): Pick<Handlers, 'claims.responseLetter'> {
  return {
    'claims.responseLetter': ({ claimId, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const claim = getClaim(ctx, claimId);
        if (!claim.decision) throw new DomainError('conflict', `Claim ${claim.number} has no decision yet.`, { claimId: 'not_decided' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const profile = workshopProfile(ctx);
        const view = claimView(ctx, claim, profile);
        return {
          kind: 'claim_response',
          actorId: caller.id,
          language: lang,
          orderId: claim.orderId,
          claimId: claim.id,
          render: (number, issuedAt) =>
            renderClaimLetter(
              { documentNumber: number, issuedAt, workshop: letterheadProfile(ctx, settings), currency: settings.currency, view, profile },
              lang,
              { paperSize: settings.paperSize },
            ),
        };
      }),
  };
}
