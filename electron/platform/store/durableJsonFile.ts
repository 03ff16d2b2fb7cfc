import { readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { type DurableFs, fsyncFolder as syncFolder, nodeFs, writeFileDurably } from './durableWrite.js';

/** A JSON file that is unreadable as JSON: the store refuses to start on it rather than lose it. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`The data file ${file} is damaged and cannot be read (${(cause as Error).message}).`);
    this.name = 'CorruptFileError';
  }
}

/**
 * lowdb adapter whose write is durable before it resolves (writeFileDurably: every byte written and counted,
 * fsynced, read back, renamed, folder fsynced). Writes of one file run one after the other, in the order they were
 * asked for, each with the data as it was when asked: a slow write never lands after a newer one.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly filename: string,
    private readonly io: DurableFs = nodeFs,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.filename, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new CorruptFileError(this.filename, error);
    }
  }

  /** "size:mtime:inode" of the file after the last write through this adapter (undefined once a write failed). */
  stamp: string | undefined;

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const writing = this.queue.then(async () => {
      this.stamp = undefined;
      await writeFileDurably(this.filename, text, this.io);
      this.stamp = await fileStamp(this.filename);
    });
    this.queue = writing.catch(() => undefined);
    return writing;
  }
}

/** What identifies a file's version cheaply: size, modification time and inode (undefined when it is gone). */
export async function fileStamp(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    return `${info.size}:${info.mtimeMs}:${info.ino}`;
  } catch {
    return undefined;
  }
}

export async function fsyncFolder(folder: string): Promise<void> {
  await syncFolder(folder);
}
