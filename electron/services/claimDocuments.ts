import { DomainError } from '../../shared/result.js';
import { renderClaimLetter } from '../workers/pdf.js';
import type { Handlers } from '../ipc/handlers.js';
import { getClaim, claimView } from './claims.js';
import { type ServiceContext, requireActor } from './context.js';
import { letterheadProfile } from './workshopLogo.js';
import { issueGathered } from './documents.js';
import { workshopProfile } from './rules.js';
import { currentSettings } from './settings.js';

/** The response letter to a decided consumer claim: one number per claim, one stored PDF per language. */
export function claimDocumentHandlers(ctx: ServiceContext): Pick<Handlers, 'documents.claimResponse'> {
  return {
    'documents.claimResponse': ({ actorId, claimId, language }) =>
      issueGathered(ctx, () => {
        requireActor(ctx, actorId);
        const claim = getClaim(ctx, claimId);
        if (!claim.decision) throw new DomainError('conflict', `Claim ${claim.number} has no decision yet.`, { claimId: 'not_decided' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const profile = workshopProfile(ctx);
        const view = claimView(ctx, claim, profile);
        return {
          kind: 'claim_response',
          actorId,
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
