import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './durableWrite.js';

export const NOTICES_FILE = '.recovery-notices.json';

export type RecoveryKind = 'damaged' | 'missing' | 'fewer_records' | 'quarantined' | 'audit_break' | 'unfinished_save';

/** What start-up found wrong with a data file, and what it did about it. */
export interface RecoveryNote {
  id: string;
  /** When it was found and put right. */
  at: string;
  kind: RecoveryKind;
  file: string;
  problem: string;
  /** Where the damaged file (or the quarantined records) were kept (relative to the data folder); '' when nothing was left. */
  movedTo: string;
  /** The backup the file was restored from, if one held it. */
  restoredFrom?: string;
  fromBackup: number;
  /** Records read from the damaged file itself (they are newer than the backup's). */
  salvaged: number;
  /** Records in the file now. */
  total: number;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
}

type NewNote = Omit<RecoveryNote, 'id' | 'at' | 'acknowledgedAt' | 'acknowledgedBy'> & { key: string };
type StoredNote = RecoveryNote & { key: string };

/** Acknowledged notices kept for the record (the newest). */
const HISTORY = 200;

/**
 * The notices of repairs, kept on disk until a manager acknowledges them: a restart does not make them disappear.
 * A repair that is run again (start-up killed half-way) replaces its own notice instead of adding a second one.
 */
export class RecoveryNotices {
  private constructor(
    private readonly file: string,
    private notes: StoredNote[],
    private readonly log: (line: string) => void,
  ) {}

  static async load(dataDir: string, log: (line: string) => void = (line) => console.error(line)): Promise<RecoveryNotices> {
    let notes: StoredNote[] = [];
    try {
      const parsed = JSON.parse(await readFile(join(dataDir, NOTICES_FILE), 'utf8')) as { notes?: StoredNote[] };
      if (Array.isArray(parsed.notes)) notes = parsed.notes;
    } catch {
      // none yet (or unreadable: the repairs are done, only their notices are gone; start-up says what it finds now)
    }
    const notices = new RecoveryNotices(join(dataDir, NOTICES_FILE), notes, log);
    const open = notices.open();
    if (open.length) log(`[store] ${open.length} repair notice(s) wait for a manager: ${open.map((n) => `${n.file} (${n.kind})`).join(', ')}`);
    return notices;
  }

  /** The notices no manager has acknowledged yet, oldest first. */
  open(): RecoveryNote[] {
    return this.notes.filter((n) => !n.acknowledgedAt).map(({ key: _key, ...note }) => note);
  }

  /** Record a repair on disk (before the repair's last step, so that it is never done unsaid) and print it. */
  async add(note: NewNote, now = new Date()): Promise<RecoveryNote> {
    const existing = this.notes.findIndex((n) => n.key === note.key && !n.acknowledgedAt);
    const stored: StoredNote = { ...note, id: existing >= 0 ? this.notes[existing].id : `${now.getTime().toString(36)}-${this.notes.length}`, at: now.toISOString() };
    if (existing >= 0) this.notes[existing] = stored;
    else this.notes.push(stored);
    await this.save();
    this.log(`[store] repaired ${note.file}: ${note.problem} → ${describe(stored)}`);
    const { key: _key, ...visible } = stored;
    return visible;
  }

  /** A manager has read them: they leave the screens (and stay in the file's history). */
  async acknowledge(by: string, now = new Date()): Promise<number> {
    const open = this.notes.filter((n) => !n.acknowledgedAt);
    for (const note of open) Object.assign(note, { acknowledgedAt: now.toISOString(), acknowledgedBy: by });
    const acknowledged = this.notes.filter((n) => n.acknowledgedAt);
    this.notes = [...acknowledged.slice(-HISTORY), ...this.notes.filter((n) => !n.acknowledgedAt)];
    if (open.length) await this.save();
    return open.length;
  }

  private save(): Promise<void> {
    return writeFileDurably(this.file, JSON.stringify({ notes: this.notes }, null, 1));
  }
}

function describe(note: RecoveryNote): string {
  if (note.kind === 'quarantined') return `${note.total} record(s) left out and kept in ${note.movedTo}`;
  if (note.kind === 'audit_break') return `the cut line is kept in ${note.movedTo}`;
  if (note.kind === 'unfinished_save') return 'it had not been confirmed to anyone, and it was not kept';
  const parts = [
    note.restoredFrom ? `${note.fromBackup} records from the backup of ${note.restoredFrom}` : 'no backup held it',
    `${note.salvaged} records kept from the file itself`,
    `${note.total} records now`,
  ];
  if (note.movedTo) parts.push(`kept aside in ${note.movedTo}`);
  return parts.join(', ');
}
