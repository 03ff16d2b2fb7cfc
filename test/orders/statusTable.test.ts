import { describe, expect, it } from 'vitest';
import { allowedTransitions, canTransition, handBackOutcomes, isOpen, ORDER_STATUSES, OUTCOMES, type OrderStatus } from '../../shared/orders/status.js';

/**
 * The status table itself (DOMAIN.md, "Statuses": received → diagnosing → awaiting approval → awaiting parts → in
 * repair → at external service → ready → issued; side exits cancelled and unrepairable; each allowed transition is
 * explicit). Every row is stated whole, so that a transition added or lost shows here.
 */
describe('the status table', () => {
  const rows: Array<[OrderStatus, OrderStatus[], string]> = [
    ['received', ['diagnosing', 'awaiting_approval', 'cancelled'], 'a received unit is diagnosed, waits for the customer to approve lines above the estimate, or the customer cancels before any work'],
    [
      'diagnosing',
      ['awaiting_approval', 'awaiting_parts', 'in_repair', 'at_external_service', 'ready', 'unrepairable', 'cancelled'],
      'a diagnosis leads anywhere in the repair, to "unrepairable", or to a cancellation',
    ],
    ['awaiting_approval', ['diagnosing', 'awaiting_parts', 'in_repair', 'at_external_service', 'ready', 'cancelled'], 'an estimate is approved (back to where the work stood) or refused (cancelled)'],
    ['awaiting_parts', ['awaiting_approval', 'in_repair', 'at_external_service', 'cancelled'], 'lines above the estimate wait for approval, parts arrive for the repair, the unit goes out, or the customer cancels while waiting'],
    ['in_repair', ['awaiting_approval', 'awaiting_parts', 'at_external_service', 'ready', 'unrepairable'], 'a repair waits for the customer to approve more, for parts, goes out, is finished or turns out unrepairable'],
    ['at_external_service', ['awaiting_approval', 'in_repair', 'ready', 'unrepairable'], 'an external service centre costs more than approved, sends the unit back for repair, ready, or unrepairable'],
    ['ready', ['issued', 'in_repair', 'awaiting_approval'], 'a ready unit is handed back, goes back into repair, or its lines went above what the customer agreed to'],
    ['cancelled', ['issued'], 'a cancelled order ends with the unit handed back'],
    ['unrepairable', ['issued'], 'an unrepairable unit is handed back (or replaced, or refunded) at hand-back'],
    ['issued', [], 'a handed-back order has no further transitions'],
  ];

  it.each(rows)('from %s: %j (%s)', (from, to) => {
    expect(allowedTransitions(from)).toEqual(to);
    for (const status of ORDER_STATUSES) expect(canTransition(from, status), `${from} → ${status}`).toBe(to.includes(status));
  });

  it('the table has a row for every status and nothing else', () => {
    expect(rows.map(([from]) => from).sort()).toEqual([...ORDER_STATUSES].sort());
  });

  it('a ready repair cannot be cancelled: the customer refuses it at hand-back instead', () => {
    expect(canTransition('ready', 'cancelled')).toBe(false);
    expect(handBackOutcomes('ready')).toContain('refused');
  });

  it('a repair found unrepairable goes to "unrepairable" from the repair itself, not only from diagnosis', () => {
    expect(canTransition('in_repair', 'unrepairable')).toBe(true);
    expect(canTransition('at_external_service', 'unrepairable')).toBe(true);
    expect(canTransition('received', 'unrepairable')).toBe(false);
  });

  it('no status leads back to "received", and nothing skips the hand-back: only issued ends an order', () => {
    for (const from of ORDER_STATUSES) expect(canTransition(from, 'received'), from).toBe(false);
    expect(ORDER_STATUSES.filter((s) => !isOpen(s))).toEqual(['issued']);
  });
});

describe('outcomes at hand-back', () => {
  it('a ready unit is handed back repaired, replaced, refunded, or refused by the customer', () => {
    expect(handBackOutcomes('ready')).toEqual(['repaired', 'replaced', 'refunded', 'refused']);
  });

  it('an unrepairable unit is handed back as unrepairable, or replaced or refunded, never "repaired"', () => {
    expect(handBackOutcomes('unrepairable')).toEqual(['unrepairable', 'replaced', 'refunded']);
  });

  it('a cancelled order is handed back only as "refused"', () => {
    expect(handBackOutcomes('cancelled')).toEqual(['refused']);
  });

  it('no other status hands a unit back', () => {
    for (const status of ORDER_STATUSES.filter((s) => !['ready', 'unrepairable', 'cancelled'].includes(s))) {
      expect(handBackOutcomes(status), status).toEqual([]);
    }
  });

  it('every outcome is reachable from some status', () => {
    const reachable = new Set(ORDER_STATUSES.flatMap((s) => handBackOutcomes(s)));
    expect([...OUTCOMES].filter((o) => !reachable.has(o))).toEqual([]);
  });
});
