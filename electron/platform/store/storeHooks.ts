import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupManifests } from './backup.js';
import { sha256 } from './backupIndex.js';
import type { CollectionHooks, CollectionSpec } from './collectionFile.js';
import type { DurableFs } from './durableWrite.js';
import type { Journal } from './journal.js';
import type { JournalReplay } from './journalReplay.js';
import { StoreManifest } from './manifest.js';
import type { RecoveryNotices } from './notices.js';
import { quarantineRecords } from './quarantine.js';
import { recordProblem } from './recordSchemas.js';
import { recoverFile, RepairContext, type RepairStep } from './recovery.js';

export interface OpenOptions {
  /** Tests: the file system of every durable write (a full disk, a failing disk). */
  io?: DurableFs;
  /** Tests: called between the steps of every repair (a test fails there, as a kill would). */
  onRepairStep?: (step: RepairStep, file: string) => void | Promise<void>;
  /** Tests: how long after a save the data files are rewritten (Infinity: only on flush, close and exclusiveAll). */
  compactAfterMs?: number;
}

/**
 * The manifest of a data folder. A folder of an earlier version has none: it is described from its files as they
 * are opened, and from the newest backup, so that a file the backup holds records of and that is gone now is
 * recovered rather than created empty, and a folder with data is not taken for a first run.
 */
export async function loadManifest(dataDir: string): Promise<StoreManifest> {
  const manifest = await StoreManifest.load(dataDir);
  if (manifest.known) return manifest;
  const [newest] = await backupManifests(dataDir);
  for (const [file, info] of Object.entries(newest?.files ?? {})) {
    if (info.records <= 0) continue;
    manifest.seen(file, 0);
    if (file !== 'settings.json') manifest.markSetUp();
  }
  return manifest;
}

/**
 * What every collection of a store is opened with: the journal its saves are appended to, the manifest, its schema,
 * repair from backups (and the journal's records), quarantine.
 */
export function collectionHooks(
  dataDir: string,
  manifest: StoreManifest,
  notices: RecoveryNotices,
  options: OpenOptions,
  journal: { log: Journal; replay: JournalReplay },
): (spec: CollectionSpec) => CollectionHooks {
  const repairs = new RepairContext(dataDir, notices, manifest, options.onRepairStep, journal.replay);
  return (spec) => ({
    io: options.io,
    journal: (entry) => journal.log.append(entry),
    manifest,
    validate: (record) => recordProblem(spec.name, record),
    repair: async (file, kind, problem) => {
      await recoverFile(repairs, spec, file, kind, problem);
    },
    quarantine: async (file, rejected) => {
      const keptIn = await quarantineRecords(dataDir, file, rejected);
      const ids = rejected.map(({ record }) => JSON.stringify(record)).join('\n');
      await notices.add({
        key: `quarantined:${file}:${sha256(Buffer.from(ids))}`,
        kind: 'quarantined',
        file,
        problem: `${rejected.length} record(s) cannot be used (${rejected[0].reason})`,
        movedTo: keptIn,
        fromBackup: 0,
        salvaged: 0,
        total: rejected.length,
      });
    },
  });
}

/** Temporary files of the store's own small files (manifest, notices, checksums) left by a crash. */
export async function removeLeftovers(dataDir: string): Promise<void> {
  for (const folder of [dataDir, join(dataDir, 'backups')]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) if (/\.json\.\d+-\d+\.tmp$/.test(name) && (name.startsWith('.') || folder !== dataDir)) await rm(join(folder, name), { force: true });
  }
}
