import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readTail, repairTail, type TailRepair } from './auditTail.js';

/** Who is making the current change, through which channel: set once per request, read by the audit log. */
export interface ChangeContext {
  channel: string;
  actorId?: string;
  /** The request's sign-in token, so that a change can end the member's other sessions but not this one. */
  session?: string;
  /** Why the change is made, when the person had to say (a deactivation, a restore): kept in its audit entries. */
  note?: string;
  /**
   * The appends of this request's audit entries. The request's answer waits for them (nothing is confirmed before
   * its audit entry is on disk), but the store's lock does not: the next save's journal append goes ahead while
   * this one's entry is fsynced, and the entries of several saves share an fsync.
   */
  audited?: Array<Promise<void>>;
}
export const changeContext = new AsyncLocalStorage<ChangeContext>();

/** Run a change with the reason the person gave for it: its audit entries carry that note. */
export function withNote<T>(note: string | undefined, run: () => T): T {
  const context = changeContext.getStore();
  return note ? changeContext.run({ channel: context?.channel ?? 'internal', ...context, note }, run) : run();
}

export interface AuditEntry {
  seq: number;
  at: string;
  by?: string;
  channel?: string;
  /** The reason given for the change, where one is asked for. */
  note?: string;
  collection: string;
  id: string;
  before?: unknown;
  after: unknown;
  previous: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);
const hashOf = (entry: Omit<AuditEntry, 'hash'>) => createHash('sha256').update(JSON.stringify(entry)).digest('hex');

/**
 * The audit log: every change to every record (who, when, through which channel, before and after), appended to
 * monthly JSON Lines files and fsynced. Each entry carries the hash of the one before it, so that editing, removing
 * or reordering an entry breaks the chain from that point on, which `verify` finds.
 */
export class AuditLog {
  private seq = 0;
  private previous = GENESIS;
  private queue: Promise<void> = Promise.resolve();
  /**
   * Entries of saved changes not yet on disk (the disk was full when they were appended). They stay in order and
   * go out with the next append, so the chain never has a gap while the application runs.
   */
  private pending: Array<{ file: string; text: string }> = [];

  private constructor(private readonly folder: string) {}

  /**
   * Opens the log where its last whole entry ends. A last line cut by a crash (or a kill during an append) is kept
   * aside in damaged/ and the break is recorded as an entry of its own, chained to the last whole one, so the chain
   * continues and verifies (auditTail.ts). `onRepair` is told of such a repair.
   */
  static async open(dataDir: string, onRepair?: (repair: TailRepair) => Promise<void>): Promise<AuditLog> {
    const log = new AuditLog(join(dataDir, 'audit'));
    await mkdir(log.folder, { recursive: true });
    const files = await log.files();
    const last = files.at(-1);
    if (last) {
      const file = join(log.folder, last);
      const tail = await readTail(file);
      // The chain goes on from the newest whole entry (of an earlier month if this one holds none).
      let found = tail.last;
      for (let i = files.length - 2; !found && i >= 0; i--) found = (await readTail(join(log.folder, files[i]))).last;
      if (found) {
        log.seq = found.seq;
        log.previous = found.hash;
      }
      if (tail.fragment !== undefined || (tail.text.length > 0 && !tail.text.endsWith('\n'))) {
        const repair = await repairTail(dataDir, file, tail, (entry) => {
          const hash = hashOf(entry);
          log.seq = entry.seq;
          log.previous = hash;
          return { ...entry, hash };
        }, { seq: log.seq + 1, previous: log.previous });
        await onRepair?.(repair);
      }
    }
    return log;
  }

  /** Append the changes of one saved batch. */
  record(collection: string, changes: Array<{ id: string; before?: unknown; after: unknown }>, now = new Date()): Promise<void> {
    const context = changeContext.getStore();
    const lines = changes.map((change) => {
      const entry: Omit<AuditEntry, 'hash'> = {
        seq: ++this.seq,
        at: now.toISOString(),
        by: context?.actorId,
        channel: context?.channel,
        ...(context?.note ? { note: context.note } : {}),
        collection,
        id: change.id,
        before: change.before,
        after: change.after,
        previous: this.previous,
      };
      const hash = hashOf(entry);
      this.previous = hash;
      return `${JSON.stringify({ ...entry, hash })}\n`;
    });
    this.pending.push({ file: join(this.folder, `${now.toISOString().slice(0, 7)}.jsonl`), text: lines.join('') });
    // The change itself is saved already: a failed append must not fail it, nor block the appends after it.
    this.queue = this.queue.then(() => this.flush());
    if (context?.audited) {
      context.audited.push(this.queue);
      return Promise.resolve();
    }
    return this.queue;
  }

  /** Append what is pending, in order; a failed append is cut back off the file (no half line) and kept for later. */
  private async flush(): Promise<void> {
    while (this.pending.length) {
      // The entries waiting for the same month's file go out together: one append, one fsync.
      const { file } = this.pending[0];
      let count = 1;
      while (count < this.pending.length && this.pending[count].file === file) count++;
      if (!(await appendWhole(file, this.pending.slice(0, count).map((entry) => entry.text).join('')))) return;
      this.pending.splice(0, count);
    }
  }

  /** One more try for what is pending (at close), after the appends already under way. */
  async drain(): Promise<void> {
    this.queue = this.queue.then(() => this.flush());
    await this.queue;
  }

  /** Entries still waiting for disk space (0 in normal operation). */
  get unwritten(): number {
    return this.pending.length;
  }

  /** Entries newest first, optionally of one record. */
  async entries(filter: { collection?: string; id?: string; limit: number; offset: number }): Promise<{ rows: AuditEntry[]; total: number }> {
    const all = (await this.readAll()).filter((e) => (!filter.collection || e.collection === filter.collection) && (!filter.id || e.id === filter.id));
    all.reverse();
    return { rows: all.slice(filter.offset, filter.offset + filter.limit), total: all.length };
  }

  /** Recompute the chain: the first entry whose hash or link does not match, if any. */
  async verify(): Promise<{ entries: number; intact: boolean; brokenAt?: number }> {
    let previous = GENESIS;
    let count = 0;
    for (const file of await this.files()) {
      for (const line of (await readFile(join(this.folder, file), 'utf8')).split('\n')) {
        if (!line) continue;
        count++;
        let entry: AuditEntry;
        try {
          entry = JSON.parse(line) as AuditEntry;
        } catch {
          return { entries: count, intact: false, brokenAt: count };
        }
        const { hash, ...rest } = entry;
        if (rest.previous !== previous || hashOf(rest) !== hash) return { entries: count, intact: false, brokenAt: entry.seq ?? count };
        previous = hash;
      }
    }
    return { entries: count, intact: true };
  }

  private async files(): Promise<string[]> {
    return (await readdir(this.folder)).filter((f) => /^\d{4}-\d{2}\.jsonl$/.test(f)).sort();
  }

  private async readAll(): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (const file of await this.files()) {
      for (const line of (await readFile(join(this.folder, file), 'utf8')).split('\n')) {
        if (!line) continue;
        try {
          entries.push(JSON.parse(line) as AuditEntry);
        } catch {
          // skipped; verify() reports it
        }
      }
    }
    return entries;
  }
}

/** Appends and fsyncs the text, or leaves the file as it was: never throws, says whether it worked. */
async function appendWhole(file: string, text: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  let size = -1;
  try {
    handle = await open(file, 'a');
    size = (await handle.stat()).size;
    await handle.appendFile(text);
    await handle.sync();
    return true;
  } catch {
    if (handle && size >= 0) await handle.truncate(size).catch(() => undefined);
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
