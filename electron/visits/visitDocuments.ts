import { createHash } from 'node:crypto';
import { DomainError } from '../../shared/platform/result.js';
import { KINDS_WITH_ACT } from '../../shared/visits/schemas.js';
import { dayOf } from '../../shared/visits/slots.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { renderRouteSheet, renderVisitAct } from '../platform/workers/pdf.js';
import { issueGathered } from '../documents/index.js';
import { currentSettings, letterheadProfile } from '../settings/index.js';
import { warrantyOf } from '../warranty/index.js';
import { workshopProfile } from '../rules/index.js';
import { vanOf } from '../parts/index.js';
import { phoneCountry } from '../customers/index.js';
import { displayPhone } from '../../shared/customers/index.js';
import { cardOf, getVisit, takesTime, unitLabel, viewOf, visitsOn } from './visitViews.js';

/** The route sheet of a technician's day and the acts of installations and commissionings. */
export function visitDocumentHandlers(ctx: ServiceContext): Pick<Handlers, 'visits.routeSheet' | 'visits.act'> {
  const { store } = ctx;
  return {
    'visits.routeSheet': ({ technicianId, date, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const technician = store.staff.get(technicianId);
        if (!technician) throw new DomainError('not_found', 'No such staff member.', { technicianId: 'not_found' });
        const visits = visitsOn(ctx, date)
          .filter((v) => takesTime(v) && v.kind !== 'counter' && v.technicianIds.includes(technicianId) && dayOf(v.start) === date)
          .toSorted((a, b) => a.start.localeCompare(b.start));
        const stops = visits.map((v) => {
          const card = cardOf(ctx, v);
          return { number: v.number, kind: v.kind, start: v.start, end: v.end, travelMinutes: v.travelMinutes, customerName: card.customerName, phone: displayPhone(card.phone, phoneCountry(ctx)), address: v.address, units: card.units, bring: v.bring, notes: v.notes };
        });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const data = { workshop: letterheadProfile(ctx, settings), currency: settings.currency, technician: technician.name, van: vanOf(ctx, technicianId)?.name, date, issuedBy: caller.name, stops };
        // The same day with the same visits is the same sheet; a changed day (a visit moved in or out) is a new one.
        const fingerprint = `${technicianId}:${date}:${createHash('sha256').update(JSON.stringify(stops)).digest('hex').slice(0, 16)}`;
        return {
          kind: 'route_sheet',
          actorId: caller.id,
          language: lang,
          staffId: technicianId,
          fingerprint,
          render: (number, issuedAt) => renderRouteSheet({ documentNumber: number, issuedAt, ...data }, lang, { paperSize: settings.paperSize }),
        };
      }),

    'visits.act': ({ visitId, kind, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const visit = getVisit(ctx, visitId, 'visitId');
        if (!KINDS_WITH_ACT.includes(visit.kind)) throw new DomainError('validation', 'Only an installation or a commissioning has an act.', { visitId: 'not_allowed' });
        if (visit.state !== 'done') throw new DomainError('conflict', 'The visit is not done yet.', { visitId: 'not_completed' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const profile = workshopProfile(ctx);
        const warranty = visit.deviceIds.flatMap((id) => {
          const device = store.devices.get(id);
          if (!device) return [];
          const answer = warrantyOf(ctx, device, profile);
          return [{ unit: unitLabel(device), steps: answer.steps, end: answer.end }];
        });
        const data = { workshop: letterheadProfile(ctx, settings), currency: settings.currency, view: viewOf(ctx, visit), phone: displayPhone(visit.phone ?? store.customers.get(visit.customerId)?.phones[0] ?? '', phoneCountry(ctx)), warranty, rule: profile.sources.warrantyFromInstallation };
        return {
          kind: kind === 'installation' ? 'installation_act' : 'commissioning_act',
          actorId: caller.id,
          language: lang,
          visitId: visit.id,
          render: (number, issuedAt) => renderVisitAct({ documentNumber: number, issuedAt, ...data }, kind, lang, { paperSize: settings.paperSize }),
        };
      }),
  };
}
