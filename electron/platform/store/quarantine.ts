import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from './backupIndex.js';
import { writeFileDurably } from './durableWrite.js';

export const QUARANTINE_FOLDER = join('damaged', 'quarantine');

/**
 * Records that cannot be used (they fail their collection's schema: an order without a number, a document whose
 * PDF path leaves the data folder) are kept here, one JSON line each with the reason and where it came from, before
 * the data file is rewritten without them. A record quarantined twice (start-up killed between the two steps) is
 * kept once. Returns the quarantine file (relative to the data folder).
 */
export async function quarantineRecords(dataDir: string, file: string, rejected: ReadonlyArray<{ record: unknown; reason: string }>, now = new Date()): Promise<string> {
  const collection = file.split('/')[0].replace(/\.json$/, '');
  const relative = join(QUARANTINE_FOLDER, `${collection}.jsonl`);
  const absolute = join(dataDir, relative);
  await mkdir(join(dataDir, QUARANTINE_FOLDER), { recursive: true });
  const existing = await readFile(absolute, 'utf8').catch(() => '');
  const known = new Set(
    existing
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        try {
          return (JSON.parse(line) as { sha256?: string }).sha256;
        } catch {
          return undefined;
        }
      }),
  );
  const lines = rejected
    .map(({ record, reason }) => ({ at: now.toISOString(), file, reason, sha256: sha256(Buffer.from(JSON.stringify(record))), record }))
    .filter((entry) => !known.has(entry.sha256))
    .map((entry) => `${JSON.stringify(entry)}\n`);
  if (lines.length) await writeFileDurably(absolute, existing + lines.join(''));
  return relative;
}
