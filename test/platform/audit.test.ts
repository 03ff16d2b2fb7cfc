import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from './helpers.js';
import { DEMO_PIN } from '../../electron/app/demo.js';

describe('the audit log', () => {
  it('records who changed which record, when, through which channel, with the record before and after', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:00:00Z') });
    const { manager, clerk, technician } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    await technician.ok('orders.transition', { id: order.id, to: 'diagnosing' });
    const { rows } = await manager.ok('data.audit.list', { collection: 'orders', id: order.id });
    expect(rows.map((r) => [r.by, r.channel])).toEqual([
      [technician.id, 'orders.transition'],
      [clerk.id, 'orders.create'],
    ]);
    expect((rows[0].before as { status: string }).status).toBe('received');
    expect((rows[0].after as { status: string }).status).toBe('diagnosing');
    expect(rows[1].before).toBeUndefined();
    expect(await clerk.call('data.audit.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it("answers a change only once its audit entry is on disk, and lets the next change go on meanwhile", async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    // Ten intakes sent at once: each answer comes after its own entry is in the month's file (read straight from
    // disk, not from the log's memory), although the store takes the next intake before that entry's fsync.
    const auditFolder = join(t.dataDir, 'audit');
    const onDisk = async () => (await Promise.all((await readdir(auditFolder)).map((f) => readFile(join(auditFolder, f), 'utf8')))).join('');
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const { order } = await clerk.ok('orders.create', intakeInput({ name: `Customer ${i}`, imei: validImei(`3529061112${String(3400 + i)}`) }));
        expect(await onDisk()).toContain(`"id":"${order.id}"`);
      }),
    );
    expect((await t.backend.store.audit.verify()).intact).toBe(true);
  });

  it('names the demo manager for everything the demo data made, after the manager itself', async () => {
    const t = await openBackend();
    await t.public.ok('app.loadDemo', {});
    const manager = await t.signIn((await t.public.ok('staff.list', {})).find((m) => m.role === 'manager')!, DEMO_PIN);
    const { rows, total } = await manager.ok('data.audit.list', { limit: 500 });
    expect(total).toBeGreaterThan(20);
    const anonymous = rows.filter((r) => r.by === undefined);
    expect(anonymous.map((r) => [r.collection, r.id])).toEqual([['staff', manager.id]]);
  });

  it('is a hash chain: altering an entry is detected, and the entries after it no longer verify', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await clerk.ok('orders.create', intakeInput());
    expect(await manager.ok('data.audit.verify', {})).toMatchObject({ intact: true });
    const folder = join(t.dataDir, 'audit');
    const [file] = await readdir(folder);
    const lines = (await readFile(join(folder, file), 'utf8')).split('\n').filter(Boolean);
    const third = JSON.parse(lines[2]);
    third.after = { ...third.after, name: 'Someone else' };
    lines[2] = JSON.stringify(third);
    await writeFile(join(folder, file), `${lines.join('\n')}\n`);
    expect(await manager.ok('data.audit.verify', {})).toMatchObject({ intact: false, brokenAt: third.seq });
  });

  it('continues the chain after a restart', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    await t.close();
    const again = await openBackend({ dataDir: t.dataDir });
    await (await again.signIn(clerk)).ok('orders.create', intakeInput());
    const verified = await (await again.signIn(manager)).ok('data.audit.verify', {});
    expect(verified.intact).toBe(true);
    expect(verified.entries).toBeGreaterThan(3);
  });
});
