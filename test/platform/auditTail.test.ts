import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, tempDir, validImei } from './helpers.js';

describe('the audit chain survives a cut last line', () => {
  it('keeps the cut fragment aside, records the break as a chained entry, and goes on verifying', async () => {
    const dataDir = await tempDir();
    const first = await openBackend({ dataDir });
    const { manager, clerk } = await staffedWorkshop(first);
    await clerk.ok('orders.create', intakeInput());
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
      const [managerHere, clerkHere] = [await t.signIn(manager), await t.signIn(clerk)];
      await clerkHere.ok('orders.create', intakeInput({ name: `After the cut ${start}`, phone: `+7 900 500-00-0${start}`, imei: validImei(`3520990017100${start}`) }));
      const verified = await managerHere.ok('data.audit.verify', {});
      expect(verified, `start ${start + 1}`).toMatchObject({ intact: true });
      const { rows } = await managerHere.ok('data.audit.list', { collection: 'audit' });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: 'chain-break', seq: lines.length, after: { cutBytes: 40, keptIn: expect.stringMatching(/^damaged\//) } });
      const keptIn = (rows[0].after as { keptIn: string }).keptIn;
      expect(await readFile(join(dataDir, keptIn), 'utf8')).toBe(lines.at(-1)!.slice(0, 40));
      expect((await t.public.ok('app.info', {})).recovery).toEqual([expect.objectContaining({ kind: 'audit_break', movedTo: keptIn })]);
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
    const [managerHere, clerkHere] = [await t.signIn(manager), await t.signIn(clerk)];
    await clerkHere.ok('orders.create', intakeInput());
    expect(await managerHere.ok('data.audit.verify', {})).toMatchObject({ intact: true });
    expect((await managerHere.ok('data.audit.list', { collection: 'audit' })).rows).toEqual([]);
    expect((await managerHere.ok('data.audit.list', { collection: 'staff' })).rows).toHaveLength(3);
  });
});
