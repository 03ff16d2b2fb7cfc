import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import * as tar from 'tar';
import { topLevelDataEntries } from './dataLayout.js';
import { ImportRefused } from './importCheck.js';

/**
 * All the data of a workshop as one .tar.gz (collections, audit log, issued PDFs, the logo), to move it to another
 * PC or keep it elsewhere: what the store writes, nothing else (no backups, damaged files, locks or notices).
 * Returns the archive's path and size.
 */
export async function exportArchive(dataDir: string, folder: string, now = new Date()): Promise<{ file: string; bytes: number }> {
  await mkdir(folder, { recursive: true });
  const file = join(folder, `workshop-data-${now.toISOString().replace(/[:.]/g, '-')}.tar.gz`);
  await tar.create({ gzip: true, file, cwd: dataDir, portable: true }, await topLevelDataEntries(dataDir));
  return { file, bytes: (await stat(file)).size };
}

/**
 * Unpack an archive into a new temporary folder, nothing outside it: an entry with "..", an absolute path, a link
 * or anything but a file or a folder refuses the whole archive (ImportRefused 'unsafe_path'). Returns the folder;
 * checkImport then checks what it holds.
 */
export async function unpackArchive(file: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'workshop-import-'));
  const unsafe: string[] = [];
  try {
    await tar.extract({
      file,
      cwd: folder,
      strict: true,
      filter: (path, entry) => {
        const type = 'type' in entry ? entry.type : 'File';
        const bad = isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.split(/[\\/]/).includes('..') || !['File', 'OldFile', 'Directory'].includes(type);
        if (bad) unsafe.push(path);
        return !bad;
      },
      onwarn: (_code, message) => unsafe.push(String(message)),
    });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  if (unsafe.length) {
    await rm(folder, { recursive: true, force: true });
    throw new ImportRefused('unsafe_path', `the archive names ${unsafe.slice(0, 3).join(', ')}`);
  }
  return folder;
}
