import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Collection, shardOf } from '../../electron/platform/store/collection.js';
import { DurableJsonFile } from '../../electron/platform/store/durableJsonFile.js';
import { type DurableFs, nodeFs, StorageError, writeFileDurably } from '../../electron/platform/store/durableWrite.js';
import { JOURNAL_FOLDER } from '../../electron/platform/store/journal.js';
import { openStore } from '../../electron/platform/store/store.js';
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

/** The real file system, counting calls by kind and path; `fail` decides which calls fail (with ENOSPC). */
function countingFs(fail: (call: string, path: string) => boolean = () => false) {
  const paths = new Map<number, string>();
  const calls: Array<{ call: string; path: string }> = [];
  const note = (call: string, path: string) => {
    calls.push({ call, path });
    if (fail(call, path)) throw Object.assign(new Error(`ENOSPC: no space left on device, ${call}`), { code: 'ENOSPC' });
  };
  const io: DurableFs = {
    ...nodeFs,
    async open(path, flags) {
      note(`open:${flags}`, path);
      const fd = await nodeFs.open(path, flags);
      paths.set(fd, path);
      return fd;
    },
    async write(fd, buffer, offset, length, position) {
      note('write', paths.get(fd) ?? '?');
      return nodeFs.write(fd, buffer, offset, length, position);
    },
    async fsync(fd) {
      note('fsync', paths.get(fd) ?? '?');
      return nodeFs.fsync(fd);
    },
    async rename(from, to) {
      note('rename', to);
      return nodeFs.rename(from, to);
    },
  };
  return { io, calls };
}

const person = (id: string, name: string) => ({ id, kind: 'person' as const, name, phones: ['+7 900 0000000'], createdAt: '2026-01-01T00:00:00.000Z', createdBy: '01J00000000000000000000000' });
const ID = (n: number) => `01J00000000000000000000${String(n).padStart(3, '0')}`;
const journalBytes = async (dataDir: string) => {
  let total = 0;
  for (const name of await readdir(join(dataDir, JOURNAL_FOLDER))) total += (await stat(join(dataDir, JOURNAL_FOLDER, name))).size;
  return total;
};

describe('the journal', () => {
  it('makes a save durable with one fsync, of the journal, and rewrites no data file on the way', async () => {
    const dataDir = await tempDir();
    const { io, calls } = countingFs();
    const store = await openStore(dataDir, { io, compactAfterMs: Infinity });
    try {
      for (let n = 1; n <= 5; n++) {
        calls.length = 0;
        await store.customers.insert(person(ID(n), `Saved ${n}`));
        expect(calls.filter((c) => c.call === 'fsync'), `save ${n}`).toEqual([{ call: 'fsync', path: expect.stringContaining(JOURNAL_FOLDER) }]);
        expect(calls.filter((c) => c.call === 'rename' || c.call === 'open:w'), `save ${n}`).toEqual([]);
        expect(calls.every((c) => c.path.includes(JOURNAL_FOLDER)), `save ${n}`).toBe(true);
        calls.length = 0;
        await store.customers.replace(person(ID(n), `Renamed ${n}`));
        expect(calls.filter((c) => c.call === 'fsync')).toHaveLength(1);
      }
      // The shard file is rewritten later, once for all the saves of its records.
      const shard = join(dataDir, 'customers', `${String(shardOf(ID(1), 64)).padStart(2, '0')}.json`);
      expect(JSON.parse(await readFile(shard, 'utf8')).items).toEqual([]);
      calls.length = 0;
      await store.flush();
      const renamed = calls.filter((c) => c.call === 'rename').map((c) => c.path);
      expect(renamed).toEqual([...new Set(renamed)]);
      expect(renamed.length).toBe(new Set([1, 2, 3, 4, 5].map((n) => shardOf(ID(n), 64))).size);
      expect(JSON.parse(await readFile(shard, 'utf8')).items).toEqual([person(ID(1), 'Renamed 1')]);
      expect(await journalBytes(dataDir)).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('shares one fsync among saves that arrive while one is under way', async () => {
    const dataDir = await tempDir();
    const { io, calls } = countingFs();
    const store = await openStore(dataDir, { io, compactAfterMs: Infinity });
    try {
      calls.length = 0;
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.customers.insert(person(ID(i), `Together ${i}`))));
      const fsyncs = calls.filter((c) => c.call === 'fsync').length;
      expect(fsyncs).toBeGreaterThanOrEqual(1);
      expect(fsyncs).toBeLessThan(20);
      expect(store.customers.size).toBe(20);
    } finally {
      await store.close();
    }
  });

  it('refuses a save whose append hits a full disk: memory and the journal as they were, the next save goes on', async () => {
    const dataDir = await tempDir();
    let full: false | 'write' | 'fsync' = false;
    const { io } = countingFs((call, path) => full === call && path.includes(JOURNAL_FOLDER));
    const store = await openStore(dataDir, { io, compactAfterMs: Infinity });
    await store.customers.insert(person(ID(1), 'Kept'));
    const bytes = await journalBytes(dataDir);
    full = 'write';
    await expect(store.customers.insert(person(ID(2), 'Refused'))).rejects.toMatchObject({ code: 'storage' });
    // Written, then not fsynced: the bytes are cut off again.
    full = 'fsync';
    await expect(store.customers.replace(person(ID(1), 'Refused rename'))).rejects.toMatchObject({ code: 'storage' });
    expect(store.customers.all().map((c) => c.name)).toEqual(['Kept']);
    expect(await journalBytes(dataDir)).toBe(bytes);
    full = false;
    await store.customers.insert(person(ID(3), 'After'));
    // As a kill would leave it: the journal only (the files were never rewritten).
    const copy = await tempDir();
    const { cp } = await import('node:fs/promises');
    await cp(dataDir, copy, { recursive: true, filter: (source) => !source.endsWith('.lock') });
    await store.close();
    for (const folder of [dataDir, copy]) {
      const again = await openStore(folder);
      expect(again.customers.all().map((c) => c.name), folder).toEqual(['Kept', 'After']);
      await again.close();
    }
  });

  it('keeps every change in the journal when the files cannot be rewritten (a full disk during compaction)', async () => {
    const dataDir = await tempDir();
    let full = false;
    const { io } = countingFs((call, path) => full && path.endsWith('.tmp') && call === 'write');
    const store = await openStore(dataDir, { io, compactAfterMs: Infinity });
    await store.customers.insert(person(ID(1), 'Before'));
    await store.flush();
    full = true;
    await store.customers.insert(person(ID(2), 'Saved on a full disk'));
    await store.customers.replace(person(ID(1), 'Renamed on a full disk'));
    await expect(store.flush()).rejects.toMatchObject({ code: 'storage' });
    // A backup (or an export) is refused rather than made without them.
    await expect(store.exclusiveAll(async () => 'backed up')).rejects.toMatchObject({ code: 'storage' });
    expect(await journalBytes(dataDir)).toBeGreaterThan(0);
    await store.close();
    const again = await openStore(dataDir);
    expect(again.customers.all().map((c) => c.name)).toEqual(['Renamed on a full disk', 'Saved on a full disk']);
    await again.close();
  });
});

describe('the background rewrite', () => {
  it('writes a record whose save is under way as it was before: a refused save never reaches a data file', async () => {
    const dataDir = await tempDir();
    const gate = () => {
      let open!: () => void;
      let reached!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      const arrived = new Promise<void>((resolve) => (reached = resolve));
      return { open, arrived, wait: () => (reached(), opened) };
    };
    const rewrite = gate();
    const append = gate();
    let holdRewrite = false;
    let holdAppend = false;
    const io: DurableFs = {
      ...nodeFs,
      async open(path, flags) {
        if (holdRewrite && path.endsWith('.tmp')) {
          holdRewrite = false;
          await rewrite.wait();
        }
        return nodeFs.open(path, flags);
      },
      async fsync(fd) {
        if (holdAppend) {
          holdAppend = false;
          await append.wait();
          throw Object.assign(new Error('ENOSPC: no space left on device, fsync'), { code: 'ENOSPC' });
        }
        return nodeFs.fsync(fd);
      },
    };
    const store = await openStore(dataDir, { io, compactAfterMs: Infinity });
    try {
      // Two records in two files; the rewrite writes the files in name order, so `first` is written before `second`.
      const ids = [ID(1), ID(2), ID(3), ID(4)].filter((id, i, all) => all.findIndex((other) => shardOf(other, 64) === shardOf(id, 64)) === i);
      const [first, second] = ids.sort((a, b) => shardOf(a, 64) - shardOf(b, 64));
      await store.customers.insert(person(first, 'First'));
      await store.customers.insert(person(second, 'Second'));
      // The rewrite stops in its first file; meanwhile a save of the second file's record is under way.
      holdRewrite = true;
      const flushing = store.flush();
      await rewrite.arrived;
      holdAppend = true;
      const refused = store.customers.replace(person(second, 'Never saved')).catch((error: unknown) => error);
      await append.arrived;
      expect(store.customers.get(second)?.name).toBe('Never saved');
      rewrite.open();
      await flushing;
      const file = join(dataDir, 'customers', `${String(shardOf(second, 64)).padStart(2, '0')}.json`);
      expect(JSON.parse(await readFile(file, 'utf8')).items).toEqual([person(second, 'Second')]);
      append.open();
      expect(await refused).toMatchObject({ code: 'storage' });
      expect(store.customers.get(second)?.name).toBe('Second');
    } finally {
      await store.close();
    }
    const again = await openStore(dataDir);
    expect(again.customers.all().map((c) => c.name)).toEqual(['First', 'Second']);
    await again.close();
  });
});
