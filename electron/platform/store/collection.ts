import { access, copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DomainError } from '../../../shared/platform/result.js';
import { CorruptFileError, DurableJsonFile, fsyncFolder } from './durableJsonFile.js';

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

export class NewerSchemaError extends Error {
  constructor(file: string, found: number, known: number) {
    super(`${file} was written by a newer version of the application (schema ${found}, this one knows ${known}).`);
    this.name = 'NewerSchemaError';
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The shard of an id: from the random tail of a ULID, or a string hash for other ids. */
export function shardOf(id: string, shards: number): number {
  if (shards === 1) return 0;
  const a = CROCKFORD.indexOf(id[id.length - 2] ?? '');
  const b = CROCKFORD.indexOf(id[id.length - 1] ?? '');
  if (id.length === 26 && a >= 0 && b >= 0) return (a * 32 + b) % shards;
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % shards;
}

function shardFile(dataDir: string, spec: CollectionSpec, shard: number): string {
  return (spec.shards ?? 1) === 1 ? join(dataDir, `${spec.name}.json`) : join(dataDir, spec.name, `${String(shard).padStart(2, '0')}.json`);
}

/** Binary search for an id in records sorted by id: its index, or where it would go (as -(index) - 1). */
function search<T extends { id: string }>(items: readonly T[], id: string): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const current = items[mid].id;
    if (current === id) return mid;
    if (current < id) low = mid + 1;
    else high = mid - 1;
  }
  return -low - 1;
}

/**
 * One collection = one lowdb file, or several (shards) for large ones. Reads come from memory, in id order (ULIDs
 * are time-ordered, so that is creation order), with an id index; every change is written durably to the file of
 * its shard before it is acknowledged, and if the write fails the change is undone in memory, so memory never runs
 * ahead of disk.
 */
/** Told of every saved batch (the audit log listens here). */
export type ChangeObserver = (collection: string, changes: Array<{ id: string; before?: unknown; after: unknown }>) => Promise<void>;

export class Collection<T extends { id: string }> {
  private byId = new Map<string, T>();
  private sorted: T[] = [];
  private observer: ChangeObserver | undefined;
  private keyed = new Map<string, { keysOf: (item: T) => readonly string[]; map: Map<string, T[]> }>();
  private changes = 0;

  private constructor(
    private readonly files: Low<CollectionFile<T>>[],
    readonly name: string,
  ) {
    this.reindex();
  }

  static async open<T extends { id: string }>(dataDir: string, spec: CollectionSpec): Promise<Collection<T>> {
    const shards = spec.shards ?? 1;
    if (shards > 1) await mkdir(join(dataDir, spec.name), { recursive: true });
    // write-file-atomic names its temporary file "<file>.<number>".
    const leftover = shards > 1 ? /^\d+\.json\.\d+$/ : new RegExp(`^${spec.name}\\.json\\.\\d+$`);
    await removeUnfinishedWrites(shards > 1 ? join(dataDir, spec.name) : dataDir, leftover);
    const files: Low<CollectionFile<T>>[] = [];
    for (let shard = 0; shard < shards; shard++) files.push(await openFile<T>(dataDir, spec, shardFile(dataDir, spec, shard)));
    const collection = new Collection(files, spec.name);
    if (shards > 1) await collection.absorbSingleFile(dataDir, spec);
    return collection;
  }

  all(): readonly T[] {
    return this.sorted;
  }

  observe(observer: ChangeObserver): void {
    this.observer = observer;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /**
   * The records under a derived key (a device's serial or IMEI, an order's number): an index built on first use
   * and kept in step with every saved change and every undo, so that a scanned code does not read every record.
   */
  byKey(name: string, keysOf: (item: T) => readonly string[], key: string): readonly T[] {
    let index = this.keyed.get(name);
    if (!index) {
      index = { keysOf, map: new Map() };
      for (const item of this.sorted) addKeys(index, item);
      this.keyed.set(name, index);
    }
    return index.map.get(key) ?? [];
  }

  /** Counts every change to the records in memory (saves and undone saves): a cache built at one revision is stale at another. */
  get revision(): number {
    return this.changes;
  }

  /** The file a record of this id is written to. */
  shardOf(id: string): number {
    return shardOf(id, this.files.length);
  }

  get size(): number {
    return this.sorted.length;
  }

  async insert(item: T): Promise<T> {
    await this.applyBatch([item], []);
    return item;
  }

  /** Replace a record by id with its new version. */
  async replace(item: T): Promise<T> {
    if (!this.byId.has(item.id)) throw new DomainError('not_found', `${this.name}: ${item.id} not found`);
    await this.applyBatch([], [item]);
    return item;
  }

  /**
   * Insert and replace many records, writing each touched file once (an import of thousands of rows must not
   * rewrite a file per row). If a write fails, every change of the batch is undone in memory.
   */
  async applyBatch(inserts: readonly T[], replacements: readonly T[], options: { oneFile?: boolean } = {}): Promise<void> {
    if (!inserts.length && !replacements.length) return;
    // A batch that must be all or nothing on disk has to fit in one file: one file is replaced atomically.
    if (options.oneFile && new Set([...inserts, ...replacements].map((item) => shardOf(item.id, this.files.length))).size > 1) {
      throw new Error(`${this.name}: a batch that must be written at once spans several files.`);
    }
    for (const item of inserts) {
      if (this.byId.has(item.id)) throw new DomainError('conflict', `${this.name}: ${item.id} exists already`);
    }
    for (const item of replacements) {
      if (!this.byId.has(item.id)) throw new DomainError('not_found', `${this.name}: ${item.id} not found`);
    }
    const touched = new Set<number>();
    const before = new Map<number, T[]>();
    const changes: Array<{ id: string; before?: unknown; after: unknown }> = [
      ...replacements.map((item) => ({ id: item.id, before: this.byId.get(item.id), after: item as unknown })),
      ...inserts.map((item) => ({ id: item.id, after: item as unknown })),
    ];
    const shardOfItem = (item: T) => {
      const shard = shardOf(item.id, this.files.length);
      if (!before.has(shard)) before.set(shard, this.files[shard].data.items.slice());
      touched.add(shard);
      return this.files[shard].data.items;
    };
    for (const item of replacements) {
      const items = shardOfItem(item);
      items[items.findIndex((existing) => existing.id === item.id)] = item;
      this.sorted[search(this.sorted, item.id)] = item;
      this.byId.set(item.id, item);
    }
    for (const item of inserts) {
      shardOfItem(item).push(item);
      const at = search(this.sorted, item.id);
      if (-at - 1 === this.sorted.length) this.sorted.push(item);
      else this.sorted.splice(-at - 1, 0, item);
      this.byId.set(item.id, item);
    }
    this.changes++;
    // The keyed indexes change with the records (a failed write rebuilds them below, with everything else).
    for (const index of this.keyed.values()) {
      for (const change of changes) {
        if (change.before) removeKeys(index, change.before as T);
        addKeys(index, change.after as T);
      }
    }
    try {
      await Promise.all([...touched].map((shard) => this.files[shard].write()));
    } catch (error) {
      for (const [shard, items] of before) this.files[shard].data.items = items;
      this.reindex();
      throw new DomainError('storage', `Could not save ${this.name}: ${(error as Error).message}`);
    }
    await this.observer?.(this.name, changes);
  }

  private reindex(): void {
    this.changes++;
    const items = this.files.flatMap((file) => file.data.items);
    this.sorted = this.files.length === 1 ? items : items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.byId = new Map(this.sorted.map((item) => [item.id, item]));
    for (const index of this.keyed.values()) {
      index.map.clear();
      for (const item of this.sorted) addKeys(index, item);
    }
  }

  /** A collection that was one file before it was split: its records move into the shards, the file to backups. */
  private async absorbSingleFile(dataDir: string, spec: CollectionSpec): Promise<void> {
    const legacy = join(dataDir, `${spec.name}.json`);
    if (!(await exists(legacy))) return;
    const single = await openFile<T>(dataDir, { ...spec, shards: 1 }, legacy);
    const fresh = single.data.items.filter((item) => !this.byId.has(item.id));
    await this.applyBatch(fresh, []);
    const folder = join(dataDir, 'backups', 'pre-migration');
    await mkdir(folder, { recursive: true });
    await rename(legacy, join(folder, `${spec.name}.single-file.${Date.now()}.json`));
    await fsyncFolder(dataDir);
  }
}

async function openFile<T>(dataDir: string, spec: CollectionSpec, file: string): Promise<Low<CollectionFile<T>>> {
  const adapter = new DurableJsonFile<CollectionFile<T>>(file);
  const stored = await adapter.read();
  const db = new Low<CollectionFile<T>>(adapter, stored ?? { schemaVersion: spec.version, items: [] });
  // A new file is written at once, so that every file on disk carries its schema version.
  if (!stored) await db.write();
  const data = db.data;
  if (typeof data.schemaVersion !== 'number' || !Array.isArray(data.items)) {
    throw new CorruptFileError(file, new Error('it is not a collection file: no schemaVersion or items'));
  }
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
  return db;
}

async function backupBeforeMigration(dataDir: string, file: string, version: number): Promise<void> {
  const folder = join(dataDir, 'backups', 'pre-migration');
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = file.slice(dataDir.length + 1).replace(/[\\/]/g, '_').replace(/\.json$/, '');
  await copyFile(file, join(folder, `${base}.v${version}.${stamp}.json`));
  await fsyncFolder(folder);
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * A crash between writing a temporary file and renaming it over the real one leaves the temporary file behind; the
 * real file is intact (the rename is atomic), so the leftover is only removed.
 */
async function removeUnfinishedWrites(folder: string, pattern: RegExp): Promise<void> {
  for (const name of await readdir(folder)) {
    if (pattern.test(name)) await rm(join(folder, name), { force: true });
  }
}

function addKeys<T extends { id: string }>(index: { keysOf: (item: T) => readonly string[]; map: Map<string, T[]> }, item: T): void {
  for (const key of new Set(index.keysOf(item))) {
    if (!key) continue;
    const list = index.map.get(key);
    if (list) list.push(item);
    else index.map.set(key, [item]);
  }
}

function removeKeys<T extends { id: string }>(index: { keysOf: (item: T) => readonly string[]; map: Map<string, T[]> }, item: T): void {
  for (const key of new Set(index.keysOf(item))) {
    const list = index.map.get(key)?.filter((other) => other.id !== item.id);
    if (list?.length) index.map.set(key, list);
    else index.map.delete(key);
  }
}
