import { access, constants, readdir, stat } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { BackupPlaces } from './context.js';

async function writableFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory() && (await access(path, constants.W_OK).then(() => true));
  } catch {
    return false;
  }
}

async function subfolders(parent: string): Promise<string[]> {
  try {
    return (await readdir(parent, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(parent, entry.name));
  } catch {
    return [];
  }
}

/**
 * The folders this PC offers for a second copy of the backups, as the shell sees them: removable media and other
 * drives first (a copy on the same disk does not survive the disk), then the user's documents folder. Only folders
 * that exist and take files. Network shares are not listed: a manager types their path.
 */
export function localBackupPlaces(platform: NodeJS.Platform = process.platform): BackupPlaces {
  return {
    async offered() {
      const candidates: Array<{ path: string; label: string }> = [];
      if (platform === 'win32') {
        const system = (process.env.SystemDrive ?? 'C:').toUpperCase();
        for (const letter of 'DEFGHIJKLMNOPQRSTUVWXYZ') {
          if (`${letter}:` !== system) candidates.push({ path: `${letter}:\\`, label: `${letter}:` });
        }
      } else {
        const user = userInfo().username;
        const mounts = platform === 'darwin' ? ['/Volumes'] : [join('/media', user), join('/run/media', user), '/media', '/mnt'];
        for (const mount of mounts) for (const path of await subfolders(mount)) candidates.push({ path, label: path });
      }
      candidates.push({ path: join(homedir(), 'Documents'), label: join(homedir(), 'Documents') });
      const offered: Array<{ path: string; label: string }> = [];
      for (const place of candidates) {
        if (!offered.some((o) => o.path === place.path) && (await writableFolder(place.path))) offered.push(place);
      }
      return offered;
    },
  };
}
