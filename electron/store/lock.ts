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

/** One process owns a data folder at a time. Returns the function that releases the lock. */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, '.lock'),
      stale: 15_000,
      update: 5_000,
      realpath: false,
      onCompromised: (error) => console.error(`[store] lock on ${dataDir} compromised: ${error.message}`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderLockedError(dataDir);
    throw error;
  }
}
