import { DomainError } from '../../shared/platform/result.js';
import { renderVoidNotice, renderWarrantyCertificate } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { issueGathered } from '../documents/index.js';
import { getOrder } from '../orders/index.js';
import { workshopProfile } from '../rules/index.js';
import { currentSettings, letterheadProfile } from '../settings/index.js';
import { getDevice, warrantyOf } from './warranty.js';

/** The documents of a unit's warranty: the warranty certificate (of a sale or a repair) and the notice that voids it. */
export function warrantyDocumentHandlers(ctx: ServiceContext): Pick<Handlers, 'warranty.certificate' | 'warranty.voidNotice'> {
  const { store } = ctx;
  const staffName = (id: string) => store.staff.get(id)?.name ?? '';

  return {
    'warranty.certificate': ({ deviceId, orderId, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const device = getDevice(ctx, deviceId);
        const owner = store.customers.get(device.ownerId)!;
        const repair = orderId ? getOrder(ctx, orderId) : undefined;
        if (repair && repair.deviceId !== device.id) throw new DomainError('validation', 'The order is not of this device.', { orderId: 'other_device' });
        if (repair && repair.status !== 'issued') throw new DomainError('conflict', 'A repair certificate is issued at hand-back.', { orderId: 'not_handed_back' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const warranty = warrantyOf(ctx, device);
        const data = { workshop: letterheadProfile(ctx, settings), currency: settings.currency, device, owner, warranty, repair, profile: workshopProfile(ctx) };
        return {
          kind: 'warranty_certificate',
          actorId: caller.id,
          language: lang,
          deviceId: device.id,
          orderId: repair?.id,
          fingerprint: repair ? undefined : `${warranty.start ?? ''}:${warranty.end ?? ''}:${device.extendedUntil ?? ''}`,
          render: (number, issuedAt) => renderWarrantyCertificate({ documentNumber: number, issuedAt, ...data }, lang, { paperSize: settings.paperSize }),
        };
      }),

    'warranty.voidNotice': ({ deviceId, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const device = getDevice(ctx, deviceId);
        const voided = device.voided;
        if (!voided) throw new DomainError('conflict', 'The warranty of this unit is not void.', { deviceId: 'not_void' });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const data = {
          workshop: letterheadProfile(ctx, settings),
          currency: settings.currency,
          device: { ...device, voided },
          owner: store.customers.get(device.ownerId)!,
          decidedBy: staffName(voided.by),
        };
        return {
          kind: 'void_notice',
          actorId: caller.id,
          language: lang,
          deviceId: device.id,
          fingerprint: voided.at,
          render: (number, issuedAt) => renderVoidNotice({ documentNumber: number, issuedAt, ...data }, lang, { paperSize: settings.paperSize }),
        };
      }),
  };
}
