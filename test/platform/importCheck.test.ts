import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { unpackArchive } from '../../electron/platform/store/archive.js';
import { checkImport } from '../../electron/platform/store/importCheck.js';
import { StoreManifest } from '../../electron/platform/store/manifest.js';
import { prepareStaging, stageTree, swapIn } from '../../electron/platform/store/swap.js';
import { intakeInput, type Member, openBackend, staffedWorkshop, TEST_PIN, type TestBackend, tempDir, validImei } from './helpers.js';

/** An export of a workshop with an order and its intake act. */
async function anExport() {
  const t = await openBackend();
  const { manager, clerk } = await staffedWorkshop(t);
  const { order } = await clerk.ok('orders.create', intakeInput({ name: 'From the archive' }));
  await clerk.ok('orders.intakeAct', { orderId: order.id, language: 'en' });
  const { file } = await manager.ok('data.export', { folder: await tempDir() });
  return { file, order, manager };
}

/** The export unpacked, changed by `edit`, packed again (entries as given, `..` and absolute ones included). */
async function craft(file: string, edit: (dir: string) => Promise<string[] | void>): Promise<string> {
  const dir = await tempDir();
  await tar.extract({ file, cwd: dir });
  const extra = (await edit(dir)) ?? [];
  const crafted = join(await tempDir(), 'crafted.tar.gz');
  await tar.create({ gzip: true, file: crafted, cwd: dir, portable: true, preservePaths: true }, [...(await readdir(dir)), ...extra]);
  return crafted;
}

/** The workshop that imports: its own manager and order, which a refused import must leave exactly as they are. */
async function importer() {
  const t = await openBackend();
  const manager = await t.signIn(await t.public.ok('staff.create', { name: 'Target Manager', role: 'manager', pin: '2468' }));
  await manager.ok('orders.create', intakeInput({ imei: validImei('35209900170001'), name: 'Already here' }));
  return { t, manager };
}

/** The staff and the orders of a workshop, as a member signed in there sees them. */
const snapshot = async (t: TestBackend, member: Member) => ({
  staff: (await t.public.ok('staff.list', {})).map((s) => s.name).sort(),
  orders: (await member.ok('orders.list', {})).rows.map((r) => r.customerName).sort(),
});

const editShard = async (dir: string, folder: string, edit: (data: { schemaVersion: number; items: Array<Record<string, unknown>> }) => void) => {
  for (const name of (await readdir(join(dir, folder))).filter((n) => /^\d\d\.json$/.test(n))) {
    const file = join(dir, folder, name);
    const data = JSON.parse(await readFile(file, 'utf8'));
    if (!data.items.length) continue;
    edit(data);
    await writeFile(file, JSON.stringify(data));
    return;
  }
};

describe('an import is checked in full before anything is replaced', () => {
  it('refuses newer schema versions, invalid records, paths leaving the folder, links and stray files, and changes nothing', async () => {
    const { file } = await anExport();
    const cases: Array<[string, (dir: string) => Promise<string[] | void>]> = [
      ['newer_version', (dir) => editShard(dir, 'orders', (data) => (data.schemaVersion = 99))],
      ['invalid_record', (dir) => editShard(dir, 'orders', (data) => delete data.items[0].number)],
      ['unsafe_path', (dir) => editShard(dir, 'documents', (data) => (data.items[0].file = '../../../../etc/hostname'))],
      ['unsafe_path', (dir) => editShard(dir, 'documents', (data) => (data.items[0].file = '/etc/hostname'))],
      [
        'unsafe_path',
        async (dir) => {
          const [year] = (await readdir(join(dir, 'documents'))).filter((name) => /^\d{4}$/.test(name));
          await symlink('/etc/hostname', join(dir, 'documents', year, 'hostname.pdf'));
        },
      ],
      ['unsafe_path', (dir) => writeFile(join(dir, '..', 'outside.json'), '{}').then(() => ['../outside.json'])],
      ['unsafe_path', async () => ['/etc/hostname']],
      ['stray_file', (dir) => writeFile(join(dir, 'run-me.sh'), '#!/bin/sh\n')],
      ['stray_file', (dir) => mkdir(join(dir, 'backups')).then(() => writeFile(join(dir, 'backups', 'x.json'), '{}'))],
    ];
    const { t, manager } = await importer();
    const before = await snapshot(t, manager);
    for (const [code, edit] of cases) {
      const crafted = await craft(file, edit);
      const result = await manager.call('data.import', { file: crafted, confirm: true });
      expect(result, code).toMatchObject({ ok: false, error: { code: 'validation', fields: { file: code } } });
      expect(await snapshot(t, manager)).toEqual(before);
    }
    // Nothing was backed up or swapped for a refused archive, and the folder starts as it was.
    expect(await manager.ok('data.backups.list', {})).toEqual([]);
    await t.close();
    const reopened = await openBackend({ dataDir: t.dataDir });
    expect(await snapshot(reopened, await reopened.signIn(manager))).toEqual(before);
  }, 60_000);

  it('an import interrupted at any step of the swap leaves the old data in place (the new once it was committed)', async () => {
    const { file, order, manager: exportedManager } = await anExport();
    const { t, manager } = await importer();
    const before = await snapshot(t, manager);
    await t.close();
    const unpacked = await unpackArchive(file);
    const checked = await checkImport(unpacked);
    const names = [...new Set([...(await readdir(t.dataDir)).filter((n) => !n.startsWith('.') && n !== 'backups'), ...checked.names])].sort();
    const steps = ['journal', `aside:${names[0]}`, `in:${names[0]}`, 'aside:orders', 'in:orders', `in:${names.at(-1)}`, 'committed'];
    for (const stop of steps) {
      const dataDir = join(await tempDir(), 'data');
      await cp(t.dataDir, dataDir, { recursive: true });
      const staging = await prepareStaging(dataDir);
      await stageTree(unpacked, staging);
      await StoreManifest.writeFor(staging, checked.files, true);
      const killAt = (step: string) => {
        if (step === stop) throw new Error(`killed after ${step}`);
      };
      await expect(swapIn(dataDir, [...names, '.store-manifest.json'], killAt)).rejects.toThrow(/killed/);
      const reopened = await openBackend({ dataDir });
      // Once committed, the staff are the archive's, whose PINs stayed on the PC that exported them: no manager here
      // has a PIN, so the archive's manager signs in to choose one. Before, the workshop's own manager signs in.
      const member = stop === 'committed' ? await choosePin(reopened, exportedManager) : await reopened.signIn(manager);
      const after = await snapshot(reopened, member);
      if (stop === 'committed') expect(after.orders, stop).toEqual(['From the archive']);
      else expect(after, stop).toEqual(before);
      expect((await reopened.public.ok('app.info', {})).recovery, stop).toEqual([]);
      if (stop === 'committed') expect((await member.ok('orders.get', { id: order.id })).order.number).toBe(order.number);
      await reopened.close();
    }
  }, 60_000);
});

/** A member with no PIN on this PC signs in without one, into a session that can only choose it, then with it. */
async function choosePin(t: TestBackend, member: { id: string }) {
  const chooser = await t.signIn(member, '');
  await chooser.ok('staff.setPin', { id: member.id, pin: TEST_PIN });
  return t.signIn(member);
}
