import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AuditEntry } from './audit.js';
import { sha256 } from './backupIndex.js';
import { writeFileDurably } from './durableWrite.js';

/** The end of the newest audit file: its last whole entry, and what follows it if that is not a whole line. */
export interface Tail {
  text: string;
  /** Length of the text up to and including the newline of the last whole entry. */
  goodLength: number;
  last?: AuditEntry;
  /** Bytes after the last whole entry (a line cut by a kill), or undefined when the file ends cleanly. */
  fragment?: string;
}

export interface TailRepair {
  file: string;
  /** Where the cut fragment was kept (relative to the data folder), '' when it was a whole entry without its newline. */
  keptIn: string;
  bytes: number;
}

export async function readTail(file: string): Promise<Tail> {
  const text = await readFile(file, 'utf8');
  let end = text.length;
  // Walk back over what does not parse (at most the cut line, but a kill may leave a few bytes of the next).
  while (end > 0) {
    const cut = text.endsWith('\n', end) ? end - 1 : end;
    const start = text.lastIndexOf('\n', cut - 1) + 1;
    const entry = parse(text.slice(start, cut));
    if (entry) {
      const complete = cut < end;
      return { text, goodLength: complete ? end : cut, last: entry, fragment: end === text.length && complete ? undefined : text.slice(complete ? end : cut) };
    }
    end = start;
  }
  return { text, goodLength: 0, fragment: text.length ? text : undefined };
}

/**
 * Keep the fragment in damaged/ (named by its checksum: a repair run twice keeps it once), then rewrite the file in
 * one atomic step as its whole entries plus an entry recording the break, chained to the last whole one. A whole
 * entry that only lacks its newline gets the newline (nothing was cut).
 */
export async function repairTail(
  dataDir: string,
  file: string,
  tail: Tail,
  seal: (entry: Omit<AuditEntry, 'hash'>) => AuditEntry,
  link: { seq: number; previous: string },
  now = new Date(),
): Promise<TailRepair> {
  const fragment = tail.fragment ?? '';
  const wholeWithoutNewline = fragment === '' && !tail.text.endsWith('\n');
  if (wholeWithoutNewline) {
    await writeFileDurably(file, `${tail.text}\n`);
    return { file: basename(file), keptIn: '', bytes: 0 };
  }
  const bytes = Buffer.from(fragment, 'utf8');
  const keptIn = join('damaged', `audit-${basename(file)}.${sha256(bytes).slice(0, 12)}.fragment`);
  await mkdir(dirname(join(dataDir, keptIn)), { recursive: true });
  await writeFileDurably(join(dataDir, keptIn), bytes);
  const entry = seal({
    seq: link.seq,
    at: now.toISOString(),
    channel: 'startup',
    collection: 'audit',
    id: 'chain-break',
    after: { file: basename(file), cutBytes: bytes.length, sha256: sha256(bytes), keptIn, reason: 'the last line was cut (the application was stopped while appending)' },
    previous: link.previous,
  });
  await writeFileDurably(file, `${tail.text.slice(0, tail.goodLength)}${JSON.stringify(entry)}\n`);
  return { file: basename(file), keptIn, bytes: bytes.length };
}

function parse(line: string): AuditEntry | undefined {
  if (!line) return undefined;
  try {
    const entry = JSON.parse(line) as AuditEntry;
    return typeof entry.seq === 'number' && typeof entry.hash === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}
