import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { latestGoodCopy } from './backup.js';
import { fsyncFolder } from './durableJsonFile.js';
import { salvageRecords } from './salvage.js';

/** What start-up found wrong with a data file, and what it did about it. */
export interface RecoveryNote {
  file: string;
  problem: string;
  /** Where the damaged file was moved (relative to the data folder), kept for inspection. */
  movedTo: string;
  /** The backup the file was restored from, if one held it. */
  restoredFrom?: string;
  fromBackup: number;
  /** Records read from the damaged file itself (they are newer than the backup's). */
  salvaged: number;
  /** Records the backup had that neither source still has: none can be; listed for completeness. */
  total: number;
}

/**
 * A damaged data file: moved aside to damaged/, then rebuilt from the newest verified backup's copy, with every
 * record still readable in the damaged file laid over it (those are newer). The note says exactly what happened.
 */
export async function recoverFile(dataDir: string, file: string, problem: string, schemaVersion: number): Promise<RecoveryNote> {
  const absolute = join(dataDir, file);
  const damaged = await readFile(absolute, 'utf8').catch(() => '');
  const folder = join(dataDir, 'damaged');
  await mkdir(folder, { recursive: true });
  const movedTo = join('damaged', `${file.replace(/[\\/]/g, '_')}.${Date.now()}`);
  await rename(absolute, join(dataDir, movedTo)).catch(() => undefined);
  await fsyncFolder(folder);

  const salvaged = salvageRecords(damaged);
  const copy = await latestGoodCopy(dataDir, file);
  const fromBackup: Array<{ id: string }> = copy ? (JSON.parse(copy.text) as { items: Array<{ id: string }> }).items : [];
  const merged = new Map(fromBackup.map((record) => [record.id, record]));
  for (const record of salvaged) merged.set(record.id, record);
  const items = [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await writeFileAtomic(absolute, JSON.stringify({ schemaVersion, items }), { fsync: true });
  return {
    file,
    problem,
    movedTo,
    restoredFrom: copy?.backup.createdAt,
    fromBackup: fromBackup.length,
    salvaged: salvaged.length,
    total: items.length,
  };
}
