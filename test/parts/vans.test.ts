import { describe, expect, it } from 'vitest';
import { openBackend, staffedWorkshop } from '../platform/helpers.js';
import { StockTotals, stockLevels } from '../../shared/parts/stock.js';

describe('a van is a stock location of the one ledger', () => {
  it('the sums per location agree with the ledger: a transfer moves stock, a van consumption takes from the van only', () => {
    const moves = [
      { partId: 'P', kind: 'receipt' as const, quantity: 5 },
      { partId: 'P', kind: 'reservation' as const, quantity: 1, orderId: 'O' },
      { partId: 'P', kind: 'transfer' as const, quantity: 3, toLocationId: 'V' },
      { partId: 'P', kind: 'consumption' as const, quantity: 1, locationId: 'V' },
      { partId: 'P', kind: 'transfer' as const, quantity: 0.5, locationId: 'V' },
    ];
    const totals = new StockTotals(moves);
    expect(stockLevels(moves).get('P')).toEqual({ onHand: 4, reserved: 1, available: 1.5 });
    expect([totals.onHandAt('P'), totals.onHandAt('P', 'V')]).toEqual([2.5, 1.5]);
  });

  it('loads a van from free workshop stock only, takes it back, and counts a van on its own', async () => {
    const t = await openBackend();
    const { manager, technician, clerk } = await staffedWorkshop(t);
    const van = await manager.ok('parts.locations.save', { name: 'Van 1', technicianId: technician.id });
    expect(await clerk.call('parts.locations.save', { name: 'Van 2' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await manager.call('parts.locations.save', { name: 'van 1' })).toMatchObject({ ok: false, error: { fields: { name: 'duplicate' } } });
    expect(await manager.call('parts.locations.save', { name: 'Van 2', technicianId: technician.id })).toMatchObject({ ok: false, error: { fields: { technicianId: 'duplicate' } } });
    const belt = await manager.ok('parts.save', { sku: 'BELT-1', name: 'Drive belt', unit: 'pcs', cost: 500, price: 900 });
    await manager.ok('parts.receive', { partId: belt.id, quantity: 3 });
    expect(await technician.call('parts.transfer', { partId: belt.id, quantity: 4, toLocationId: van.id })).toMatchObject({ ok: false, error: { fields: { quantity: 'not_enough_stock' } } });
    expect(await technician.call('parts.transfer', { partId: belt.id, quantity: 1 })).toMatchObject({ ok: false, error: { fields: { toLocationId: 'same_location' } } });
    expect(await technician.ok('parts.transfer', { partId: belt.id, quantity: 2, toLocationId: van.id })).toEqual({ partId: belt.id, workshop: 1, to: 2 });
    expect(await technician.call('parts.transfer', { partId: belt.id, quantity: 3, fromLocationId: van.id })).toMatchObject({ ok: false, error: { fields: { quantity: 'not_enough_stock' } } });
    const [row] = await clerk.ok('parts.locations.list', {});
    expect(row).toMatchObject({ name: 'Van 1', technicianName: 'Алексей Смирнов', parts: 1, valueAtCost: 1000 });
    await manager.ok('parts.adjust', { partId: belt.id, counted: 1, reason: 'Count of the van', locationId: van.id });
    expect(await clerk.ok('parts.locations.stock', { locationId: van.id })).toMatchObject([{ sku: 'BELT-1', onHand: 1, workshopAvailable: 1 }]);
    const [part] = await clerk.ok('parts.list', { query: 'BELT-1' });
    expect(part.stock).toEqual({ onHand: 2, reserved: 0, available: 1 });
    const ledger = await clerk.ok('parts.ledger', { partId: belt.id });
    expect(ledger.moves.map((m) => [m.kind, m.quantity, m.locationId === van.id, m.toLocationId === van.id])).toEqual([
      ['adjustment', -1, true, false],
      ['transfer', 2, false, true],
      ['receipt', 3, false, false],
    ]);
  });
});
