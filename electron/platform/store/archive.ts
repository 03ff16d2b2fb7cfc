import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';

/**
 * What an archive of the data holds: the data files and the issued PDFs, not backups or damaged files, nor the PIN
 * hashes (.staff-pins.json: they stay on the PC whose staff chose them; an import keeps the receiving PC's).
 */
const LEFT_OUT = new Set(['backups', 'damaged', 'exports', '.lock', '.lock-owner.json', '.pin-lockout.json', '.staff-pins.json']);

/**
 * All the data of a workshop as one .tar.gz (collections, audit log, issued PDFs), to move it to another PC or keep
 * it elsewhere. Returns the archive's path and size.
 */
export async function exportArchive(dataDir: string, folder: string, now = new Date()): Promise<{ file: string; bytes: number }> {
  await mkdir(folder, { recursive: true });
  const file = join(folder, `workshop-data-${now.toISOString().replace(/[:.]/g, '-')}.tar.gz`);
  const entries = (await readdir(dataDir)).filter((name) => !LEFT_OUT.has(name));
  await tar.create({ gzip: true, file, cwd: dataDir, portable: true }, entries);
  return { file, bytes: (await stat(file)).size };
}

/**
 * Unpack an archive made by exportArchive into a new folder and check that it holds a workshop's data; the caller
 * then copies it over the data folder. Returns the folder with the unpacked data.
 */
export async function unpackArchive(file: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'workshop-import-'));
  await tar.extract({
    file,
    cwd: folder,
    strict: true,
    // Nothing outside the folder, no links: an archive is data, not a way to write elsewhere.
    filter: (path, entry) => !path.split(/[\\/]/).includes('..') && !('type' in entry && (entry.type === 'SymbolicLink' || entry.type === 'Link')),
  });
  const names = await readdir(folder);
  if (!names.includes('staff.json') || !names.includes('orders')) {
    await rm(folder, { recursive: true, force: true });
    throw new Error('not_an_export');
  }
  return folder;
}

/** Replace the data files with those of an unpacked archive (the caller has backed the current ones up). */
export async function replaceData(dataDir: string, unpacked: string): Promise<void> {
  for (const name of await readdir(unpacked)) {
    if (LEFT_OUT.has(name)) continue;
    await rm(join(dataDir, name), { recursive: true, force: true });
    await cp(join(unpacked, name), join(dataDir, name), { recursive: true });
  }
  await rm(unpacked, { recursive: true, force: true });
}
