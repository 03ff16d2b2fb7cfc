import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../electron/platform/store/collection.js';
import { intakeInput, openBackend, staffedWorkshop, tempDir, validImei } from './helpers.js';

const shardFile = (dataDir: string, collection: string, id: string) => join(dataDir, collection, `${String(shardOf(id, 64)).padStart(2, '0')}.json`);

/** Change one stored record by hand, as an editor or a bug might. */
async function editRecord(file: string, id: string, edit: (record: Record<string, unknown>) => Record<string, unknown>) {
  const data = JSON.parse(await readFile(file, 'utf8')) as { items: Array<Record<string, unknown>> };
  data.items = data.items.map((item) => (item.id === id ? edit(item) : item));
  await writeFile(file, JSON.stringify(data));
}

describe('a record that fails its schema on load', () => {
  it('an order without a number is quarantined with a notice; the app starts, search works, the others are all there', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { clerk } = await staffedWorkshop(first);
    const bad = (await clerk.ok('orders.create', intakeInput())).order;
    const good = (await clerk.ok('orders.create', intakeInput({ imei: validImei('35209900179001'), phone: '+7 900 400-00-01', name: 'Olga Smirnova' }))).order;
    await first.close();
    await editRecord(shardFile(dataDir, 'orders', bad.id), bad.id, ({ number: _number, ...rest }) => rest);

    for (let start = 0; start < 2; start++) {
      const t = await openBackend({ dataDir });
      const clerkHere = await t.signIn(clerk);
      // The search warm-up reads every order's number: it must not die on the bad one.
      expect((await clerkHere.ok('orders.list', { query: 'Olga' })).rows.map((r) => r.id)).toEqual([good.id]);
      expect((await clerkHere.ok('orders.list', {})).rows.map((r) => r.id)).toEqual([good.id]);
      expect(await clerkHere.call('orders.get', { id: bad.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const notes = (await t.public.ok('app.info', {})).recovery;
      expect(notes).toEqual([expect.objectContaining({ kind: 'quarantined', file: relative(dataDir, shardFile(dataDir, 'orders', bad.id)), movedTo: 'damaged/quarantine/orders.jsonl', total: 1 })]);
      expect(notes[0].problem).toMatch(/number/);
      // Kept whole, once, however many starts.
      const lines = (await readFile(join(dataDir, 'damaged', 'quarantine', 'orders.jsonl'), 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(1);
      const { number: _number, ...withoutNumber } = bad;
      expect(JSON.parse(lines[0]).record).toEqual(withoutNumber);
      await t.close();
    }
  });

  it('a document whose PDF path leaves the data folder is quarantined and never served', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { clerk } = await staffedWorkshop(first);
    const { order } = await clerk.ok('orders.create', intakeInput());
    const act = await clerk.ok('orders.intakeAct', { orderId: order.id, language: 'en' });
    await first.close();
    const secret = await readFile('/etc/hostname');
    const sha256 = createHash('sha256').update(secret).digest('hex');
    await editRecord(shardFile(dataDir, 'documents', act.id), act.id, (record) => ({ ...record, file: '../../../../../../../../etc/hostname', sha256, bytes: secret.length }));

    const second = await openBackend({ dataDir });
    expect(await (await second.signIn(clerk)).call('documents.content', { id: act.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await second.public.ok('app.info', {})).recovery).toEqual([expect.objectContaining({ kind: 'quarantined', problem: expect.stringContaining('unsafe_path') })]);
  });
});
