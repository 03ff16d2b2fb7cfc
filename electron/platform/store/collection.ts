import { access, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { DomainError } from '../../../shared/platform/result.js';
import { type CollectionFile, type CollectionHooks, type CollectionSpec, openFile, relativeName, removeUnfinishedWrites, shardFile } from './collectionFile.js';
import type { DurableJsonFile } from './durableJsonFile.js';
import { fsyncFolder } from './durableWrite.js';

export { NewerSchemaError } from './collectionFile.js';
export type { CollectionFile, CollectionHooks, CollectionSpec, Migration } from './collectionFile.js';

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
 * are time-ordered, so that is creation order), with an id index; every change is durable before it is
 * acknowledged (appended to the store's journal, or written to the file of its shard when opened alone), and if
 * that fails the change is undone in memory, so memory never runs ahead of disk. The files are rewritten from
 * memory with acknowledged records only: a record whose save is still under way is written as it was before it.
 */
/** Told of every saved batch (the audit log listens here); a removed record's `after` is null. */
export type ChangeObserver = (collection: string, changes: Array<{ id: string; before?: unknown; after: unknown }>) => Promise<void>;

/** One record's change in a batch: inserted or replaced (`after`), or removed (`after` undefined). */
interface Change<T> {
  id: string;
  before?: T;
  after?: T;
}

/** What a collection's part of a batch appends to the journal: the records, whole, and the ids it removes. */
export interface JournalPart {
  collection: string;
  version: number;
  files: string[];
  records: Array<{ id: string }>;
  removed?: string[];
}

/**
 * A batch applied in memory and waiting for its journal line (several collections' batches can share one line:
 * Store.applyTogether). `settle(true)` once the line is on disk, then `observe()`; `settle(false)` if it is not.
 */
export interface StagedBatch {
  readonly part: JournalPart;
  settle(acknowledged: boolean): void;
  observe(): Promise<void>;
}

/** A collection's part of a change saved with other collections' parts (Store.applyTogether), built by `batchOf`. */
export interface BatchPart {
  stage(): StagedBatch | undefined;
}

/** The part of one collection in a change across several: records to insert and replace, ids to remove. */
export function batchOf<T extends { id: string }>(collection: Collection<T>, change: { inserts?: readonly T[]; replacements?: readonly T[]; removals?: readonly string[] }): BatchPart {
  const { inserts = [], replacements = [], removals = [] } = change;
  return { stage: () => (inserts.length || replacements.length || removals.length ? collection.stage(inserts, replacements, removals) : undefined) };
}

/** A removal on its way to the journal, in the list of versions on the way (see `inflight`). */
const REMOVED = Symbol('removed');

export class Collection<T extends { id: string }> {
  private byId = new Map<string, T>();
  private sorted: T[] = [];
  private observer: ChangeObserver | undefined;
  private keyed = new Map<string, { keysOf: (item: T) => readonly string[]; map: Map<string, T[]> }>();
  private changes = 0;
  /** The revision of the last rebuild of the lists (a reload, an undone save): every record may be another since. */
  private rebuiltAt = 0;
  /** Records replaced, newest last, with the revision of their batch (the last 10,000 or so; see replacedSince). */
  private replacedLog: Array<{ at: number; id: string }> = [];
  private forgottenUpTo = 0;
  /** Records with a save under way: their last acknowledged version (undefined: none yet) and the versions on the way. */
  private inflight = new Map<string, { acked: T | undefined; coming: Array<T | typeof REMOVED> }>();

  private constructor(
    private readonly files: Low<CollectionFile<T>>[],
    readonly name: string,
    private readonly version: number,
    /** Each file's name relative to the data folder (for the manifest). */
    private readonly names: readonly string[],
    private readonly hooks: CollectionHooks,
  ) {
    this.reindex();
  }

  static async open<T extends { id: string }>(dataDir: string, spec: CollectionSpec, hooks: CollectionHooks = {}): Promise<Collection<T>> {
    const shards = spec.shards ?? 1;
    if (shards > 1) await mkdir(join(dataDir, spec.name), { recursive: true });
    await removeUnfinishedWrites(shards > 1 ? join(dataDir, spec.name) : dataDir, shards > 1 ? '' : `${spec.name}.json.`);
    const files: Low<CollectionFile<T>>[] = [];
    const names: string[] = [];
    for (let shard = 0; shard < shards; shard++) {
      const file = shardFile(dataDir, spec, shard);
      files.push(await openFile<T>(dataDir, spec, file, hooks));
      names.push(relativeName(dataDir, file));
    }
    const collection = new Collection(files, spec.name, spec.version, names, hooks);
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

  /**
   * Ids of the records replaced after revision `since` (a record added since is not among them), or undefined when
   * the collection cannot say (its lists were rebuilt since, or `since` is older than what it remembers): then look
   * at every record again. For indexes over several collections (the order search holds its customers' names).
   */
  replacedSince(since: number): string[] | undefined {
    if (since < this.rebuiltAt || since < this.forgottenUpTo) return undefined;
    const ids: string[] = [];
    for (let i = this.replacedLog.length - 1; i >= 0 && this.replacedLog[i].at > since; i--) ids.push(this.replacedLog[i].id);
    return ids;
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
   * rewrite a file per row), and remove some by id (`removals`: an import undone; records are otherwise never
   * deleted). If a write fails, every change of the batch is undone in memory.
   */
  async applyBatch(inserts: readonly T[], replacements: readonly T[], options: { oneFile?: boolean; removals?: readonly string[] } = {}): Promise<void> {
    const removals = options.removals ?? [];
    if (!inserts.length && !replacements.length && !removals.length) return;
    // A batch that must be all or nothing on disk has to fit in one file: one file is replaced atomically.
    if (options.oneFile && new Set([...inserts, ...replacements].map((item) => shardOf(item.id, this.files.length))).size > 1) {
      throw new Error(`${this.name}: a batch that must be written at once spans several files.`);
    }
    if (this.hooks.journal) {
      const staged = this.stage(inserts, replacements, removals);
      try {
        await this.hooks.journal(staged.part);
      } catch (error) {
        staged.settle(false);
        throw new DomainError('storage', `Could not save ${this.name}: ${(error as Error).message}`);
      }
      staged.settle(true);
      await staged.observe();
      return;
    }
    const { changes, touched } = this.applyInMemory(inserts, replacements, removals);
    const shards = [...touched];
    const results = await Promise.allSettled(shards.map((shard) => this.files[shard].write()));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) {
      this.undo(changes);
      // Files of the batch that were written are written back as they were: nothing of a refused batch stays.
      await Promise.allSettled(shards.filter((_, i) => results[i].status === 'fulfilled').map((shard) => this.files[shard].write()));
      throw new DomainError('storage', `Could not save ${this.name}: ${(failed.reason as Error).message}`);
    }
    const stampOf = (shard: number) => (this.files[shard].adapter as DurableJsonFile<CollectionFile<T>>).stamp;
    await Promise.all(shards.map((shard) => this.hooks.manifest?.saved(this.names[shard], this.files[shard].data.items.length, stampOf(shard))));
    await this.observer?.(this.name, auditChanges(changes));
  }

  /**
   * Apply a batch in memory and hand back its journal part, for a line the caller appends (alone, or with other
   * collections' parts: Store.applyTogether). Until it is settled, the files are written with the records as they
   * were before it. Checks first: nothing changes when an insert exists already or a replaced or removed id does not.
   */
  stage(inserts: readonly T[], replacements: readonly T[], removals: readonly string[] = []): StagedBatch {
    const { changes, touched } = this.applyInMemory(inserts, replacements, removals);
    this.begin(changes);
    const part: JournalPart = {
      collection: this.name,
      version: this.version,
      files: [...touched].map((shard) => this.names[shard]),
      records: [...replacements, ...inserts],
      ...(removals.length ? { removed: [...removals] } : {}),
    };
    let settled = false;
    return {
      part,
      settle: (acknowledged) => {
        if (settled) return;
        settled = true;
        this.settle(changes, acknowledged);
        if (!acknowledged) this.undo(changes);
      },
      observe: () => this.observer?.(this.name, auditChanges(changes)) ?? Promise.resolve(),
    };
  }

  private applyInMemory(inserts: readonly T[], replacements: readonly T[], removals: readonly string[]): { changes: Change<T>[]; touched: Set<number> } {
    for (const item of inserts) {
      if (this.byId.has(item.id)) throw new DomainError('conflict', `${this.name}: ${item.id} exists already`);
    }
    for (const item of replacements) {
      if (!this.byId.has(item.id)) throw new DomainError('not_found', `${this.name}: ${item.id} not found`);
    }
    for (const id of removals) {
      if (!this.byId.has(id)) throw new DomainError('not_found', `${this.name}: ${id} not found`);
    }
    const touched = new Set<number>();
    const changes: Change<T>[] = [
      ...replacements.map((item) => ({ id: item.id, before: this.byId.get(item.id), after: item })),
      ...inserts.map((item) => ({ id: item.id, after: item })),
      ...removals.map((id) => ({ id, before: this.byId.get(id) })),
    ];
    const shardOfItem = (id: string) => {
      const shard = shardOf(id, this.files.length);
      touched.add(shard);
      return this.files[shard].data.items;
    };
    // Where each replaced record sits in its file: looked up once per touched file, not once per record (a batch
    // of 100,000 replacements over files of 1,500 records each would otherwise compare 150 million ids).
    const positions = new Map<T[], Map<string, number>>();
    const positionIn = (items: T[], id: string) => {
      if (replacements.length === 1) return items.findIndex((existing) => existing.id === id);
      let map = positions.get(items);
      if (!map) positions.set(items, (map = new Map(items.map((existing, i) => [existing.id, i]))));
      return map.get(id)!;
    };
    for (const item of replacements) {
      const items = shardOfItem(item.id);
      items[positionIn(items, item.id)] = item;
      this.sorted[search(this.sorted, item.id)] = item;
      this.byId.set(item.id, item);
    }
    for (const item of inserts) {
      shardOfItem(item.id).push(item);
      const at = search(this.sorted, item.id);
      if (-at - 1 === this.sorted.length) this.sorted.push(item);
      else this.sorted.splice(-at - 1, 0, item);
      this.byId.set(item.id, item);
    }
    if (removals.length) {
      // Each touched file and the sorted list are filtered once, not spliced once per removed record.
      const gone = new Set(removals);
      for (const id of removals) shardOfItem(id);
      for (const shard of touched) {
        const file = this.files[shard].data;
        if (file.items.some((item) => gone.has(item.id))) file.items = file.items.filter((item) => !gone.has(item.id));
      }
      this.sorted = this.sorted.filter((item) => !gone.has(item.id));
      for (const id of removals) this.byId.delete(id);
    }
    this.changes++;
    for (const item of replacements) this.replacedLog.push({ at: this.changes, id: item.id });
    if (this.replacedLog.length > 20_000) this.forgottenUpTo = this.replacedLog.splice(0, 10_000).at(-1)!.at;
    // A removal moves every later record in the lists: what was built on them is to be built again.
    if (removals.length) this.rebuiltAt = this.changes;
    // The keyed indexes change with the records (a failed write rebuilds them below, with everything else).
    for (const index of this.keyed.values()) {
      for (const change of changes) {
        if (change.before) removeKeys(index, change.before);
        if (change.after) addKeys(index, change.after);
      }
    }
    return { changes, touched };
  }

  /** The data files of this collection (relative names), one per shard. */
  get fileNames(): readonly string[] {
    return this.names;
  }

  /**
   * Rewrite one of its files (relative name) from memory, durably, with acknowledged records only (the compactor,
   * in the background). The manifest's count goes up to what the file now holds.
   */
  async writeFile(name: string): Promise<void> {
    const shard = this.names.indexOf(name);
    if (shard < 0) throw new Error(`${this.name} has no file ${name}`);
    const file = this.files[shard];
    let items = this.inflight.size ? file.data.items.flatMap((item) => (this.inflight.has(item.id) ? (this.inflight.get(item.id)!.acked ?? []) : item)) : file.data.items;
    // A record whose removal is still on its way to the journal is written as it was (kept in id order).
    const removing = [...this.inflight].filter(([id, entry]) => entry.acked && !this.byId.has(id) && shardOf(id, this.files.length) === shard).map(([, entry]) => entry.acked!);
    if (removing.length) items = [...items, ...removing].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const adapter = file.adapter as DurableJsonFile<CollectionFile<T>>;
    // A file rewritten with fewer records (an import undone): its lower count is on disk first (manifest.ts).
    if (this.hooks.manifest && items.length < this.hooks.manifest.records(name)) await this.hooks.manifest.lower(name, items.length);
    await adapter.write({ schemaVersion: file.data.schemaVersion, items });
    await this.hooks.manifest?.saved(name, items.length, adapter.stamp);
  }

  /**
   * Lay the journal's records over what the files hold (start-up): each replaces the record of its id whole, or is
   * added; replaying the same records twice gives the same result.
   */
  replay(records: ReadonlyArray<{ id: string }>, removed: ReadonlySet<string> = new Set()): void {
    if (!records.length && !removed.size) return;
    for (const record of records as readonly T[]) {
      const items = this.files[shardOf(record.id, this.files.length)].data.items;
      const at = this.byId.has(record.id) ? items.findIndex((item) => item.id === record.id) : -1;
      if (at >= 0) items[at] = record;
      else {
        items.push(record);
        this.byId.set(record.id, record);
      }
    }
    // Records the journal removed last (an undone import): gone from the files, whatever version they held.
    if (removed.size) {
      for (const file of this.files) if (file.data.items.some((item) => removed.has(item.id))) file.data.items = file.data.items.filter((item) => !removed.has(item.id));
    }
    this.reindex();
  }

  /** A batch's save is under way: what each record was before it is kept for the files until it is acknowledged. */
  private begin(changes: ReadonlyArray<Change<T>>): void {
    for (const change of changes) {
      const entry = this.inflight.get(change.id);
      if (entry) entry.coming.push(change.after ?? REMOVED);
      else this.inflight.set(change.id, { acked: change.before, coming: [change.after ?? REMOVED] });
    }
  }

  /** A batch's save is acknowledged (its versions are the acknowledged ones now) or refused (they never were). */
  private settle(changes: ReadonlyArray<Change<T>>, acknowledged: boolean): void {
    for (const change of changes) {
      const entry = this.inflight.get(change.id);
      if (!entry) continue;
      const at = entry.coming.indexOf(change.after ?? REMOVED);
      if (at >= 0) entry.coming.splice(at, 1);
      if (acknowledged) entry.acked = change.after;
      if (!entry.coming.length) this.inflight.delete(change.id);
    }
  }

  /**
   * Take a refused batch's changes out of memory: each record goes back to what it was, unless a later batch has
   * replaced it since (that batch's own outcome decides it), and the indexes are rebuilt.
   */
  private undo(changes: ReadonlyArray<Change<T>>): void {
    for (const change of changes) {
      const items = this.files[shardOf(change.id, this.files.length)].data.items;
      const at = items.findIndex((item) => item.id === change.id);
      if (!change.after) {
        // A refused removal: the record goes back where it was in its file (in id order).
        if (at >= 0 || !change.before) continue;
        const next = items.findIndex((item) => item.id > change.id);
        items.splice(next < 0 ? items.length : next, 0, change.before);
        continue;
      }
      if (at < 0 || items[at] !== change.after) continue;
      if (change.before) items[at] = change.before;
      else items.splice(at, 1);
    }
    this.reindex();
  }

  private reindex(): void {
    this.changes++;
    this.rebuiltAt = this.changes;
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
    const single = await openFile<T>(dataDir, { ...spec, shards: 1 }, legacy, { ...this.hooks, repair: undefined });
    const fresh = single.data.items.filter((item) => !this.byId.has(item.id));
    await this.applyBatch(fresh, []);
    const folder = join(dataDir, 'backups', 'pre-migration');
    await mkdir(folder, { recursive: true });
    await rename(legacy, join(folder, `${spec.name}.single-file.${Date.now()}.json`));
    await fsyncFolder(dataDir);
    this.hooks.manifest?.forget(relativeName(dataDir, legacy));
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** The changes as the audit log keeps them: a removed record's `after` is null. */
const auditChanges = <T>(changes: ReadonlyArray<Change<T>>) => changes.map((change) => ({ id: change.id, before: change.before, after: change.after ?? null }));

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
