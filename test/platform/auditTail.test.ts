import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, tempDir, validImei } from './helpers.js';

describe('the audit chain survives a cut last line', () => {
  it('keeps the cut fragment aside, records the break as a chained entry, and goes on verifying', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { manager, clerk } = await staffedWorkshop(first);
    await first.ok('orders.create', intakeInput(clerk.id));
    await first.close();
    const [month] = await readdir(join(dataDir, 'audit'));
    const file = join(dataDir, 'audit', month);
    const text = await readFile(file, 'utf8');
    const lines = text.trimEnd().split('\n');
    // Killed while appending: the last entry is cut half-way, without its newline.
    const cut = `${lines.slice(0, -1).join('\n')}\n${lines.at(-1)!.slice(0, 40)}`;
    await writeFile(file, cut);

    for (let start = 0; start < 2; start++) {
      const t = await openBackend({ dataDir });
      await t.ok('orders.create', intakeInput(clerk.id, { name: `After the cut ${start}`, phone: `+7 900 500-00-0${start}`, imei: validImei(`3520990017100${start}`) }));
      const verified = await t.ok('data.audit.verify', { actorId: manager.id });
      expect(verified, `start ${start + 1}`).toMatchObject({ intact: true });
      const { rows } = await t.ok('data.audit.list', { actorId: manager.id, collection: 'audit' });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: 'chain-break', seq: lines.length, after: { cutBytes: 40, keptIn: expect.stringMatching(/^damaged\//) } });
      const keptIn = (rows[0].after as { keptIn: string }).keptIn;
      expect(await readFile(join(dataDir, keptIn), 'utf8')).toBe(lines.at(-1)!.slice(0, 40));
      expect((await t.ok('app.info', {})).recovery).toEqual([expect.objectContaining({ kind: 'audit_break', movedTo: keptIn })]);
      await t.close();
    }
  });

  it('a whole last entry that only lost its newline is kept, with no break', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { manager, clerk } = await staffedWorkshop(first);
    await first.close();
    const [month] = await readdir(join(dataDir, 'audit'));
    const file = join(dataDir, 'audit', month);
    await writeFile(file, (await readFile(file, 'utf8')).trimEnd());
    const t = await openBackend({ dataDir });
    await t.ok('orders.create', intakeInput(clerk.id));
    expect(await t.ok('data.audit.verify', { actorId: manager.id })).toMatchObject({ intact: true });
    expect((await t.ok('data.audit.list', { actorId: manager.id, collection: 'audit' })).rows).toEqual([]);
    expect((await t.ok('data.audit.list', { actorId: manager.id, collection: 'staff' })).rows).toHaveLength(3);
  });
});
