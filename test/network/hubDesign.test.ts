import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubDesignDocument } from '../../electron/network/index.js';
import { startHub, type Hub } from './hub.js';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
  await hub.useNewDatabase();
  await hub.createSiteUser('MSK1', 'pw-MSK1');
  expect((await hub.call(`/${hub.database}/_design/network`, { method: 'PUT', body: hubDesignDocument() })).status).toBe(201);
});
afterAll(() => hub.stop());

const now = new Date().toISOString();
const doc = (collection: string, id: string, site: string, owner = site) => ({ collection, site, owner, changedAt: now, record: { id } });
const asMsk = { username: 'MSK1', password: 'pw-MSK1' };
const write = (docId: string, body: object, auth: { username: string; password: string } | undefined = asMsk) =>
  hub.call(`/${hub.database}/${encodeURIComponent(docId)}`, { method: 'PUT', body, auth });

describe('the hub design document lets a site write only as itself', () => {
  it('is the one docs/network/hub-design.json gives the administrator', async () => {
    expect(JSON.parse(await readFile('docs/network/hub-design.json', 'utf8'))).toEqual(hubDesignDocument());
  });

  it('takes a site\u2019s own records, and shared ones written as itself', async () => {
    expect((await write('orders:A1', doc('orders', 'A1', 'MSK1'))).status).toBe(201);
    expect((await write('customers:C1', doc('customers', 'C1', 'SPB1'), hub.admin)).status).toBe(201);
    const current = (await hub.call(`/${hub.database}/customers:C1`)).body;
    expect((await write('customers:C1', { ...doc('customers', 'C1', 'MSK1', 'SPB1'), _rev: current._rev })).status).toBe(201);
  });

  it('refuses a write in another site\u2019s name, another site\u2019s order, a change of owner and a record without its id', async () => {
    expect((await write('orders:A2', doc('orders', 'A2', 'SPB1'))).body.reason).toMatch(/writes as itself/);
    expect((await write('orders:B1', doc('orders', 'B1', 'SPB1'), hub.admin)).status).toBe(201);
    const order = (await hub.call(`/${hub.database}/orders:B1`)).body;
    expect((await write('orders:B1', { ...doc('orders', 'B1', 'MSK1', 'SPB1'), _rev: order._rev })).body.reason).toMatch(/Only SPB1 changes its orders/);
    expect((await write('orders:B1', { ...doc('orders', 'B1', 'MSK1', 'MSK1'), _rev: order._rev })).body.reason).toMatch(/owner of a record does not change/);
    expect((await write('orders:X', doc('orders', 'Y', 'MSK1'))).body.reason).toMatch(/collection and the record id/);
    expect((await write('_design/evil', { views: {} })).status).toBeGreaterThanOrEqual(401);
  });

  it('refuses replicated writes (new_edits false) the same way', async () => {
    const answer = await hub.call(`/${hub.database}/_bulk_docs`, { method: 'POST', auth: asMsk, body: { new_edits: false, docs: [{ _id: 'loans:L1', _rev: '1-abc', ...doc('loans', 'L1', 'SPB1') }] } });
    expect(answer.body).toEqual([expect.objectContaining({ id: 'loans:L1', error: 'forbidden' })]);
  });
});
