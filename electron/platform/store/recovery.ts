import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BackupSummary, latestGoodCopy, listBackups } from './backup.js';
import { sha256 } from './backupIndex.js';
import type { CollectionSpec } from './collection.js';
import { writeFileDurably } from './durableWrite.js';
import type { StoreManifest } from './manifest.js';
import type { JournalReplay } from './journalReplay.js';
import type { RecoveryKind, RecoveryNote, RecoveryNotices } from './notices.js';
import { salvageRecords } from './salvage.js';

export type { RecoveryNote } from './notices.js';

/** The steps of a repair, in order; a test stops a repair between any two (as a kill would) and starts again. */
export type RepairStep = 'read' | 'kept' | 'noted' | 'rebuilt';

/** What repairs share during one start-up. */
export class RepairContext {
  private list: Promise<BackupSummary[]> | undefined;

  constructor(
    readonly dataDir: string,
    readonly notices: RecoveryNotices,
    readonly manifest?: StoreManifest,
    /** Called after each step (tests fail or stop there). */
    readonly onStep?: (step: RepairStep, file: string) => void | Promise<void>,
    /** What the journal holds of each file: saves acknowledged that the file may not have been rewritten with. */
    readonly journal?: JournalReplay,
  ) {}

  /** Every backup, verified once for the whole start-up however many files need repair. */
  backups(): Promise<BackupSummary[]> {
    this.list ??= listBackups(this.dataDir);
    return this.list;
  }
}

/**
 * Rebuild a damaged, missing or shortened data file from the newest verified backup's copy, with every record still
 * readable in the damaged file laid over it (those are newer), and the journal's records of the file over those
 * (the newest: saved since the file was last rewritten). The order makes a repair safe to kill at any point
 * and to run again: the damaged bytes are first kept in damaged/ (named by their checksum, so a second run keeps
 * them once), the notice is written, and only then is the rebuilt file renamed over the damaged one. Until that
 * rename the damaged file is where it was, so the next start finds it and repairs it again, the same way.
 */
export async function recoverFile(ctx: RepairContext, spec: CollectionSpec, file: string, kind: RecoveryKind, problem: string): Promise<RecoveryNote | undefined> {
  const absolute = join(ctx.dataDir, file);
  const damaged = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const salvaged = damaged ? salvageRecords(damaged.toString('utf8')) : [];
  const copy = await latestGoodCopy(ctx.dataDir, file, await ctx.backups());
  const fromBackup = copy ? backupItems(copy.text, spec) : [];
  const merged = new Map(fromBackup.map((record) => [record.id, record]));
  for (const record of salvaged) merged.set(record.id, record);
  for (const record of ctx.journal?.recordsOf(spec, file) ?? []) merged.set(record.id, record);
  // What the journal removed since (an undone import) stays removed, though the backup still holds it.
  for (const id of ctx.journal?.removedOf(spec, file) ?? []) merged.delete(id);
  const items = [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await ctx.onStep?.('read', file);

  let movedTo = '';
  if (damaged?.length) {
    const folder = join(ctx.dataDir, 'damaged');
    await mkdir(folder, { recursive: true });
    movedTo = join('damaged', `${file.replace(/[\\/]/g, '_')}.${sha256(damaged).slice(0, 12)}`);
    await writeFileDurably(join(ctx.dataDir, movedTo), damaged);
  }
  await ctx.onStep?.('kept', file);

  // A file that was listed empty and is gone, with no backup holding records of it: recreated empty, nothing lost.
  const expected = ctx.manifest?.records(file) ?? 0;
  const silent = kind === 'missing' && expected === 0 && items.length === 0;
  const note = silent
    ? undefined
    : await ctx.notices.add({
        key: `${kind}:${file}:${damaged ? sha256(damaged) : 'none'}`,
        kind,
        file,
        problem,
        movedTo,
        restoredFrom: copy?.backup.createdAt,
        fromBackup: fromBackup.length,
        salvaged: salvaged.length,
        total: items.length,
      });
  await ctx.onStep?.('noted', file);

  // The manifest's count goes down first (it is a lower bound), then the rebuilt file replaces the damaged one.
  if (items.length < expected) await ctx.manifest?.lower(file, items.length);
  await mkdir(join(absolute, '..'), { recursive: true });
  await writeFileDurably(absolute, JSON.stringify({ schemaVersion: spec.version, items }));
  ctx.manifest?.seen(file, items.length);
  await ctx.onStep?.('rebuilt', file);
  return note;
}

/** A backup's records, brought to the current schema version when the backup is older. */
function backupItems(text: string, spec: CollectionSpec): Array<{ id: string }> {
  const data = JSON.parse(text) as { schemaVersion?: number; items: Array<{ id: string }> };
  let items: unknown[] = data.items;
  for (let version = data.schemaVersion ?? spec.version; version < spec.version; version++) {
    const step = spec.migrations?.find((m) => m.from === version);
    if (!step) throw new Error(`No migration for ${spec.name} from schema ${version}.`);
    items = step.migrate(items);
  }
  return items as Array<{ id: string }>;
}
