import type { Handlers } from '../platform/ipc/handlers.js';
import type { ServiceContext } from '../platform/context.js';
import { calendar } from './calendar.js';
import { closeVisit, visitToOrder } from './visitClose.js';
import { cardOf, getVisit, viewOf } from './visitViews.js';
import { cancelVisit, rescheduleVisit, saveVisit } from './visits.js';

type VisitChannels = 'visits.calendar' | 'visits.list' | 'visits.get' | 'visits.save' | 'visits.reschedule' | 'visits.close' | 'visits.toOrder' | 'visits.cancel';

export function visitHandlers(ctx: ServiceContext): Pick<Handlers, VisitChannels> {
  const { store } = ctx;
  return {
    'visits.calendar': (input) => calendar(ctx, input),
    'visits.list': ({ customerId, deviceId, contractId, state, limit }) =>
      [...store.visits.all()]
        .reverse()
        .filter((v) => (!customerId || v.customerId === customerId) && (!deviceId || v.deviceIds.includes(deviceId)) && (!contractId || v.contractId === contractId) && (!state || v.state === state))
        .slice(0, limit)
        .map((v) => cardOf(ctx, v)),
    'visits.get': ({ id }) => viewOf(ctx, getVisit(ctx, id)),
    'visits.save': (input, caller) => saveVisit(ctx, caller, input),
    'visits.reschedule': (input, caller) => rescheduleVisit(ctx, caller, input),
    'visits.close': (input, caller) => closeVisit(ctx, caller, input),
    'visits.toOrder': (input, caller) => visitToOrder(ctx, caller, input),
    'visits.cancel': (input, caller) => cancelVisit(ctx, caller, input),
  };
}
