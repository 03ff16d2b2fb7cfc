import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Low } from 'lowdb';
import { CorruptFileError, DurableJsonFile, fileStamp } from './durableJsonFile.js';
import { type DurableFs, fsyncFolder, LEFTOVER } from './durableWrite.js';
import type { StoreManifest } from './manifest.js';
import type { RecoveryKind } from './notices.js';

/** What every collection file holds: its schema version and its records. */
export interface CollectionFile<T> {
  schemaVersion: number;
  items: T[];
}

/** Upgrades a file's records from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  migrate(items: unknown[]): unknown[];
}

export interface CollectionSpec {
  name: string;
  version: number;
  migrations?: readonly Migration[];
  /**
   * Large collections are split into this many files by id, so that saving one record rewrites one small file
   * and the cost of a save does not grow with the whole history. 1 (the default) keeps one file.
   */
  shards?: number;
}

/** What the store gives a collection it opens; a collection opened alone (tests) gets none of it. */
export interface CollectionHooks {
  /** The file system of the durable writes (tests inject full disks). */
  io?: DurableFs;
  /**
   * Where a saved batch becomes durable (the store's journal, journal.ts): the batch is acknowledged once appended,
   * and the files are rewritten later (compactor.ts). Without it (a collection opened alone) each save rewrites
   * the files it touches.
   */
  journal?(entry: { collection: string; version: number; files: string[]; records: Array<{ id: string }>; removed?: string[] }): Promise<void>;
  manifest?: StoreManifest;
  /** Why a record cannot be used, or undefined (the collection's zod schema). */
  validate?(record: unknown): string | undefined;
  /** Put right a damaged, missing or shortened file before it is read again (recovery.ts). */
  repair?(file: string, kind: RecoveryKind, problem: string): Promise<void>;
  /** Keep records that fail validation aside (with a notice) before the file is rewritten without them. */
  quarantine?(file: string, rejected: Array<{ record: unknown; reason: string }>): Promise<void>;
}

export class NewerSchemaError extends Error {
  constructor(file: string, found: number, known: number) {
    super(`${file} was written by a newer version of the application (schema ${found}, this one knows ${known}).`);
    this.name = 'NewerSchemaError';
  }
}

/** A file that cannot be taken as it is: damaged, missing though the store had it, or holding fewer records. */
export class DamagedFileError extends CorruptFileError {
  constructor(
    file: string,
    readonly kind: RecoveryKind,
    cause: Error,
  ) {
    super(file, cause);
    if (kind !== 'damaged') this.message = `The data file ${file} ${cause.message}.`;
  }
}

export function shardFile(dataDir: string, spec: CollectionSpec, shard: number): string {
  return (spec.shards ?? 1) === 1 ? join(dataDir, `${spec.name}.json`) : join(dataDir, spec.name, `${String(shard).padStart(2, '0')}.json`);
}

/** A data file's name relative to the data folder, "/"-separated (as the manifest and notices name it). */
export const relativeName = (dataDir: string, file: string) => relative(dataDir, file).replace(/\\/g, '/');

/** Read, check and (when needed) migrate, repair or clean one collection file. */
export async function openFile<T>(dataDir: string, spec: CollectionSpec, file: string, hooks: CollectionHooks = {}): Promise<Low<CollectionFile<T>>> {
  const adapter = new DurableJsonFile<CollectionFile<T>>(file, hooks.io);
  const name = relativeName(dataDir, file);
  let stored: CollectionFile<T> | null;
  try {
    stored = await readChecked(adapter, file, name, hooks.manifest);
  } catch (error) {
    if (!(error instanceof CorruptFileError) || !hooks.repair) throw error;
    await hooks.repair(name, error instanceof DamagedFileError ? error.kind : 'damaged', error.message);
    stored = await readChecked(adapter, file, name, hooks.manifest);
    if (!stored) throw new DamagedFileError(file, 'missing', new Error('is still missing after its repair'));
  }
  const db = new Low<CollectionFile<T>>(adapter, stored ?? { schemaVersion: spec.version, items: [] });
  // A new file is written at once, so that every file on disk carries its schema version.
  if (!stored) await db.write();
  const data = db.data;
  if (data.schemaVersion > spec.version) throw new NewerSchemaError(file, data.schemaVersion, spec.version);
  if (data.schemaVersion < spec.version) {
    await backupBeforeMigration(dataDir, file, data.schemaVersion);
    let items: unknown[] = data.items;
    for (let v = data.schemaVersion; v < spec.version; v++) {
      const step = spec.migrations?.find((m) => m.from === v);
      if (!step) throw new Error(`No migration for ${spec.name} from schema ${v}.`);
      items = step.migrate(items);
    }
    db.data = { schemaVersion: spec.version, items: items as T[] };
    await db.write();
  }
  // Validated unless the file is as the store last wrote or validated it (cold start stays fast: see the manifest).
  if (hooks.validate) {
    const stamp = adapter.stamp ?? (await fileStamp(file));
    if (!hooks.manifest || stamp === undefined || hooks.manifest.checkedStamp(name) !== stamp) {
      await quarantineInvalid(db, name, hooks);
      hooks.manifest?.markChecked(name, adapter.stamp ?? (await fileStamp(file)));
    }
  }
  hooks.manifest?.seen(name, db.data.items.length);
  return db;
}

async function readChecked<T>(adapter: DurableJsonFile<CollectionFile<T>>, file: string, name: string, manifest?: StoreManifest): Promise<CollectionFile<T> | null> {
  const stored = await adapter.read();
  if (!stored) {
    if (manifest?.listed(name)) throw new DamagedFileError(file, 'missing', new Error(`is missing (the store had it, with ${manifest.records(name)} records)`));
    return null;
  }
  if (typeof stored.schemaVersion !== 'number' || !Array.isArray(stored.items)) {
    throw new CorruptFileError(file, new Error('it is not a collection file: no schemaVersion or items'));
  }
  const expected = manifest?.records(name) ?? 0;
  if (stored.items.length < expected) {
    throw new DamagedFileError(file, 'fewer_records', new Error(`holds ${stored.items.length} records, the store had saved ${expected} in it`));
  }
  return stored;
}

/** Records that fail their schema go to the quarantine (kept, with a notice), then the file is rewritten without them. */
async function quarantineInvalid<T>(db: Low<CollectionFile<T>>, name: string, hooks: CollectionHooks): Promise<void> {
  const rejected: Array<{ record: unknown; reason: string }> = [];
  const kept: T[] = [];
  for (const item of db.data.items) {
    const reason = hooks.validate!(item);
    if (reason) rejected.push({ record: item, reason });
    else kept.push(item);
  }
  if (!rejected.length) return;
  await hooks.quarantine?.(name, rejected);
  await hooks.manifest?.lower(name, kept.length);
  db.data = { ...db.data, items: kept };
  await db.write();
}

async function backupBeforeMigration(dataDir: string, file: string, version: number): Promise<void> {
  const folder = join(dataDir, 'backups', 'pre-migration');
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = file.slice(dataDir.length + 1).replace(/[\\/]/g, '_').replace(/\.json$/, '');
  await copyFile(file, join(folder, `${base}.v${version}.${stamp}.json`));
  await fsyncFolder(folder);
}

/**
 * A crash between writing a temporary file and renaming it over the real one leaves the temporary file behind; the
 * real file is intact (the rename is atomic), so the leftover is only removed.
 */
export async function removeUnfinishedWrites(folder: string, prefix: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (name.startsWith(prefix) && LEFTOVER.test(name)) await rm(join(folder, name), { force: true });
  }
}
