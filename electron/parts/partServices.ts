import type { ServiceContext } from '../platform/context.js';
import { counterpartyHandlers } from './counterparties.js';
import { orderPartHandlers } from './orderParts.js';
import { partHandlers } from './parts.js';
import { requisitionHandlers } from './requisitions.js';
import { labourHandlers } from './labour.js';
import { costHandlers } from './costs.js';
import { saleHandlers } from './sales.js';
import { locationHandlers } from './locations.js';

/** The parts side of the workshop: counterparties, catalogue and stock ledger, parts of orders. */
export function partServiceHandlers(ctx: ServiceContext) {
  return {
    ...counterpartyHandlers(ctx),
    ...partHandlers(ctx),
    ...orderPartHandlers(ctx),
    ...requisitionHandlers(ctx),
    ...labourHandlers(ctx),
    ...costHandlers(ctx),
    ...saleHandlers(ctx),
    ...locationHandlers(ctx),
  };
}
