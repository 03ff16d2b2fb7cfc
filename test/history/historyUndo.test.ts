import { describe, expect, it } from 'vitest';
import { intakeInput, validImei } from '../platform/helpers.js';
import { input, workshop } from './fixtures.js';

/** The records of the store as plain data, to compare before and after. */
const contents = (store: { customers: { all(): readonly object[] }; devices: { all(): readonly object[] }; orders: { all(): readonly object[] } }) =>
  JSON.stringify([store.customers.all(), store.devices.all(), store.orders.all()]);

describe('undoing an import of history', () => {
  it('removes its orders, units and customers as one change; a customer it only found keeps its data; the same file imports again', async () => {
    const { t, manager, clerk } = await workshop();
    const { store } = t.backend;
    // Ivan Petrov is known from an intake before the import: the import adds his old orders, and leaves him as he is.
    const intake = await clerk.ok('orders.create', intakeInput({ imei: validImei('35290611999990') }));
    const before = contents(store);
    const imported = await manager.ok('history.import', input());
    expect(store.orders.size).toBe(5);

    const [listed] = await manager.ok('history.imports', {});
    expect(listed).toMatchObject({ batch: imported.batch, system: 'Excel', byName: manager.name, orders: 4, customers: 1, devices: 2 });

    const undone = await manager.ok('history.undo', { batch: imported.batch });
    expect(undone).toMatchObject({ undone: true, orders: 4, customers: 1, devices: 2, blockers: [] });
    // Exactly what was there before: the intake's customer, unit and order, byte for byte.
    expect(contents(store)).toBe(before);
    expect(store.customers.get(intake.customer.id)).toBeDefined();
    expect(await manager.ok('history.imports', {})).toEqual([]);
    expect(await clerk.ok('orders.find', { code: 'R-101' })).toBeNull();

    // Recorded: each removed record's last version, by the manager, through history.undo, with the import's note.
    await store.audit.drain();
    const removed = (await store.audit.entries({ collection: 'orders', limit: 20, offset: 0 })).rows.filter((e) => e.channel === 'history.undo');
    expect(removed).toHaveLength(4);
    expect(removed[0]).toMatchObject({ by: manager.id, after: null, note: `undo of the import ${imported.batch} from Excel` });
    expect((removed[0].before as { imported: { batch: string } }).imported.batch).toBe(imported.batch);

    // Undone once: a second undo finds nothing; the file imports again as it did the first time.
    expect(await manager.call('history.undo', { batch: imported.batch })).toMatchObject({ ok: false, error: { code: 'not_found', fields: { batch: 'not_found' } } });
    const again = await manager.ok('history.import', input());
    expect(again.counts).toMatchObject({ newOrders: 4, knownOrders: 0, newCustomers: 1, knownCustomers: 1, newDevices: 2 });
  });

  it('changes nothing and lists what blocks it when a record of the import was worked on or is named by another', async () => {
    const { t, manager, clerk } = await workshop();
    const { store } = t.backend;
    const imported = await manager.ok('history.import', input());
    const kozlova = store.customers.all().find((c) => c.name === 'Мария Козлова')!;
    const r104 = store.orders.all().find((o) => o.number === 'R-104')!;
    // A new order of an imported customer, and a status change of an imported order.
    const fresh = await clerk.ok('orders.create', { ...intakeInput({ serial: 'NEW-1' }), customer: { id: kozlova.id } });
    await clerk.ok('orders.transition', { id: r104.id, to: 'ready' });
    const before = contents(store);

    const refused = await manager.ok('history.undo', { batch: imported.batch });
    expect(refused.undone).toBe(false);
    expect(refused.blockers).toEqual(
      expect.arrayContaining([
        { reason: 'changed', collection: 'orders', id: r104.id, label: 'R-104' },
        { reason: 'referenced', collection: 'customers', id: kozlova.id, label: 'Мария Козлова', by: { collection: 'orders', id: fresh.order.id, label: fresh.order.number } },
      ]),
    );
    expect(refused.blockedCount).toBe(refused.blockers.length);
    expect(contents(store)).toBe(before);
  });

  it('is for managers, and is refused on a point of a network (its records went to the hub)', async () => {
    const { t, manager, clerk } = await workshop();
    const imported = await manager.ok('history.import', input());
    expect(await clerk.call('history.undo', { batch: imported.batch })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await clerk.call('history.imports', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await manager.ok('network.setSite', { code: 'TLV', name: 'Tel Aviv' });
    const refused = await manager.ok('history.undo', { batch: imported.batch });
    expect(refused).toMatchObject({ undone: false, blockers: [{ reason: 'network' }] });
    expect(t.backend.store.orders.size).toBe(4);
  });
});
