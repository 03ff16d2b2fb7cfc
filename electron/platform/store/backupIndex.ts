import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './durableWrite.js';

/** Kept in each backup's folder, beside its manifest (and removed with it). */
const INDEX_FILE = 'checksums.json';

interface Known {
  bytes: number;
  mtimeMs: number;
  sha256: string;
}

/** How many backup files were read and hashed (tests count them: a backup is verified once, not per repair). */
export const checksumStats = { hashed: 0 };

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The checksums of a backup's files already verified, with the size and time of the file they were computed from:
 * a file unchanged since is not read again. A file whose size or time changed (edited, replaced) is hashed again,
 * so a damaged backup is still found. Kept in the backup's folder (checksums.json); losing it only costs one more
 * verification.
 */
export class ChecksumIndex {
  private changed = false;

  private constructor(
    private readonly folder: string,
    private readonly known: Record<string, Known>,
  ) {}

  static async load(folder: string): Promise<ChecksumIndex> {
    try {
      const known = JSON.parse(await readFile(join(folder, INDEX_FILE), 'utf8')) as Record<string, Known>;
      if (known && typeof known === 'object') return new ChecksumIndex(folder, known);
    } catch {
      // none yet
    }
    return new ChecksumIndex(folder, {});
  }

  /** Whether the backup's file holds the bytes its manifest names (read only when it changed since last verified). */
  async matches(file: string, expected: string): Promise<boolean> {
    const path = join(this.folder, file);
    let info;
    try {
      info = await stat(path);
    } catch {
      return false;
    }
    const known = this.known[file];
    if (known && known.bytes === info.size && known.mtimeMs === info.mtimeMs) return known.sha256 === expected;
    checksumStats.hashed++;
    const actual = sha256(await readFile(path));
    this.remember(file, { bytes: info.size, mtimeMs: info.mtimeMs, sha256: actual });
    return actual === expected;
  }

  /** A file just written by the backup, with the checksum of what was written. */
  async written(file: string, checksum: string): Promise<void> {
    const info = await stat(join(this.folder, file));
    this.remember(file, { bytes: info.size, mtimeMs: info.mtimeMs, sha256: checksum });
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    try {
      await writeFileDurably(join(this.folder, INDEX_FILE), JSON.stringify(this.known));
      this.changed = false;
    } catch {
      // a full disk: the checksums are computed again next time
    }
  }

  private remember(file: string, entry: Known): void {
    this.known[file] = entry;
    this.changed = true;
  }
}
