import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fsyncFolder } from '../platform/store/durableWrite.js';

export interface NetworkCredentials {
  hubUrl: string;
  database: string;
  username: string;
  password: string;
  enabled: boolean;
}

/**
 * Where the hub's address and this site's password are kept: a file next to the data folder, not inside it
 * ("<data folder>.network.json"), so that no backup, export or copy of the data carries the password, readable by
 * this PC's user only (mode 0600; on Windows the file takes the folder's permissions: keep the data folder's parent
 * private).
 */
export function credentialsFile(dataDir: string): string {
  const full = resolve(dataDir);
  return join(dirname(full), `${basename(full)}.network.json`);
}

export async function readCredentials(dataDir: string): Promise<NetworkCredentials | undefined> {
  try {
    const read = JSON.parse(await readFile(credentialsFile(dataDir), 'utf8')) as Partial<NetworkCredentials>;
    if (typeof read.hubUrl !== 'string' || typeof read.database !== 'string' || typeof read.username !== 'string' || typeof read.password !== 'string') return undefined;
    return { hubUrl: read.hubUrl, database: read.database, username: read.username, password: read.password, enabled: read.enabled !== false };
  } catch {
    return undefined;
  }
}

/** Written whole (a temporary file made 0600 before anything is in it, flushed, renamed), never half. */
export async function writeCredentials(dataDir: string, credentials: NetworkCredentials): Promise<void> {
  const file = credentialsFile(dataDir);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(JSON.stringify(credentials, null, 2));
    await handle.chmod(0o600);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  await fsyncFolder(dirname(file));
}
