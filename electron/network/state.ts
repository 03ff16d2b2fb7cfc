import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../platform/store/durableWrite.js';
import type { NetworkConflict, RefusedDocument } from '../../shared/network/index.js';

/** The replication's own file in the data folder: a dot-file, not data (not in backups or exports), rebuilt if lost. */
export const STATE_FILE = '.network-state.json';

/** What this point knows of a record on the hub: the revision its version has there and the content it had. */
export interface KnownRevision {
  rev: string;
  /** Hash of the record's content at that revision: a record whose content hashes otherwise has a change to push. */
  hash: string;
  /** The revision ids before it, newest first (sent as _revisions so the hub sees one line of history). */
  history: string[];
  owner: string;
  site: string;
  changedAt: string;
}

export interface ReplicationState {
  version: 1;
  /** The site this state was built for: another site's state (a data folder copied to another PC) is not used. */
  site: string;
  hub: string;
  /** The hub's _changes position taken in, with the session also written to the hub's _local checkpoint. */
  pull: { since: string | number; session: string };
  records: Record<string, KnownRevision>;
  lastPush?: string;
  lastPull?: string;
  pushed: number;
  pulled: number;
  conflicts: NetworkConflict[];
  refused: RefusedDocument[];
}

const HISTORY = 50;
const LISTED = 500;

export function emptyState(site: string, hub: string, session: string): ReplicationState {
  return { version: 1, site, hub, pull: { since: 0, session }, records: {}, pushed: 0, pulled: 0, conflicts: [], refused: [] };
}

/**
 * The state is derived: if it is missing, damaged or another site's, replication starts from the beginning and
 * meets what the hub has (a record whose content is the hub's takes the hub's revision). Written durably (temporary
 * file, fsync, rename) after the store has the changes it records, never before.
 */
export class StateFile {
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    readonly state: ReplicationState,
  ) {}

  static async open(dataDir: string, site: string, hub: string, session: string): Promise<StateFile> {
    const file = join(dataDir, STATE_FILE);
    let state: ReplicationState | undefined;
    try {
      const read = JSON.parse(await readFile(file, 'utf8')) as ReplicationState;
      if (read.version === 1 && read.site === site && read.hub === hub && read.records && read.pull) state = read;
    } catch {
      state = undefined;
    }
    return new StateFile(file, state ?? emptyState(site, hub, session));
  }

  known(docId: string): KnownRevision | undefined {
    return this.state.records[docId];
  }

  setKnown(docId: string, known: Omit<KnownRevision, 'history'>, history: string[]): void {
    this.state.records[docId] = { ...known, history: history.slice(0, HISTORY) };
  }

  listConflict(conflict: NetworkConflict): void {
    const revs = conflict.versions.map((v) => v.rev).join();
    const list = this.state.conflicts.filter((c) => !(c.docId === conflict.docId && c.versions.map((v) => v.rev).join() === revs));
    this.state.conflicts = [...list, conflict].slice(-LISTED);
  }

  /** A record the rules decided since: its older listings leave the list. */
  settled(docId: string): void {
    this.state.conflicts = this.state.conflicts.filter((c) => c.docId !== docId);
  }

  listRefused(refused: RefusedDocument): void {
    const list = this.state.refused.filter((r) => !(r.docId === refused.docId && r.rev === refused.rev));
    this.state.refused = [...list, refused].slice(-LISTED);
  }

  save(): Promise<void> {
    const text = JSON.stringify(this.state);
    this.queue = this.queue.catch(() => undefined).then(() => writeFileDurably(this.file, text));
    return this.queue;
  }
}
