import * as fs from 'node:fs';
import { basename, dirname } from 'node:path';
import { DomainError } from '../../../shared/platform/result.js';

/**
 * The few file-system calls a durable write makes, on file descriptors: passed in, so that a test can make a write
 * come back short or fail with ENOSPC or EIO exactly where it wants.
 */
export interface DurableFs {
  /** 'w' creates or empties, 'r' reads, 'r+' writes into an existing file (the journal's appends). */
  open(path: string, flags: 'w' | 'r' | 'r+'): Promise<number>;
  /** Writes at most `length` bytes at `position`; answers how many it wrote (a full disk may write fewer). */
  write(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  fsync(fd: number): Promise<void>;
  close(fd: number): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Cut a file back to `length` bytes (the journal takes back a failed append); optional for injected file systems. */
  truncate?(fd: number, length: number): Promise<void>;
}

type Callback<T> = (error: NodeJS.ErrnoException | null, value: T) => void;
const call = <T>(run: (done: Callback<T>) => void) =>
  new Promise<T>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));

export const nodeFs: DurableFs = {
  open: (path, flags) => call<number>((done) => fs.open(path, flags, 0o644, done)),
  write: (fd, buffer, offset, length, position) => call<number>((done) => fs.write(fd, buffer, offset, length, position, done)),
  fsync: (fd) => call<void>((done) => fs.fsync(fd, done)),
  close: (fd) => call<void>((done) => fs.close(fd, done)),
  readFile: (path) => call<Buffer>((done) => fs.readFile(path, done)),
  rename: (from, to) => call<void>((done) => fs.rename(from, to, done)),
  unlink: (path) => call<void>((done) => fs.unlink(path, done)),
  truncate: (fd, length) => call<void>((done) => fs.ftruncate(fd, length, done)),
};

/** A write that did not reach the disk whole: refused as `storage`; the old file is left as it was. */
export class StorageError extends DomainError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super('storage', `Could not write ${basename(file)}: ${reason}.`);
    this.name = 'StorageError';
  }
}

/** Temporary files of unfinished writes end in this (and are removed at the next start). */
export const TEMP_SUFFIX = '.tmp';
/** A leftover temporary file: ours ("<name>.<pid>-<n>.tmp") or write-file-atomic's ("<name>.<number>"). */
export const LEFTOVER = /\.json\.(\d+|\d+-\d+\.tmp)$/;

let counter = 0;

/**
 * Replace `file` with `data` so that the old content stays until the new one is complete and on disk: the bytes go
 * to a temporary file in the same folder, written in a loop until every byte is written (a short count from a full
 * disk is not taken for success), fsynced, closed, read back and compared byte for byte (size and content), then
 * renamed over the file; the folder is fsynced so that the rename survives a power cut. Any failure (ENOSPC, EIO, a
 * write that makes no progress, a read-back that differs) removes the temporary file and throws a StorageError.
 */
export async function writeFileDurably(file: string, data: string | Uint8Array, io: DurableFs = nodeFs): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const temp = `${file}.${process.pid}-${++counter}${TEMP_SUFFIX}`;
  let fd: number | undefined;
  let step = 'open';
  try {
    fd = await io.open(temp, 'w');
    step = 'write';
    let written = 0;
    while (written < bytes.length) {
      const count = await io.write(fd, bytes, written, bytes.length - written, written);
      if (!Number.isInteger(count) || count <= 0) throw Object.assign(new Error(`short write (${written} of ${bytes.length} bytes)`), { code: 'ESHORT' });
      written += count;
    }
    step = 'fsync';
    await io.fsync(fd);
    step = 'close';
    const closing = fd;
    fd = undefined;
    await io.close(closing);
    step = 'verify';
    const back = await io.readFile(temp);
    if (back.length !== bytes.length || !back.equals(bytes)) {
      throw Object.assign(new Error(`read back ${back.length} of ${bytes.length} bytes, content differs`), { code: 'EVERIFY' });
    }
    step = 'rename';
    await io.rename(temp, file);
  } catch (error) {
    if (fd !== undefined) await io.close(fd).catch(() => undefined);
    await io.unlink(temp).catch(() => undefined);
    throw new StorageError(file, `${step} failed (${describe(error)})`);
  }
  try {
    await fsyncFolder(dirname(file), io);
  } catch (error) {
    throw new StorageError(file, `folder fsync failed (${describe(error)})`);
  }
}

/** fsync a folder, so that a rename or a new file in it survives a power cut (not possible on Windows). */
export async function fsyncFolder(folder: string, io: DurableFs = nodeFs): Promise<void> {
  let fd: number;
  try {
    fd = await io.open(folder, 'r');
  } catch (error) {
    if (process.platform === 'win32' && ['EISDIR', 'EPERM', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    await io.fsync(fd);
  } catch (error) {
    if (process.platform !== 'win32') throw error;
  } finally {
    await io.close(fd).catch(() => undefined);
  }
}

/** Copy one file durably (read, then written as above). */
export async function copyFileDurably(from: string, to: string, io: DurableFs = nodeFs): Promise<void> {
  await writeFileDurably(to, await io.readFile(from), io);
}

function describe(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}
