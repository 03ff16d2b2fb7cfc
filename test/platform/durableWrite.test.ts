import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Collection } from '../../electron/platform/store/collection.js';
import { DurableJsonFile } from '../../electron/platform/store/durableJsonFile.js';
import { type DurableFs, nodeFs, StorageError, writeFileDurably } from '../../electron/platform/store/durableWrite.js';
import { tempDir } from './helpers.js';

/** The real file system, but every write() writes at most `max` bytes, and fails with `code` after `failAfter` bytes. */
function flakyFs(options: { max?: number; failAfter?: number; code?: string; zero?: boolean; readBack?: (bytes: Buffer) => Buffer }): DurableFs & { calls: number } {
  let total = 0;
  const io = {
    ...nodeFs,
    calls: 0,
    async write(fd: number, buffer: Uint8Array, offset: number, length: number, position: number) {
      io.calls++;
      if (options.zero) return 0;
      if (options.failAfter !== undefined && total >= options.failAfter) throw Object.assign(new Error(`${options.code}: no space left on device`), { code: options.code });
      const count = Math.min(length, options.max ?? length, options.failAfter !== undefined ? options.failAfter - total : length);
      const written = await nodeFs.write(fd, buffer, offset, count, position);
      total += written;
      return written;
    },
    async readFile(path: string) {
      const bytes = await nodeFs.readFile(path);
      return options.readBack && path.endsWith('.tmp') ? options.readBack(bytes) : bytes;
    },
  };
  return io;
}

const big = 'x'.repeat(3 * 4096 + 17);

describe('the durable write', () => {
  it('keeps writing until every byte is written when the disk writes only part of each request', async () => {
    const file = join(await tempDir(), 'data.json');
    const io = flakyFs({ max: 1000 });
    await writeFileDurably(file, big, io);
    expect(await readFile(file, 'utf8')).toBe(big);
    expect(io.calls).toBe(Math.ceil(big.length / 1000));
  });

  it('refuses a write that fails with ENOSPC or EIO half-way: storage error, the old file intact, no temporary file left', async () => {
    for (const code of ['ENOSPC', 'EIO']) {
      const dir = await tempDir();
      const file = join(dir, 'data.json');
      await writeFile(file, '{"old":true}');
      const error = await writeFileDurably(file, big, flakyFs({ max: 4096, failAfter: 6000, code })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ code: 'storage', message: expect.stringContaining(code) });
      expect(await readFile(file, 'utf8')).toBe('{"old":true}');
      expect(await readdir(dir)).toEqual(['data.json']);
    }
  });

  it('refuses a write that makes no progress instead of looping for ever', async () => {
    const dir = await tempDir();
    const file = join(dir, 'data.json');
    await writeFile(file, 'old');
    await expect(writeFileDurably(file, big, flakyFs({ zero: true }))).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('short write') });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it('refuses a file that does not read back as written', async () => {
    const dir = await tempDir();
    const file = join(dir, 'data.json');
    await writeFile(file, 'old');
    const cut = flakyFs({ readBack: (bytes) => bytes.subarray(0, bytes.length - 1) });
    await expect(writeFileDurably(file, big, cut)).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('verify') });
    const flipped = flakyFs({ readBack: (bytes) => Buffer.concat([Buffer.from('y'), bytes.subarray(1)]) });
    await expect(writeFileDurably(file, big, flipped)).rejects.toMatchObject({ code: 'storage' });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it('writes one file in the order the writes were asked for, each with the data of its moment', async () => {
    const file = join(await tempDir(), 'data.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    const data = { n: 1 };
    const first = adapter.write(data);
    data.n = 2;
    const second = adapter.write(data);
    await Promise.all([first, second]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 2 });
  });

  it('leaves the collection in memory exactly as it was when its write hits a full disk', async () => {
    const dataDir = await tempDir();
    let full = false;
    const io: DurableFs = {
      ...nodeFs,
      write: (fd, buffer, offset, length, position) => {
        if (full) return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
        return nodeFs.write(fd, buffer, offset, Math.min(length, 512), position);
      },
    };
    const people = await Collection.open<{ id: string; name: string }>(dataDir, { name: 'people', version: 1 }, { io });
    await people.applyBatch([{ id: 'A', name: 'Ann'.repeat(2000) }, { id: 'B', name: 'Bob' }], []);
    const byName = (name: string) => people.byKey('name', (p) => [p.name], name).map((p) => p.id);
    expect(byName('Bob')).toEqual(['B']);
    const fileBefore = await readFile(join(dataDir, 'people.json'), 'utf8');
    full = true;
    await expect(people.applyBatch([{ id: 'C', name: 'Cy' }], [{ id: 'B', name: 'Robert' }])).rejects.toMatchObject({ code: 'storage' });
    expect(people.all().map((p) => `${p.id}:${p.name.slice(0, 6)}`)).toEqual(['A:AnnAnn', 'B:Bob']);
    expect(people.get('C')).toBeUndefined();
    expect(people.get('B')?.name).toBe('Bob');
    expect(byName('Bob')).toEqual(['B']);
    expect(byName('Robert')).toEqual([]);
    expect(await readFile(join(dataDir, 'people.json'), 'utf8')).toBe(fileBefore);
    expect(await readdir(dataDir)).toEqual(['people.json']);
  });
});
