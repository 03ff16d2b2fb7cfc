import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { intakeInput, validImei } from '../platform/helpers.js';
import { openStore } from '../../electron/platform/store/store.js';
import { startHub, type Hub } from './hub.js';
import { auditEntries, replicatedData, servicePoint, type ServicePoint, until } from './sites.js';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub.stop());
beforeEach(async () => {
  // A test that took the hub down and failed leaves it down: every test starts with it up.
  if (!(await hub.call('/').catch(() => undefined))) await hub.start();
  await hub.useNewDatabase();
});

const orderAt = (point: ServicePoint, id: string) => point.store.orders.get(id);
const status = (point: ServicePoint) => point.manager.ok('network.status', {});

async function hubDoc(docId: string, query = '') {
  return (await hub.call(`/${hub.database}/${encodeURIComponent(docId)}${query}`)).body;
}

describe('three service points and the hub', () => {
  it('take an order in at one point and see it, with its customer and unit, at the two others, once', async () => {
    const msk = await servicePoint(hub, 'MSK1');
    const spb = await servicePoint(hub, 'SPB1');
    const ekb = await servicePoint(hub, 'EKB1');
    const { order } = await msk.clerk.ok('orders.create', intakeInput({ name: 'Anna Smirnova', imei: validImei('35290611000001') }));
    // The number carries the site: two points never issue the same one.
    expect(order.number).toMatch(/^R-MSK1-\d{4}-00001$/);
    for (const point of [spb, ekb]) await until(() => Boolean(orderAt(point, order.id) && point.store.customers.get(order.customerId) && point.store.devices.get(order.deviceId)), `the order at ${point.code}`);
    expect(orderAt(spb, order.id)).toEqual(msk.store.orders.get(order.id));
    expect(orderAt(ekb, order.id)?.number).toBe(order.number);
    // Exactly once: one revision on the hub, one audit entry at each other point, naming the site it came from.
    expect((await hubDoc(`orders:${order.id}`))._rev).toMatch(/^1-/);
    for (const point of [spb, ekb]) {
      // The audit entry is appended just after the record is saved.
      await until(async () => (await auditEntries(point.dataDir)).some((entry) => entry.id === order.id), `the audit entry at ${point.code}`);
      const entries = (await auditEntries(point.dataDir)).filter((entry) => entry.id === order.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ collection: 'orders', channel: 'replication', note: 'MSK1' });
    }
    // A point's own change does not come back to it as a remote one.
    expect((await auditEntries(msk.dataDir)).filter((entry) => entry.id === order.id && entry.channel === 'replication')).toEqual([]);
    await until(async () => (await status(msk)).pending === 0, 'MSK1 has pushed everything');
    const seen = await status(spb);
    expect(seen).toMatchObject({ state: 'online', site: { code: 'SPB1' }, pending: 0, refused: [], conflicts: [] });
    expect(seen.pulled).toBeGreaterThanOrEqual(3);
  });

  it('list an order edited at two points at once as a conflict at its owner, keep the owner\u2019s version everywhere', async () => {
    const msk = await servicePoint(hub, 'MSK1');
    const spb = await servicePoint(hub, 'SPB1');
    const ekb = await servicePoint(hub, 'EKB1');
    const { order } = await msk.clerk.ok('orders.create', intakeInput());
    for (const point of [spb, ekb]) await until(() => Boolean(orderAt(point, order.id)), `the order at ${point.code}`, () => Promise.all([status(msk), status(point)]));
    await hub.stop();
    await msk.manager.ok('orders.correct', { id: order.id, statedDefect: 'Screen flickers, and the speaker rattles', reason: 'Customer called' });
    await spb.manager.ok('orders.correct', { id: order.id, statedDefect: 'Screen replaced at SPB1', reason: 'Walk-in' });
    await hub.start();
    for (const point of [msk, spb, ekb]) await point.manager.ok('network.syncNow', {});
    await until(async () => (await status(msk)).conflicts.length === 1, 'the conflict listed at MSK1');
    const [conflict] = (await status(msk)).conflicts;
    expect(conflict).toMatchObject({ collection: 'orders', id: order.id, reason: 'not_owner' });
    expect(conflict.versions.map((version) => version.site)).toEqual(['MSK1', 'SPB1']);
    expect((conflict.versions[1].record as { intake: { statedDefect: string } }).intake.statedDefect).toBe('Screen replaced at SPB1');
    // Everyone ends with the owner's version; the hub's other leaf is closed by the owner.
    for (const point of [msk, spb, ekb]) {
      await until(() => orderAt(point, order.id)?.intake.statedDefect === 'Screen flickers, and the speaker rattles', `the owner's version at ${point.code}`);
    }
    await until(async () => !(await hubDoc(`orders:${order.id}`, '?conflicts=true'))._conflicts, 'the hub without the conflict');
  });

  it('take the newest change of a customer edited at two points, with nothing to decide by hand', async () => {
    const msk = await servicePoint(hub, 'MSK1');
    const spb = await servicePoint(hub, 'SPB1');
    const { order } = await msk.clerk.ok('orders.create', intakeInput({ name: 'Oleg Ivanov' }));
    await until(() => Boolean(spb.store.customers.get(order.customerId)), 'the customer at SPB1');
    await hub.stop();
    await msk.manager.ok('customers.correct', { id: order.customerId, address: 'Tverskaya 1, Moscow', reason: 'Moved' });
    const first = Date.now();
    await until(() => Date.now() > first, 'the clock moves on');
    await spb.manager.ok('customers.correct', { id: order.customerId, address: 'Nevsky 10, Saint Petersburg', reason: 'Moved again' });
    await hub.start();
    for (const point of [msk, spb]) await point.manager.ok('network.syncNow', {});
    for (const point of [msk, spb]) await until(() => point.store.customers.get(order.customerId)?.address === 'Nevsky 10, Saint Petersburg', `the newest address at ${point.code}`);
    expect((await status(msk)).conflicts).toEqual([]);
    await until(async () => !(await hubDoc(`customers:${order.customerId}`, '?conflicts=true'))._conflicts, 'the hub without the conflict');
  });

  it('keep working while the hub is down, then converge when it is back', { timeout: 60_000 }, async () => {
    const points = [await servicePoint(hub, 'MSK1'), await servicePoint(hub, 'SPB1'), await servicePoint(hub, 'EKB1')];
    await hub.stop();
    const [msk, spb] = points;
    for (let i = 0; i < 3; i++) await msk.clerk.ok('orders.create', intakeInput({ name: `Moscow customer ${i}`, imei: validImei(`3529061100010${i}`) }));
    for (let i = 0; i < 2; i++) await spb.clerk.ok('orders.create', intakeInput({ name: `Petersburg customer ${i}`, imei: validImei(`3529061100020${i}`) }));
    await msk.manager.ok('network.syncNow', {});
    await until(async () => (await status(msk)).problem === 'unreachable', 'MSK1 says the hub is out of reach');
    const offline = await status(msk);
    expect(offline).toMatchObject({ state: 'offline', pending: 9 });
    expect(offline.retryAt).toBeTruthy();
    await hub.start();
    for (const point of points) await point.manager.ok('network.syncNow', {});
    for (const point of points) await until(() => point.store.orders.size === 5, `five orders at ${point.code}`, async () => ({ ...(await status(point)), conflicts: undefined, orders: point.store.orders.size }));
    for (const point of points) await until(async () => (await status(point)).pending === 0 && (await status(point)).state === 'online', `${point.code} settled`);
    const [a, b, c] = points.map(replicatedData);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(new Set(a.orders.map((o) => (o as { number: string }).number)).size).toBe(5);
  });

  it('refuses documents from the hub that are not records or break their schema, lists them and keeps its data', async () => {
    const spb = await servicePoint(hub, 'SPB1');
    const { order } = await spb.clerk.ok('orders.create', intakeInput());
    await until(async () => (await status(spb)).pending === 0, 'SPB1 pushed');
    const before = replicatedData(spb);
    const now = new Date().toISOString();
    const garbage = [
      { _id: 'junk-1', hello: 'world' },
      { _id: `orders:${order.id}x`, collection: 'orders', site: 'MSK1', owner: 'MSK1', changedAt: now, record: { id: `${order.id}x`, status: 'teleported' } },
      { _id: 'secrets:1', collection: 'secrets', site: 'MSK1', owner: 'MSK1', changedAt: now, record: { id: '1' } },
    ];
    for (const doc of garbage) expect((await hub.call(`/${hub.database}/${encodeURIComponent(doc._id)}`, { method: 'PUT', body: doc })).status).toBe(201);
    await spb.manager.ok('network.syncNow', {});
    await until(async () => (await status(spb)).refused.length === 3, 'three refusals listed');
    const refused = (await status(spb)).refused;
    expect(Object.fromEntries(refused.map((r) => [r.docId, r.reason]))).toEqual({
      'junk-1': 'not_a_record',
      [`orders:${order.id}x`]: 'invalid_record',
      'secrets:1': 'unknown_collection',
    });
    expect(refused.find((r) => r.reason === 'invalid_record')?.detail).toMatch(/\w+: /);
    expect(replicatedData(spb)).toEqual(before);
    // The store opens as it was: nothing refused reached its files or its journal.
    const dataDir = spb.dataDir;
    await spb.t.close();
    const reopened = await openStore(dataDir);
    try {
      expect(reopened.recovery).toEqual([]);
      expect(reopened.orders.all().map((o) => o.id)).toEqual([order.id]);
    } finally {
      await reopened.close();
    }
  });

  it('says a wrong password in words and sends nothing', async () => {
    const msk = await servicePoint(hub, 'MSK1', { password: 'not-the-password' });
    await msk.clerk.ok('orders.create', intakeInput());
    await until(async () => (await status(msk)).problem === 'wrong_password', 'the wrong password said');
    expect(await status(msk)).toMatchObject({ state: 'offline', pending: 3, pushed: 0 });
    expect((await hub.call(`/${hub.database}`)).body.doc_count).toBe(0);
  });

  it('says so when the hub answers garbage', async () => {
    const liar = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"results":"nope"}'));
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', () => resolve()));
    try {
      const msk = await servicePoint(hub, 'MSK1', { connect: false });
      const port = (liar.address() as { port: number }).port;
      await msk.manager.ok('network.configure', { hubUrl: `http://127.0.0.1:${port}`, database: hub.database, username: 'MSK1', password: 'pw', enabled: true });
      await until(async () => (await status(msk)).problem === 'hub_garbage', 'garbage said');
      expect(msk.store.orders.size).toBe(0);
    } finally {
      liar.closeAllConnections();
      await new Promise((resolve) => liar.close(resolve));
    }
  });
});

describe('a point killed in the middle of a push', () => {
  it('sends every change once when it starts again', async () => {
    const msk = await servicePoint(hub, 'MSK1', { connect: false });
    for (let i = 0; i < 60; i++) await msk.clerk.ok('orders.create', intakeInput({ name: `Customer ${i}`, imei: validImei(`35290611003${String(i).padStart(3, '0')}`) }));
    const records = Object.values(replicatedData(msk)).reduce((sum, list) => sum + list.length, 0);
    expect(records).toBe(180);
    const dataDir = msk.dataDir;
    await msk.t.close();
    const run = (killAfter?: number) =>
      new Promise<{ signal: NodeJS.Signals | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/network/pushChild.ts', dataDir, hub.url, hub.database, 'MSK1', 'pw-MSK1', ...(killAfter ? [String(killAfter)] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk));
        child.on('exit', (_code, signal) => resolve({ signal, out }));
      });
    const killed = await run(2);
    expect(killed.signal).toBe('SIGKILL');
    const onHubAtKill = (await hub.call(`/${hub.database}`)).body.doc_count;
    expect(onHubAtKill).toBe(100);
    const again = await run();
    expect(again.signal).toBeNull();
    expect(JSON.parse(again.out)).toMatchObject({ pending: 0 });
    const all = (await hub.call(`/${hub.database}/_all_docs`)).body.rows as Array<{ id: string; value: { rev: string } }>;
    expect(all).toHaveLength(180);
    // Once each: every document is at its first revision, and the hub's feed names each once.
    expect(all.filter((row) => !row.value.rev.startsWith('1-'))).toEqual([]);
    const changes = (await hub.call(`/${hub.database}/_changes?style=all_docs`)).body.results as Array<{ id: string; changes: unknown[] }>;
    expect(changes.filter((change) => change.changes.length > 1)).toEqual([]);
    expect(new Set(changes.map((change) => change.id)).size).toBe(changes.length);
  });
});
