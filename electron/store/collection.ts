import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DomainError } from '../../shared/result.js';
import { DurableJsonFile, fsyncFolder } from './durableJsonFile.js';

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
}

export class NewerSchemaError extends Error {
  constructor(file: string, found: number, known: number) {
    super(`${file} was written by a newer version of the application (schema ${found}, this one knows ${known}).`);
    this.name = 'NewerSchemaError';
  }
}

/**
 * One collection = one lowdb file. Reads come from memory (with an id index); every change is written durably
 * before it is acknowledged, and if the write fails memory is reloaded from disk so it never runs ahead of it.
 */
export class Collection<T extends { id: string }> {
  private byId = new Map<string, T>();

  private constructor(
    private readonly db: Low<CollectionFile<T>>,
    readonly name: string,
  ) {
    this.reindex();
  }

  static async open<T extends { id: string }>(dataDir: string, spec: CollectionSpec): Promise<Collection<T>> {
    const file = join(dataDir, `${spec.name}.json`);
    const adapter = new DurableJsonFile<CollectionFile<T>>(file);
    const stored = await adapter.read();
    const db = new Low<CollectionFile<T>>(adapter, stored ?? { schemaVersion: spec.version, items: [] });
    // A new collection is written at once, so that every file on disk carries its schema version.
    if (!stored) await db.write();
    const data = db.data;
    if (typeof data.schemaVersion !== 'number' || !Array.isArray(data.items)) {
      throw new Error(`The data file ${file} is not a collection file (no schemaVersion or items).`);
    }
    if (data.schemaVersion > spec.version) throw new NewerSchemaError(file, data.schemaVersion, spec.version);
    if (data.schemaVersion < spec.version) {
      await backupBeforeMigration(dataDir, spec.name, data.schemaVersion);
      let items: unknown[] = data.items;
      for (let v = data.schemaVersion; v < spec.version; v++) {
        const step = spec.migrations?.find((m) => m.from === v);
        if (!step) throw new Error(`No migration for ${spec.name} from schema ${v}.`);
        items = step.migrate(items);
      }
      db.data = { schemaVersion: spec.version, items: items as T[] };
      await db.write();
    }
    return new Collection(db, spec.name);
  }

  all(): readonly T[] {
    return this.db.data.items;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.db.data.items.length;
  }

  async insert(item: T): Promise<T> {
    if (this.byId.has(item.id)) throw new DomainError('conflict', `${this.name}: ${item.id} exists already`);
    const items = this.db.data.items;
    items.push(item);
    this.byId.set(item.id, item);
    await this.persist(() => {
      items.splice(items.lastIndexOf(item), 1);
      this.byId.delete(item.id);
    });
    return item;
  }

  /** Replace a record by id with its new version. */
  async replace(item: T): Promise<T> {
    const items = this.db.data.items;
    const index = items.findIndex((existing) => existing.id === item.id);
    if (index < 0) throw new DomainError('not_found', `${this.name}: ${item.id} not found`);
    const previous = items[index];
    items[index] = item;
    this.byId.set(item.id, item);
    await this.persist(() => {
      items[index] = previous;
      this.byId.set(previous.id, previous);
    });
    return item;
  }

  /**
   * Insert and replace many records with one durable write (an import of thousands of rows must not rewrite the
   * file thousands of times). All or nothing: if the write fails, memory is restored.
   */
  async applyBatch(inserts: readonly T[], replacements: readonly T[]): Promise<void> {
    if (!inserts.length && !replacements.length) return;
    const items = this.db.data.items;
    const before = items.slice();
    for (const item of inserts) {
      if (this.byId.has(item.id)) throw new DomainError('conflict', `${this.name}: ${item.id} exists already`);
    }
    const indexOf = new Map(items.map((item, index) => [item.id, index]));
    for (const item of replacements) {
      const index = indexOf.get(item.id);
      if (index === undefined) throw new DomainError('not_found', `${this.name}: ${item.id} not found`);
      items[index] = item;
    }
    items.push(...inserts);
    this.reindex();
    await this.persist(() => {
      this.db.data.items = before;
      this.reindex();
    });
  }

  /** Write to disk; if that fails, undo the change in memory so that memory never runs ahead of disk. */
  private async persist(undo: () => void): Promise<void> {
    try {
      await this.db.write();
    } catch (error) {
      undo();
      throw new DomainError('storage', `Could not save ${this.name}: ${(error as Error).message}`);
    }
  }

  private reindex(): void {
    this.byId = new Map(this.db.data.items.map((item) => [item.id, item]));
  }
}

async function backupBeforeMigration(dataDir: string, name: string, version: number): Promise<void> {
  const folder = join(dataDir, 'backups', 'pre-migration');
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await copyFile(join(dataDir, `${name}.json`), join(folder, `${name}.v${version}.${stamp}.json`));
  await fsyncFolder(folder);
}
