import { createHash } from 'node:crypto';
import { DomainError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import { renderCompletionAct, renderConditionAct, renderDeviceLabels, renderIntakeAct } from '../platform/workers/pdf.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { issueGathered } from '../documents/index.js';
import { getOrder, orderView } from './orderViews.js';
import { INTAKE_FIELDS, type OrderView } from '../../shared/orders/schemas.js';
import type { Correction } from '../../shared/platform/corrections.js';
import { workshopProfile } from '../rules/index.js';
import { currentSettings } from '../settings/index.js';
import { letterheadProfile } from '../settings/index.js';
import { getDevice, warrantyOf } from '../warranty/index.js';
import { orderMoney } from '../payments/index.js';

/** Statuses at which the work is finished and a completion act can be issued. */
const COMPLETED = ['ready', 'issued', 'unrepairable'];

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** The facts of the order, its customer and its unit that the intake act prints and a correction may change. */
const PRINTED = {
  customer: ['name', 'phones', 'email', 'address'],
  device: ['category', 'brand', 'model', 'serial', 'imei', 'purchaseDate', 'seller', 'purchaseDocument'],
  order: INTAKE_FIELDS,
} as const;

/**
 * What an intake act states that a correction may change: none for an order whose printed facts were never
 * corrected (acts issued before corrections existed have no fingerprint either), else a hash of those facts.
 */
function intakeActFingerprint({ order, customer, device }: OrderView): string | undefined {
  const since = (corrections: readonly Correction[] | undefined, fields: readonly string[]) =>
    (corrections ?? []).some((c) => c.at >= order.receivedAt && fields.includes(c.field));
  const corrected = since(order.corrections, PRINTED.order) || since(customer.corrections, PRINTED.customer) || since(device.corrections, PRINTED.device);
  if (!corrected) return undefined;
  const pick = (record: object, fields: readonly string[]) => fields.map((f) => (record as Record<string, unknown>)[f] ?? null);
  return hashOf([pick(order.intake, PRINTED.order), pick(customer, PRINTED.customer), pick(device, PRINTED.device)]);
}

type Channels = 'orders.intakeAct' | 'orders.completionAct' | 'orders.conditionAct' | 'orders.labels';

/** The documents of an order: intake act, work completion act, technical condition act, device labels. */
export function orderDocumentHandlers(ctx: ServiceContext): Pick<Handlers, Channels> {
  const { store } = ctx;
  const staffNames = () => Object.fromEntries(store.staff.all().map((s) => [s.id, s.name]));

  /** The order a document is about, its unit, the settings and the document language. */
  const subject = (orderId: string, language: Language | undefined) => {
    const order = getOrder(ctx, orderId);
    const settings = currentSettings(ctx);
    return { order, settings, lang: language ?? settings.documentLanguage, device: getDevice(ctx, order.deviceId) };
  };

  return {
    'orders.intakeAct': ({ orderId, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const order = getOrder(ctx, orderId);
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        const view = orderView(ctx, order);
        const data = {
          view,
          workshop: letterheadProfile(ctx, settings),
          currency: settings.currency,
          terms: settings.intakeTerms[lang],
          storage: settings.storageTerms?.[lang],
          dataLoss: settings.dataLossTerms?.[lang],
          staffNames: staffNames(),
          staffRoles: Object.fromEntries(store.staff.all().map((s) => [s.id, s.role])),
        };
        return {
          kind: 'intake_act',
          actorId: caller.id,
          language: lang,
          orderId: order.id,
          // What the act states stays as issued; a correction of it makes a new version with the same number.
          revisable: true,
          fingerprint: intakeActFingerprint(view),
          render: (number, issuedAt, version) =>
            renderIntakeAct({ documentNumber: number, issuedAt, correctedAt: version?.correctedAt, ...data }, lang, { paperSize: settings.paperSize }),
        };
      }),

    'orders.completionAct': ({ orderId, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const { order, settings, lang, device } = subject(orderId, language);
        if (!COMPLETED.includes(order.status)) {
          throw new DomainError('conflict', 'A completion act is issued once the work is finished (ready, handed back or unrepairable).', { orderId: 'not_completed' });
        }
        const data = {
          workshop: letterheadProfile(ctx, settings),
          currency: settings.currency,
          view: orderView(ctx, order),
          staffNames: staffNames(),
          warranty: warrantyOf(ctx, device),
          profile: workshopProfile(ctx),
          money: orderMoney(ctx, order),
        };
        return {
          kind: 'completion_act',
          actorId: caller.id,
          language: lang,
          orderId: order.id,
          // A hand-back, changed lines or a new customer approval after an act was printed make a new act; the same state reprints the same one.
          fingerprint: hashOf([order.handedBackAt, order.outcome, order.workLines, order.partLines, order.intake.warrantyBasis, data.money.rate, data.money.payments.map((p) => p.id), ...(order.approvals?.length ? [order.approvals.length] : [])]),
          render: (number, issuedAt) => renderCompletionAct({ documentNumber: number, issuedAt, ...data }, lang, { paperSize: settings.paperSize }),
        };
      }),

    'orders.conditionAct': ({ orderId, language, findings }, caller) =>
      issueGathered(ctx, () => {
        // The act states an expert's findings and is signed by the one who examined the unit.
        const actor = requireRole(ctx, caller, 'orders.conditionAct');
        const { order, settings, lang, device } = subject(orderId, language);
        const data = {
          workshop: letterheadProfile(ctx, settings),
          currency: settings.currency,
          view: orderView(ctx, order),
          findings,
          examinedBy: actor.name,
          warranty: warrantyOf(ctx, device),
        };
        return {
          kind: 'condition_act',
          actorId: caller.id,
          language: lang,
          orderId: order.id,
          fingerprint: hashOf(findings),
          render: (number, issuedAt) => renderConditionAct({ documentNumber: number, issuedAt, ...data }, lang, { paperSize: settings.paperSize }),
        };
      }),

    'orders.labels': ({ orderIds, language }, caller) =>
      issueGathered(ctx, () => {
        requireRole(ctx, caller);
        const unique = [...new Set(orderIds)];
        const views = unique.map((id) => {
          const order = store.orders.get(id);
          if (!order) throw new DomainError('not_found', 'No such order.', { [`orderIds.${orderIds.indexOf(id)}`]: 'not_found' });
          return orderView(ctx, order);
        });
        const settings = currentSettings(ctx);
        const lang = language ?? settings.documentLanguage;
        return {
          kind: 'device_label',
          actorId: caller.id,
          language: lang,
          orderId: unique.length === 1 ? unique[0] : undefined,
          orderIds: unique,
          fingerprint: unique.join(','),
          render: (_number, issuedAt) => renderDeviceLabels({ issuedAt, views, dates: { formatEn: settings.dateFormatEn, timeZone: settings.timeZone }, workshop: settings.workshop.legalName || settings.workshop.name }, lang),
        };
      }),
  };
}
