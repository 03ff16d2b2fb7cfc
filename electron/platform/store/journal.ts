import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { type DurableFs, fsyncFolder, nodeFs, StorageError } from './durableWrite.js';

/** The journal's folder in the data folder (a dot-folder: never in a backup, an export or an import). */
export const JOURNAL_FOLDER = '.journal';
const SEGMENT = /^(\d{6})\.jsonl$/;

/**
 * Tests: appends to refuse as a full disk would, by the data files they touch (a test that breaks the files of one
 * collection makes the saves of that collection fail, not the others'). Never set by the application.
 */
export const journalFaults: { refuse?: (files: readonly string[]) => boolean } = {};

/** One saved batch: the records it touched, whole (redo only: replaying it replaces each record by this version). */
export interface JournalEntry {
  seq: number;
  /** The collection and the schema version its records were written in. */
  collection: string;
  version: number;
  /** The data files (relative names) the records belong to: the files to rewrite before the entry can go. */
  files: string[];
  records: Array<{ id: string }>;
  /** Ids the batch removed (an undone import): replaying it takes them out, whatever version came before. */
  removed?: string[];
}

/** A batch's part of one collection, as appended (alone, or with other collections' parts in one line). */
export type JournalPart = Omit<JournalEntry, 'seq'>;

/**
 * A line of several collections' parts (`Store.applyTogether`): one CRC covers them all, so a line cut by a kill
 * drops every part and a whole one replays every part. Read back as one entry per part, all with the line's seq.
 */
interface GroupLine {
  seq: number;
  group: JournalPart[];
}

interface Segment {
  id: number;
  file: string;
  /** Bytes acknowledged (fsynced) so far: the next append is written here, over anything a failed one left. */
  size: number;
  /** Data files that entries of this segment touched. */
  files: Set<string>;
}

interface Waiting {
  bytes: Buffer;
  files: readonly string[];
  resolve: () => void;
  reject: (error: Error) => void;
}

/** The end of a segment that an interrupted append left: never acknowledged, dropped at start-up, and told. */
export interface UnfinishedAppend {
  segment: string;
  bytes: number;
  /** The collection the cut save was for, when the cut line still names it. */
  collection?: string;
}

/** A line: the CRC-32 of the JSON (8 hex digits), a space, the JSON. A cut or altered line fails its check. */
export function journalLine(entry: JournalEntry | GroupLine): string {
  const json = JSON.stringify(entry);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** The whole, checked entries of a segment; reading stops at the first line that is cut or fails its check. */
export function parseSegment(bytes: Buffer): { entries: JournalEntry[]; dropped: number } {
  const entries: JournalEntry[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf(10, at);
    if (end < 0) break;
    const line = bytes.subarray(at, end).toString('utf8');
    const json = line.slice(9);
    if (line[8] !== ' ' || crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8)) break;
    try {
      const parsed = JSON.parse(json) as JournalEntry | GroupLine;
      if ('group' in parsed) entries.push(...parsed.group.map((part) => ({ seq: parsed.seq, ...part })));
      else entries.push(parsed);
    } catch {
      break;
    }
    at = end + 1;
  }
  return { entries, dropped: bytes.length - at };
}

/**
 * The write-ahead journal: a save is durable once its line is appended and fsynced here (one fsync, shared by the
 * saves that arrive while one is under way), and the data files are rewritten from memory later (compactor.ts).
 * The journal is a series of segments (.journal/000001.jsonl, …): compaction switches appends to a new segment,
 * rewrites the files the older ones touched, then deletes those (oldest first). Each append is written at the end
 * of what was acknowledged, so a failed append (a full disk) leaves at most bytes past that end, which the next
 * append overwrites and a start-up drops; nothing before them is ever touched.
 */
export class Journal {
  private queue: Waiting[] = [];
  private writing: Promise<void> | undefined;
  private seq = 0;
  private next: { segment: Segment; done: () => void } | undefined;
  private retired = false;
  /** Told after each acknowledged append (the compactor schedules a round). */
  onAppended: () => void = () => undefined;

  private constructor(
    private readonly folder: string,
    private readonly io: DurableFs,
    private segments: Segment[],
  ) {}

  /**
   * Reads every segment left by the last run (their entries are to be replayed over the files, oldest first), then
   * starts a new segment for this run's appends. A cut or damaged last line was never acknowledged: it is dropped.
   */
  static async open(
    dataDir: string,
    io: DurableFs = nodeFs,
    log: (line: string) => void = (line) => console.error(line),
  ): Promise<{ journal: Journal; entries: JournalEntry[]; unfinished: UnfinishedAppend[] }> {
    const folder = join(dataDir, JOURNAL_FOLDER);
    await mkdir(folder, { recursive: true });
    const ids = (await readdir(folder)).flatMap((name) => (SEGMENT.test(name) ? [Number(SEGMENT.exec(name)![1])] : [])).sort((a, b) => a - b);
    const segments: Segment[] = [];
    const entries: JournalEntry[] = [];
    const unfinished: UnfinishedAppend[] = [];
    for (const id of ids) {
      const file = join(folder, segmentName(id));
      const bytes = await io.readFile(file);
      const read = parseSegment(bytes);
      if (read.dropped) {
        log(`[store] the journal ${segmentName(id)} ends with ${read.dropped} bytes of an unfinished append: dropped (it was never acknowledged).`);
        // What the cut line was saving, if its beginning says (a line starts with its collection's name).
        const tail = bytes.subarray(bytes.length - read.dropped).toString('utf8');
        unfinished.push({ segment: segmentName(id), bytes: read.dropped, collection: /"collection":"([\w-]+)"/.exec(tail)?.[1] });
      }
      entries.push(...read.entries);
      segments.push({ id, file, size: bytes.length - read.dropped, files: new Set(read.entries.flatMap((entry) => entry.files)) });
    }
    const journal = new Journal(folder, io, segments);
    journal.seq = entries.reduce((max, entry) => Math.max(max, entry.seq), 0);
    journal.segments.push(await journal.createSegment((ids.at(-1) ?? 0) + 1));
    return { journal, entries, unfinished };
  }

  /** Appends one batch and resolves once it is on disk; a refused append (ENOSPC, EIO, short write) throws a StorageError. */
  append(entry: JournalPart): Promise<void> {
    return this.appendLine([entry]);
  }

  /** Appends the parts of several collections as one line: on disk all together, or (cut, refused) none of them. */
  appendGroup(parts: readonly JournalPart[]): Promise<void> {
    return this.appendLine(parts);
  }

  private appendLine(parts: readonly JournalPart[]): Promise<void> {
    const files = [...new Set(parts.flatMap((part) => part.files))];
    if (this.retired) return Promise.reject(new StorageError(this.current.file, 'the data is being replaced; try again in a moment'));
    if (journalFaults.refuse?.(files)) return Promise.reject(new StorageError(this.current.file, 'journal append failed (ENOSPC: injected by a test)'));
    const seq = ++this.seq;
    const line = parts.length === 1 ? journalLine({ seq, ...parts[0] }) : journalLine({ seq, group: [...parts] });
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ bytes: Buffer.from(line, 'utf8'), files, resolve, reject });
      this.writing ??= this.writeQueued().finally(() => (this.writing = undefined));
    });
  }

  /** Whether anything is in the journal (acknowledged, or left by the last run) that the files may not hold yet. */
  get pending(): boolean {
    return this.segments.length > 1 || this.current.size > 0 || this.queue.length > 0;
  }

  /**
   * Switch the appends to a new segment; returns the segments before it, whose entries are all acknowledged. Once
   * the files they touched are rewritten from memory, `release` deletes them.
   */
  async rotate(): Promise<Array<{ id: number; files: ReadonlySet<string> }>> {
    const segment = await this.createSegment(this.current.id + 1);
    await new Promise<void>((done) => {
      this.next = { segment, done };
      if (!this.writing) this.switchSegment();
    });
    return this.segments.slice(0, -1).map(({ id, files }) => ({ id, files }));
  }

  /** Delete segments whose entries the files now hold, oldest first, so that a newer one never goes before an older. */
  async release(ids: readonly number[]): Promise<void> {
    for (const segment of this.segments.slice(0, -1).filter((s) => ids.includes(s.id))) {
      await this.io.unlink(segment.file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await fsyncFolder(this.folder, this.io);
      this.segments = this.segments.filter((s) => s !== segment);
    }
  }

  /** Refuse appends from now on (the data is about to be replaced, or the store closes) and wait for those under way. */
  async retire(): Promise<void> {
    this.retired = true;
    await this.writing;
  }

  async close(): Promise<void> {
    await this.retire();
  }

  private get current(): Segment {
    return this.segments[this.segments.length - 1];
  }

  private async createSegment(id: number): Promise<Segment> {
    const file = join(this.folder, segmentName(id));
    await this.io.close(await this.io.open(file, 'w'));
    await fsyncFolder(this.folder, this.io);
    return { id, file, size: 0, files: new Set() };
  }

  private switchSegment(): void {
    if (!this.next) return;
    const { segment, done } = this.next;
    this.next = undefined;
    this.segments.push(segment);
    done();
  }

  /** Group commit: everything queued goes out in one write loop and one fsync; then the next group. */
  private async writeQueued(): Promise<void> {
    while (this.queue.length) {
      this.switchSegment();
      const group = this.queue.splice(0, this.queue.length);
      const segment = this.current;
      const bytes = group.length === 1 ? group[0].bytes : Buffer.concat(group.map((waiting) => waiting.bytes));
      // The file is opened for each group, not held open: a folder can be remounted read-only (or ejected) under it.
      let fd: number | undefined;
      try {
        fd = await this.io.open(segment.file, 'r+');
        let written = 0;
        while (written < bytes.length) {
          const count = await this.io.write(fd, bytes, written, bytes.length - written, segment.size + written);
          if (!Number.isInteger(count) || count <= 0) throw Object.assign(new Error(`short write (${written} of ${bytes.length} bytes)`), { code: 'ESHORT' });
          written += count;
        }
        await this.io.fsync(fd);
      } catch (error) {
        // Whatever reached the file past the acknowledged end is cut off (best effort: the next append overwrites it).
        if (fd !== undefined) {
          await this.io.truncate?.(fd, segment.size).catch(() => undefined);
          await this.io.close(fd).catch(() => undefined);
        }
        const refused = new StorageError(segment.file, `journal append failed (${(error as Error).message})`);
        for (const waiting of group) waiting.reject(refused);
        continue;
      }
      await this.io.close(fd).catch(() => undefined);
      segment.size += bytes.length;
      for (const waiting of group) for (const file of waiting.files) segment.files.add(file);
      for (const waiting of group) waiting.resolve();
      this.onAppended();
    }
    this.switchSegment();
  }
}

const segmentName = (id: number) => `${String(id).padStart(6, '0')}.jsonl`;
