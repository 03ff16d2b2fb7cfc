import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import writeFileAtomic from 'write-file-atomic';

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
 * lowdb adapter whose write is durable before it resolves: the JSON goes to a temporary file, which is fsynced and
 * renamed over the old one (write-file-atomic), and then the folder itself is fsynced so the rename survives a
 * power loss. lowdb's own JSONFile renames without fsync, which is not enough for records that are legal evidence.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly filename: string) {}

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

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.filename, JSON.stringify(data), { fsync: true });
    await fsyncFolder(dirname(this.filename));
  }
}

export async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
