import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../electron/platform/store/collection.js';
import { intakeInput, openBackend, staffedWorkshop, type TestBackend, tempDir, validImei } from './helpers.js';

const shardFile = (dataDir: string, collection: string, id: string) => join(dataDir, collection, `${String(shardOf(id, 64)).padStart(2, '0')}.json`);

/** A workshop with staff and a few orders, backed up; returns the orders. */
async function workshopWithBackup(t: TestBackend, orders = 3) {
  const staff = await staffedWorkshop(t);
  const created = [];
  for (let i = 0; i < orders; i++) {
    created.push((await staff.clerk.ok('orders.create', intakeInput({ imei: validImei(String(35209900177000 + i)), phone: `+7 900 ${2000000 + i}` }))).order);
  }
  await staff.manager.ok('data.backups.create', {});
  return { ...staff, orders: created };
}

describe('a missing data file', () => {
  it('whose records are only in the journal yet is not recreated empty: they come back, with a notice', async () => {
    const { cp } = await import('node:fs/promises');
    const { openStore } = await import('../../electron/platform/store/store.js');
    const dataDir = await tempDir();
    const store = await openStore(dataDir, { compactAfterMs: Infinity });
    const id = '01J00000000000000000000042';
    await store.customers.insert({ id, kind: 'person', name: 'Only in the journal', phones: ['+7 900 0000000'], createdAt: '2026-01-01T00:00:00.000Z', createdBy: '01J00000000000000000000000' });
    // The file is listed with the records it holds (none yet): a kill now is no loss to report, a deleted file is.
    expect(store.manifestFiles[`customers/${String(shardOf(id, 64)).padStart(2, '0')}.json`]).toBe(0);
    const image = await tempDir();
    await cp(dataDir, image, { recursive: true, filter: (source) => !source.endsWith('.lock') });
    await store.close();
    const intact = await openStore(await (async () => {
      const copy = await tempDir();
      await cp(image, copy, { recursive: true });
      return copy;
    })());
    expect(intact.customers.get(id)?.name).toBe('Only in the journal');
    expect(intact.recovery).toEqual([]);
    await intact.close();
    await rm(shardFile(image, 'customers', id));
    const again = await openStore(image);
    try {
      expect(again.customers.get(id)?.name).toBe('Only in the journal');
      expect(again.recovery).toEqual([expect.objectContaining({ kind: 'missing', file: `customers/${String(shardOf(id, 64)).padStart(2, '0')}.json`, total: 1 })]);
    } finally {
      await again.close();
    }
  });

  it('of orders is recovered from the newest backup with a notice, never taken for an empty shard', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { orders, clerk } = await workshopWithBackup(first);
    await first.close();
    await rm(shardFile(dataDir, 'orders', orders[0].id));

    const second = await openBackend({ dataDir });
    const clerkAgain = await second.signIn(clerk);
    expect((await clerkAgain.ok('orders.get', { id: orders[0].id })).order.number).toBe(orders[0].number);
    expect((await clerkAgain.ok('orders.list', {})).total).toBe(orders.length);
    const info = await second.public.ok('app.info', {});
    expect(info.recovery).toEqual([
      expect.objectContaining({ kind: 'missing', file: expect.stringMatching(/^orders\/\d\d\.json$/), restoredFrom: expect.any(String), fromBackup: expect.any(Number) }),
    ]);
    expect(info.recovery[0].total).toBeGreaterThanOrEqual(1);
  });

  it('staff.json with a backup: the staff come back and the first-run screen does not appear', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    await workshopWithBackup(first, 1);
    await first.close();
    await rm(join(dataDir, 'staff.json'));

    const second = await openBackend({ dataDir });
    const info = await second.public.ok('app.info', {});
    expect(info.empty).toBe(false);
    expect((await second.public.ok('staff.list', {})).map((s) => s.name).sort()).toEqual(['Sarah Cohen', 'Алексей Смирнов', 'נועה פרץ'].sort());
    expect(info.recovery).toEqual([expect.objectContaining({ kind: 'missing', file: 'staff.json', total: 3 })]);
  });

  it('staff.json with no backup at all: not a first run, and nobody can make themself manager without signing in', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    // A folder never set up is a first run, even once a setting was saved there. The sign-in screen's language
    // needs a session to be saved now (before, it keeps to the window), so the setting is saved as the store would.
    expect(await first.public.call('settings.setUiLanguage', { uiLanguage: 'ru' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await first.backend.store.settings.insert({ ...(await first.public.ok('settings.get', {})), id: 'settings', uiLanguage: 'ru' });
    expect((await first.public.ok('app.info', {})).empty).toBe(true);
    const { clerk } = await staffedWorkshop(first);
    expect((await first.public.ok('app.info', {})).empty).toBe(false);
    const { order } = await clerk.ok('orders.create', intakeInput());
    await first.close();
    await rm(join(dataDir, 'staff.json'));

    const second = await openBackend({ dataDir });
    const info = await second.public.ok('app.info', {});
    expect(info.empty).toBe(false);
    expect(info.recovery).toEqual([expect.objectContaining({ kind: 'missing', file: 'staff.json', restoredFrom: undefined, total: 0 })]);
    expect(await second.public.call('staff.create', { name: 'Intruder', role: 'manager', pin: '1111' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Nor through the demo data, whose manager has a known PIN.
    expect(await second.public.call('app.loadDemo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await second.public.ok('staff.list', {})).toEqual([]);
    // Nobody is left to sign in: the clerk's session is refused, and without one the orders stay closed.
    expect(await second.public.call('session.signIn', { staffId: clerk.id, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await second.public.call('orders.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // The orders are all still there.
    expect(second.backend.store.orders.all().map((o) => o.number)).toEqual([order.number]);
  });

  it('a file put back from an older copy (fewer records than saved) is rebuilt from the backup and itself', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    await workshopWithBackup(first, 1);
    await first.close();
    const file = join(dataDir, 'staff.json');
    const data = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...data, items: data.items.slice(0, 1) }));

    const second = await openBackend({ dataDir });
    expect((await second.public.ok('staff.list', {})).length).toBe(3);
    expect((await second.public.ok('app.info', {})).recovery).toEqual([expect.objectContaining({ kind: 'fewer_records', file: 'staff.json', salvaged: 1, total: 3 })]);
  });

  it('of a folder from an earlier version (no manifest) is recovered from what the newest backup held', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { orders, clerk } = await workshopWithBackup(first, 2);
    await first.close();
    await rm(join(dataDir, '.store-manifest.json'));
    await rm(shardFile(dataDir, 'orders', orders[1].id));
    await rm(join(dataDir, 'staff.json'));

    const second = await openBackend({ dataDir });
    expect((await (await second.signIn(clerk)).ok('orders.get', { id: orders[1].id })).order.number).toBe(orders[1].number);
    expect((await second.public.ok('staff.list', {})).length).toBe(3);
    expect((await second.public.ok('app.info', {})).empty).toBe(false);
  });
});
