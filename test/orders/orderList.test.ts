import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_PIN, generate } from '../../build/bench/dataset.js';
import { ORDER_STATUSES } from '../../shared/orders/status.js';
import type { ChannelOutput } from '../../shared/channels.js';
import { APPLICATION_PIN_HASHER, intakeInput, openBackend, staffedWorkshop, tempDir, validImei } from '../platform/helpers.js';
import { journalFaults } from '../../electron/platform/store/journal.js';

type Row = ChannelOutput<'orders.list'>['rows'][number];

/**
 * A Russian workshop over five days: A (loaner demanded, promised 03-05), B (ready, promised 03-04), C (no promised
 * date) on 03-02, D (loaner demanded, promised 03-10) on 03-03, E (paid, promised 03-12) on 03-06, which is "today".
 */
async function workshopOverAWeek() {
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const { manager, technician, clerk } = await staffedWorkshop(t);
  await manager.ok('settings.update', { ruleProfile: 'ru' });
  let n = 0;
  const take = async (intake: { promisedDate?: string; warrantyBasis: 'manufacturer' | 'paid'; loanerDemanded?: boolean }) => {
    n++;
    const input = intakeInput({ name: `Customer ${n}`, phone: `+7 912 555-01-${String(10 + n)}`, imei: validImei(`3529061112340${n}`) });
    return (await clerk.ok('orders.create', { ...input, intake: { ...input.intake, ...intake } })).order;
  };
  const a = await take({ promisedDate: '2026-03-05', warrantyBasis: 'manufacturer', loanerDemanded: true });
  const b = await take({ promisedDate: '2026-03-04', warrantyBasis: 'paid' });
  const c = await take({ warrantyBasis: 'paid' });
  clock.now = new Date('2026-03-03T09:00:00Z');
  const d = await take({ promisedDate: '2026-03-10', warrantyBasis: 'manufacturer', loanerDemanded: true });
  for (const to of ['diagnosing', 'ready'] as const) await technician.ok('orders.transition', { id: b.id, to });
  await technician.ok('orders.transition', { id: c.id, to: 'diagnosing' });
  for (const to of ['diagnosing', 'awaiting_parts'] as const) await technician.ok('orders.transition', { id: d.id, to });
  await manager.ok('orders.assign', { id: a.id, technicianId: technician.id });
  await manager.ok('orders.assign', { id: c.id, technicianId: manager.id });
  clock.now = new Date('2026-03-06T09:00:00Z');
  const e = await take({ promisedDate: '2026-03-12', warrantyBasis: 'paid' });
  return { t, clock, manager, clerk, numbers: { a: a.number, b: b.number, c: c.number, d: d.number, e: e.number } };
}

describe('the orders list filtered as a dashboard tile counts', () => {
  it('lists for each tile exactly the orders the tile counts', async () => {
    const { clerk, numbers } = await workshopOverAWeek();
    const summary = await clerk.ok('orders.dashboard', {});
    const listed = async (input: { filter?: 'open' | 'received_today' | 'overdue' | 'legal_overdue' | 'legal_due_soon'; status?: 'ready' }) => {
      const list = await clerk.ok('orders.list', input);
      expect(list.rows).toHaveLength(list.total);
      return list.rows.map((r) => r.number);
    };
    const { a, b, c, d, e } = numbers;
    expect(await listed({ filter: 'open' })).toEqual([e, d, c, b, a]);
    expect(summary.open).toBe(5);
    expect(await listed({ filter: 'received_today' })).toEqual([e]);
    expect(summary.receivedToday).toBe(1);
    // A is past its promised date; B is too, but it is ready: the repair is no longer the workshop's to do.
    expect(await listed({ filter: 'overdue' })).toEqual([a]);
    expect(summary.overdue.map((r) => r.number)).toEqual([a]);
    // A's loaner was due on 03-05 (3 days, Art. 20 p.2); D's is due today.
    expect(await listed({ filter: 'legal_overdue' })).toEqual([a]);
    expect(summary.legalOverdue.map((r) => r.number)).toEqual([a]);
    expect(await listed({ filter: 'legal_due_soon' })).toEqual([d]);
    expect(summary.legalDueSoon.map((r) => r.number)).toEqual([d]);
    expect(await listed({ status: 'ready' })).toEqual([b]);
    expect(summary.ready.map((r) => r.number)).toEqual([b]);
  });

  it('counts per status the orders the filter leaves, and combines the filter with a status and a search', async () => {
    const { clerk, numbers } = await workshopOverAWeek();
    const open = await clerk.ok('orders.list', { filter: 'open' });
    expect(open.countsByStatus).toMatchObject({ received: 2, diagnosing: 1, awaiting_parts: 1, ready: 1, issued: 0 });
    const late = await clerk.ok('orders.list', { filter: 'overdue' });
    expect(late.countsByStatus).toMatchObject({ received: 1, diagnosing: 0, ready: 0 });
    expect((await clerk.ok('orders.list', { filter: 'open', status: 'diagnosing' })).rows.map((r) => r.number)).toEqual([numbers.c]);
    expect((await clerk.ok('orders.list', { filter: 'open', query: 'Customer 4' })).rows.map((r) => r.number)).toEqual([numbers.d]);
    expect((await clerk.ok('orders.list', { filter: 'received_today', query: 'Customer 4' })).total).toBe(0);
  });

  it('says on each row how many days an order is past its promised date, and nothing for one not late or ready', async () => {
    const { clerk, numbers } = await workshopOverAWeek();
    const rows = new Map((await clerk.ok('orders.list', {})).rows.map((r) => [r.number, r]));
    expect(rows.get(numbers.a)!.daysPastPromised).toBe(1);
    expect(rows.get(numbers.b)!.daysPastPromised).toBeUndefined();
    expect(rows.get(numbers.c)!.daysPastPromised).toBeUndefined();
    expect(rows.get(numbers.e)!.daysPastPromised).toBeUndefined();
  });

  it('gives the dashboard each legal deadline that needs attention with its date and days left, most urgent first', async () => {
    const { clerk, numbers } = await workshopOverAWeek();
    const { legalDeadlines } = await clerk.ok('orders.dashboard', {});
    expect(legalDeadlines.map((r) => [r.number, r.deadline])).toEqual([
      [numbers.a, { kind: 'loaner', due: '2026-03-05', daysLeft: -1, state: 'overdue' }],
      [numbers.d, { kind: 'loaner', due: '2026-03-06', daysLeft: 0, state: 'due_soon' }],
    ]);
  });

  it('refuses an unknown filter, sort column or direction, and an unknown key, naming the field', async () => {
    const { clerk } = await workshopOverAWeek();
    const refused = async (input: unknown) => {
      const result = await clerk.call('orders.list', input as never);
      expect(result.ok).toBe(false);
      return result.ok ? undefined : { code: result.error.code, fields: Object.keys(result.error.fields ?? {}) };
    };
    expect(await refused({ filter: 'late' })).toEqual({ code: 'validation', fields: ['filter'] });
    expect(await refused({ sort: { by: 'customer', direction: 'asc' } })).toEqual({ code: 'validation', fields: ['sort.by'] });
    expect(await refused({ sort: { by: 'promised', direction: 'up' } })).toEqual({ code: 'validation', fields: ['sort.direction'] });
    expect((await refused({ sort: { by: 'promised', direction: 'asc', nulls: 'first' } }))?.code).toBe('validation');
  });
});

describe('the orders list sorted by the backend', () => {
  it('sorts by received, promised date, status and technician, both ways; an empty value last, ties newest first', async () => {
    const { clerk, numbers } = await workshopOverAWeek();
    const { a, b, c, d, e } = numbers;
    const sorted = async (by: 'received' | 'promised' | 'status' | 'technician', direction: 'asc' | 'desc') =>
      (await clerk.ok('orders.list', { sort: { by, direction } })).rows.map((r) => r.number);
    expect(await sorted('received', 'desc')).toEqual([e, d, c, b, a]);
    expect(await sorted('received', 'asc')).toEqual([a, b, c, d, e]);
    expect(await sorted('promised', 'asc')).toEqual([b, a, d, e, c]);
    expect(await sorted('promised', 'desc')).toEqual([e, d, a, b, c]);
    // The workflow's order: received, diagnosing, awaiting parts, ready.
    expect(await sorted('status', 'asc')).toEqual([e, a, c, d, b]);
    expect(await sorted('status', 'desc')).toEqual([b, d, c, e, a]);
    // "Sarah Cohen" before "Алексей Смирнов"; the unassigned last.
    expect(await sorted('technician', 'asc')).toEqual([c, a, e, d, b]);
    expect(await sorted('technician', 'desc')).toEqual([a, c, e, d, b]);
  });

  it('sorts afresh after a change: an order moved on, a technician renamed, the next day', async () => {
    const { t, clock, manager, numbers } = await workshopOverAWeek();
    const { a, b, c, d, e } = numbers;
    const sorted = async (by: 'status' | 'technician' | 'received', filter?: 'received_today') =>
      (await manager.ok('orders.list', { sort: { by, direction: 'asc' }, filter })).rows.map((r) => r.number);
    expect(await sorted('status')).toEqual([e, a, c, d, b]);
    const orderE = t.backend.store.orders.all().find((o) => o.number === e)!;
    await manager.ok('orders.transition', { id: orderE.id, to: 'diagnosing' });
    expect(await sorted('status')).toEqual([a, e, c, d, b]);
    expect(await sorted('technician')).toEqual([c, a, e, d, b]);
    const technician = t.backend.store.staff.all().find((m) => m.role === 'technician')!;
    await manager.ok('staff.update', { id: technician.id, name: 'Aaron Smirnov' });
    expect(await sorted('technician')).toEqual([a, c, e, d, b]);
    expect(await sorted('received', 'received_today')).toEqual([e]);
    clock.now = new Date('2026-03-07T09:00:00Z');
    expect(await sorted('received', 'received_today')).toEqual([]);
  });

  it('continues the order page after page through thousands of orders, for every column and direction', async () => {
    const dir = await tempDir();
    const dataset = await generate(join(dir, 'data'), 2_500);
    const t = await openBackend({ dataDir: join(dir, 'data'), pinHasher: APPLICATION_PIN_HASHER });
    const manager = await t.signIn({ id: dataset.managerId }, BENCH_PIN);
    // A second technician on some of the recent orders, so that the technician column has more than one name.
    const second = await manager.ok('staff.create', { name: 'Boris Adler', role: 'technician', pin: BENCH_PIN });
    const recent = (await manager.ok('orders.list', { filter: 'open', limit: 60 })).rows;
    for (const row of recent.filter((_, i) => i % 3 === 0)) await manager.ok('orders.assign', { id: row.id, technicianId: second.id });
    for (const row of recent.filter((_, i) => i % 3 === 1)) await manager.ok('orders.assign', { id: row.id, technicianId: null });
    const names = new Map(t.backend.store.staff.all().map((m) => [m.id, m.name]));
    const keyOf: Record<string, (r: Row) => string | number | undefined> = {
      received: () => 0,
      promised: (r) => r.promisedDate,
      status: (r) => ORDER_STATUSES.indexOf(r.status),
      technician: (r) => (r.technicianId ? names.get(r.technicianId) : undefined),
    };

    for (const by of ['received', 'promised', 'status', 'technician'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const status of [undefined, 'issued'] as const) {
          const pages: Row[] = [];
          let total = Infinity;
          while (pages.length < total) {
            const page = await manager.ok('orders.list', { sort: { by, direction }, status, offset: pages.length, limit: 100 });
            total = page.total;
            pages.push(...page.rows);
          }
          const label = `${by} ${direction} ${status ?? 'all'}`;
          expect(new Set(pages.map((r) => r.id)).size, label).toBe(total);
          expect(total, label).toBe(status ? t.backend.store.orders.all().filter((o) => o.status === status).length : 2_500);
          // Each row follows the one before: by the column in the direction asked, an empty value last, ties newest first.
          for (let i = 1; i < pages.length; i++) {
            const [before, after] = [pages[i - 1], pages[i]];
            const [x, y] = [keyOf[by](before), keyOf[by](after)];
            const tie = by === 'received' || x === y;
            if (tie) expect(before.id > after.id === (by !== 'received' || direction === 'desc'), `${label} at ${i}`).toBe(true);
            else if (y === undefined) continue;
            else {
              expect(x, `${label} at ${i}: an empty value only last`).not.toBeUndefined();
              const ascending = by === 'technician' ? String(x).localeCompare(String(y)) < 0 : x! < y!;
              expect(ascending, `${label} at ${i}`).toBe(direction === 'asc');
            }
          }
          // The pages are the list fetched at once.
          const once = await manager.ok('orders.list', { sort: { by, direction }, status, limit: 500 });
          expect(pages.slice(0, 500).map((r) => r.id), label).toEqual(once.rows.map((r) => r.id));
        }
      }
    }
  });
});

describe('the everyday orders list (no search, no filter, newest first)', () => {
  it('answers every status tab and page as the orders stand, after intakes, moves and a refused save', async () => {
    const dir = await tempDir();
    const dataset = await generate(join(dir, 'data'), 2_500);
    const t = await openBackend({ dataDir: join(dir, 'data'), pinHasher: APPLICATION_PIN_HASHER });
    const manager = await t.signIn({ id: dataset.managerId }, BENCH_PIN);
    const expectListed = async (label: string) => {
      const all = [...t.backend.store.orders.all()].reverse();
      for (const status of [undefined, ...ORDER_STATUSES]) {
        const wanted = status ? all.filter((o) => o.status === status) : all;
        for (const offset of [0, 37, Math.max(0, wanted.length - 10)]) {
          const page = await manager.ok('orders.list', { status, offset, limit: 25 });
          const at = `${label}, ${status ?? 'all'} from ${offset}`;
          expect(page.total, at).toBe(wanted.length);
          expect(page.rows.map((r) => r.id), at).toEqual(wanted.slice(offset, offset + 25).map((o) => o.id));
          expect(page.rows.map((r) => r.status), at).toEqual(wanted.slice(offset, offset + 25).map((o) => o.status));
        }
      }
      const counts = (await manager.ok('orders.list', { limit: 1 })).countsByStatus;
      for (const status of ORDER_STATUSES) expect(counts[status], `${label}, count of ${status}`).toBe(all.filter((o) => o.status === status).length);
    };
    await expectListed('as loaded');

    // Orders move on: some of the open ones, the oldest first, so that a move lands inside a list, not at its end.
    const open = t.backend.store.orders.all().filter((o) => o.status === 'received' || o.status === 'diagnosing');
    for (const order of open.slice(0, 12)) {
      await manager.ok('orders.transition', { id: order.id, to: order.status === 'received' ? 'diagnosing' : 'in_repair' });
    }
    await expectListed('after moves');
    // New intakes, and a move of one of them.
    const customer = t.backend.store.customers.all()[3];
    const inForRepair = new Set(t.backend.store.orders.all().filter((o) => !['issued', 'cancelled', 'unrepairable'].includes(o.status)).map((o) => o.deviceId));
    const devices = t.backend.store.devices.all().filter((d) => !inForRepair.has(d.id));
    const taken = [];
    for (const device of devices.slice(0, 3)) {
      taken.push((await manager.ok('orders.create', { customer: { id: customer.id }, device: { id: device.id }, intake: { statedDefect: 'No sound', warrantyBasis: 'paid' } })).order);
    }
    await manager.ok('orders.transition', { id: taken[1].id, to: 'diagnosing' });
    await expectListed('after intakes');
    // A save the disk refuses is taken back: the lists follow the orders as they are after it.
    // An order of the past brought in (an import of history): its id sorts before the newest orders'.
    const old = t.backend.store.orders.all()[100];
    await t.backend.store.orders.insert({ ...old, id: `${old.id.slice(0, -1)}${old.id.endsWith('Z') ? 'Y' : 'Z'}`, number: `${old.number}-H`, status: 'in_repair' });
    await expectListed('after an order of the past');
    journalFaults.refuse = () => true;
    expect(await manager.call('orders.transition', { id: taken[0].id, to: 'diagnosing' })).toMatchObject({ ok: false, error: { code: 'storage' } });
    journalFaults.refuse = undefined;
    await expectListed('after a refused save');
  });
});
