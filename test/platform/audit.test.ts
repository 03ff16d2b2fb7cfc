import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop } from './helpers.js';

describe('the audit log', () => {
  it('records who changed which record, when, through which channel, with the record before and after', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:00:00Z') });
    const { manager, clerk, technician } = await staffedWorkshop(t);
    const { order } = await t.ok('orders.create', intakeInput(clerk.id));
    await t.ok('orders.transition', { actorId: technician.id, id: order.id, to: 'diagnosing' });
    const { rows } = await t.ok('data.audit.list', { actorId: manager.id, collection: 'orders', id: order.id });
    expect(rows.map((r) => [r.by, r.channel])).toEqual([
      [technician.id, 'orders.transition'],
      [clerk.id, 'orders.create'],
    ]);
    expect((rows[0].before as { status: string }).status).toBe('received');
    expect((rows[0].after as { status: string }).status).toBe('diagnosing');
    expect(rows[1].before).toBeUndefined();
    expect(await t.call('data.audit.list', { actorId: clerk.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('names the demo manager for everything the demo data made, after the manager itself', async () => {
    const t = await openBackend();
    await t.ok('app.loadDemo', {});
    const manager = (await t.ok('staff.list', {})).find((m) => m.role === 'manager')!;
    const { rows, total } = await t.ok('data.audit.list', { actorId: manager.id, limit: 500 });
    expect(total).toBeGreaterThan(20);
    const anonymous = rows.filter((r) => r.by === undefined);
    expect(anonymous.map((r) => [r.collection, r.id])).toEqual([['staff', manager.id]]);
  });

  it('is a hash chain: altering an entry is detected, and the entries after it no longer verify', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await t.ok('orders.create', intakeInput(clerk.id));
    expect(await t.ok('data.audit.verify', { actorId: manager.id })).toMatchObject({ intact: true });
    const folder = join(t.dataDir, 'audit');
    const [file] = await readdir(folder);
    const lines = (await readFile(join(folder, file), 'utf8')).split('\n').filter(Boolean);
    const third = JSON.parse(lines[2]);
    third.after = { ...third.after, name: 'Someone else' };
    lines[2] = JSON.stringify(third);
    await writeFile(join(folder, file), `${lines.join('\n')}\n`);
    expect(await t.ok('data.audit.verify', { actorId: manager.id })).toMatchObject({ intact: false, brokenAt: third.seq });
  });

  it('continues the chain after a restart', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await t.close();
    const again = await openBackend({ dataDir: t.dataDir });
    await again.ok('orders.create', intakeInput(clerk.id));
    const verified = await again.ok('data.audit.verify', { actorId: manager.id });
    expect(verified.intact).toBe(true);
    expect(verified.entries).toBeGreaterThan(3);
  });
});
