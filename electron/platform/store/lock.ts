import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export class DataFolderLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} is already in use by another running copy of Workshop Service. ` +
        'Close it first (or choose another data folder).',
    );
    this.name = 'DataFolderLockedError';
  }
}

const OWNER_FILE = '.lock-owner.json';

/**
 * One process owns a data folder at a time. The lock records which process holds it, so that after a crash (a
 * killed process, a power cut) the next start sees that the holder is gone and takes over at once, instead of
 * waiting for the lock to go stale. Returns the function that releases the lock.
 */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = join(dataDir, '.lock');
  const options = {
    lockfilePath: lockPath,
    stale: 15_000,
    update: 5_000,
    realpath: false,
    onCompromised: (error: Error) => console.error(`[store] lock on ${dataDir} compromised: ${error.message}`),
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || !(await holderIsGone(join(dataDir, OWNER_FILE)))) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderLockedError(dataDir);
      throw error;
    }
    await rm(lockPath, { recursive: true, force: true });
    release = await lockfile.lock(dataDir, options);
  }
  const ownerFile = join(dataDir, OWNER_FILE);
  try {
    await writeFile(ownerFile, JSON.stringify({ pid: process.pid, host: hostname() }));
  } catch (error) {
    // A full disk must not keep the application from starting: the lock holds; only a takeover after a crash waits.
    console.error(`[store] could not note the lock's owner (${(error as Error).message}); a crash will hold the folder for 15 s.`);
  }
  return async () => {
    await rm(ownerFile, { force: true });
    await release();
  };
}

/** The lock was taken on this machine by a process that no longer runs. */
async function holderIsGone(ownerFile: string): Promise<boolean> {
  try {
    const owner = JSON.parse(await readFile(ownerFile, 'utf8')) as { pid: number; host: string };
    if (owner.host !== hostname() || owner.pid === process.pid) return false;
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
