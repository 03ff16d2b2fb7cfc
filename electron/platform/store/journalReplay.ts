import { shardOf } from './collection.js';
import { type CollectionSpec, NewerSchemaError } from './collectionFile.js';
import type { JournalEntry } from './journal.js';

/**
 * The records a start-up finds in the journal, to lay over the files: per collection in the order they were saved
 * (the last version of a record wins), and per file (a repair rebuilds a file from its backup, what it still holds
 * and these). Records saved in an older schema version are migrated like a file's.
 */
export class JournalReplay {
  private readonly byCollection = new Map<string, JournalEntry[]>();

  constructor(entries: readonly JournalEntry[]) {
    for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
      const list = this.byCollection.get(entry.collection);
      if (list) list.push(entry);
      else this.byCollection.set(entry.collection, [entry]);
    }
  }

  /** The collection has records in the journal (the documents are then opened at start-up, not when first needed). */
  has(collection: string): boolean {
    return this.byCollection.has(collection);
  }

  /** Every record of the collection in the journal, oldest first, in the collection's current schema version. */
  records(spec: CollectionSpec): Array<{ id: string }> {
    return (this.byCollection.get(spec.name) ?? []).flatMap((entry) => migrated(entry, spec));
  }

  /** Ids whose last journal entry removed them (an undone import): gone, whatever the files or a backup hold. */
  removed(spec: CollectionSpec): Set<string> {
    const removed = new Set<string>();
    for (const entry of this.byCollection.get(spec.name) ?? []) {
      for (const record of entry.records) removed.delete(record.id);
      for (const id of entry.removed ?? []) removed.add(id);
    }
    return removed;
  }

  /** The newest journal version of every record of one of the collection's files (`removed`: ids it took out). */
  recordsOf(spec: CollectionSpec, file: string): Array<{ id: string }> {
    return this.ofFile(spec, file).records;
  }

  /** The ids of one of the collection's files that the journal removed last. */
  removedOf(spec: CollectionSpec, file: string): string[] {
    return this.ofFile(spec, file).removed;
  }

  private ofFile(spec: CollectionSpec, file: string): { records: Array<{ id: string }>; removed: string[] } {
    const latest = new Map<string, { id: string } | null>();
    for (const entry of this.byCollection.get(spec.name) ?? []) {
      if (!entry.files.includes(file)) continue;
      for (const record of migrated(entry, spec)) latest.set(record.id, record);
      for (const id of entry.removed ?? []) latest.set(id, null);
    }
    const records: Array<{ id: string }> = [];
    const removed: string[] = [];
    for (const [id, record] of latest) {
      if (fileOf(spec, id) !== file) continue;
      if (record) records.push(record);
      else removed.push(id);
    }
    return { records, removed };
  }
}

function migrated(entry: JournalEntry, spec: CollectionSpec): Array<{ id: string }> {
  if (entry.version > spec.version) throw new NewerSchemaError(`the journal (${spec.name})`, entry.version, spec.version);
  let items: unknown[] = entry.records;
  for (let version = entry.version; version < spec.version; version++) {
    const step = spec.migrations?.find((m) => m.from === version);
    if (!step) throw new Error(`No migration for ${spec.name} from schema ${version}.`);
    items = step.migrate(items);
  }
  return items as Array<{ id: string }>;
}

/** The data file (relative name) a record of this id is kept in. */
function fileOf(spec: CollectionSpec, id: string): string {
  const shards = spec.shards ?? 1;
  return shards === 1 ? `${spec.name}.json` : `${spec.name}/${String(shardOf(id, shards)).padStart(2, '0')}.json`;
}
