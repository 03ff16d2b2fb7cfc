import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_PIN, generate } from '../../build/bench/dataset.js';
import { APPLICATION_PIN_HASHER, openBackend, tempDir } from './helpers.js';
import { phoneMatches } from '../../shared/customers/index.js';
import { serialKey, textKey } from '../../shared/platform/search.js';

describe('a workshop with thousands of orders', () => {
  it('finds orders through the prebuilt search corpus and among those taken in since', async () => {
    const dir = await tempDir();
    const dataset = await generate(join(dir, 'data'), 3_000);
    const t = await openBackend({ dataDir: join(dir, 'data'), pinHasher: APPLICATION_PIN_HASHER });
    const manager = await t.signIn({ id: dataset.managerId }, BENCH_PIN);
    const serial = dataset.serials[3];
    const found = await manager.ok('orders.list', { query: serial });
    expect(found.total).toBe(1);
    expect((await manager.ok('orders.get', { id: found.rows[0].id })).device.serial).toBe(serial);
    const byNumber = await manager.ok('orders.list', { query: dataset.numbers[5].toLowerCase() });
    expect(byNumber.rows.map((r) => r.number)).toEqual([dataset.numbers[5]]);

    // An order taken in after the corpus was built is found as well.
    const customer = t.backend.store.customers.all()[0];
    const device = t.backend.store.devices.all()[0];
    const fresh = await manager.ok('orders.create', {
      customer: { id: customer.id },
      device: { id: device.id },
      intake: { statedDefect: 'Again', warrantyBasis: 'paid' },
    });
    const again = await manager.ok('orders.list', { query: fresh.order.number });
    expect(again.rows.map((r) => r.id)).toEqual([fresh.order.id]);
    expect((await manager.ok('orders.list', { query: customer.phones[0].slice(-7) })).rows[0].id).toBe(fresh.order.id);
  });

  it('finds by the prebuilt corpus exactly the orders a one-by-one comparison finds, for every way of typing', async () => {
    const dir = await tempDir();
    const dataset = await generate(join(dir, 'data'), 2_500);
    const t = await openBackend({ dataDir: join(dir, 'data'), pinHasher: APPLICATION_PIN_HASHER });
    const manager = await t.signIn({ id: dataset.managerId }, BENCH_PIN);
    const { customers, devices, orders } = t.backend.store;
    const withImei = devices.all().find((d) => d.imei)!;
    const phone = customers.all()[7].phones[0]; // +79..., a Russian mobile: 8 9.. nationally
    const national = `8 ${phone.slice(2, 5)} ${phone.slice(5, 8)}-${phone.slice(8, 10)}-${phone.slice(10)}`;
    const queries = [
      dataset.serials[11],
      `${dataset.serials[12].slice(0, 4)}-${dataset.serials[12].slice(4)}`, // a serial typed with a dash
      dataset.numbers[40],
      dataset.names[3].split(' ')[0].toUpperCase(),
      dataset.names[3],
      withImei.imei!,
      withImei.imei!.slice(3, 11),
      phone,
      national,
      phone.slice(-7),
      '99',
    ];
    const oneByOne = (query: string) =>
      orders
        .all()
        .filter((order) => {
          const customer = customers.get(order.customerId)!;
          const device = devices.get(order.deviceId)!;
          const text = textKey(query);
          const serial = serialKey(query).toLowerCase();
          return (
            [order.number.toLowerCase(), textKey(customer.name), device.imei ?? '', (device.serial ? serialKey(device.serial) : '').toLowerCase()].some(
              (field) => field.includes(text) || field.includes(serial),
            ) || customer.phones.some((p) => phoneMatches(p, query, 'RU'))
          );
        })
        .map((order) => order.number)
        .sort();
    for (const query of queries) {
      const found = await manager.ok('orders.list', { query, limit: 100 });
      const expected = oneByOne(query);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(found.total, query).toBe(expected.length);
      if (expected.length <= 100) expect(found.rows.map((r) => r.number).sort(), query).toEqual(expected);
    }
  });

  it('pages through the list newest first, with totals and counts per status', async () => {
    const dir = await tempDir();
    const dataset = await generate(join(dir, 'data'), 2_500);
    const t = await openBackend({ dataDir: join(dir, 'data'), pinHasher: APPLICATION_PIN_HASHER });
    const manager = await t.signIn({ id: dataset.managerId }, BENCH_PIN);
    const first = await manager.ok('orders.list', { limit: 100 });
    const second = await manager.ok('orders.list', { offset: 100, limit: 100 });
    expect(first.total).toBe(2_500);
    expect(first.rows).toHaveLength(100);
    expect(first.rows.at(-1)!.id > second.rows[0].id).toBe(true);
    expect(Object.values(first.countsByStatus).reduce((a, b) => a + b, 0)).toBe(2_500);
    const issued = await manager.ok('orders.list', { status: 'issued', offset: 50, limit: 10 });
    expect(issued.rows.every((r) => r.status === 'issued')).toBe(true);
    expect(issued.total).toBe(first.countsByStatus.issued);
  });
});
