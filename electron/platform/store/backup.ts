import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChecksumIndex, sha256 } from './backupIndex.js';
import { fsyncFolder, writeFileDurably } from './durableWrite.js';

export type BackupReason = 'startup' | 'daily' | 'manual' | 'pre-restore';

export interface BackupManifest {
  id: string;
  createdAt: string;
  reason: BackupReason;
  /** Data file (relative to the data folder) → its checksum, size and number of records. */
  files: Record<string, { sha256: string; bytes: number; records: number }>;
}

export interface BackupSummary extends BackupManifest {
  verified: boolean;
  /** Records per collection, e.g. { orders: 1200, customers: 950 }. */
  records: Record<string, number>;
}

const AUTO = join('backups', 'auto');

/** The data files: every collection file at the top of the data folder and in the folders of split collections. */
export async function dataFiles(dataDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dataDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.')) files.push(entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && !['backups', 'documents', 'damaged', 'exports'].includes(entry.name)) {
      for (const name of await readdir(join(dataDir, entry.name))) if (/^\d+\.json$/.test(name)) files.push(join(entry.name, name));
    }
  }
  return files.sort();
}

/**
 * A copy of every data file, with a manifest of checksums, in backups/auto/<time>-<reason>/. Issued PDFs are not
 * copied: they never change once issued, and each carries its own checksum in the documents collection.
 */
export async function createBackup(dataDir: string, reason: BackupReason, now = new Date(), mirror?: string): Promise<BackupManifest> {
  const id = `${now.toISOString().replace(/[:.]/g, '-')}-${reason}`;
  const folder = join(dataDir, AUTO, id);
  await mkdir(folder, { recursive: true });
  const manifest: BackupManifest = { id, createdAt: now.toISOString(), reason, files: {} };
  const index = await ChecksumIndex.load(folder);
  for (const file of await dataFiles(dataDir)) {
    const bytes = await readFile(join(dataDir, file));
    const target = join(folder, file);
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, bytes);
    const checksum = sha256(bytes);
    manifest.files[file] = { sha256: checksum, bytes: bytes.length, records: countRecords(bytes) };
    await index.written(file, checksum);
  }
  await index.save();
  await writeFileDurably(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 1));
  await fsyncFolder(folder);
  // A second copy elsewhere (USB stick, network share), so that a lost disk does not take the backups with it.
  if (mirror) await cp(folder, join(mirror, 'Workshop Service backups', id), { recursive: true });
  return manifest;
}

/** The manifests of every backup with a readable one, newest first (an interrupted backup has none). */
export async function backupManifests(dataDir: string): Promise<BackupManifest[]> {
  let ids: string[];
  try {
    ids = await readdir(join(dataDir, AUTO));
  } catch {
    return [];
  }
  const manifests: BackupManifest[] = [];
  for (const id of ids.sort().reverse()) {
    try {
      manifests.push(JSON.parse(await readFile(join(dataDir, AUTO, id, 'manifest.json'), 'utf8')) as BackupManifest);
    } catch {
      // A backup without a readable manifest was interrupted: it is not offered.
    }
  }
  return manifests;
}

/**
 * Every backup, newest first, each checked against its manifest. A file's checksum is computed once and remembered
 * (with its size and time) in the backup's checksums.json: listing 20 backups, or repairing ten files at start-up,
 * reads no backup file that was verified before and has not changed since.
 */
export async function listBackups(dataDir: string): Promise<BackupSummary[]> {
  const summaries: BackupSummary[] = [];
  for (const manifest of await backupManifests(dataDir)) {
    summaries.push({ ...manifest, verified: await verify(dataDir, manifest), records: recordsPerCollection(manifest) });
  }
  return summaries;
}

async function verify(dataDir: string, manifest: BackupManifest): Promise<boolean> {
  const index = await ChecksumIndex.load(join(dataDir, AUTO, manifest.id));
  let verified = true;
  for (const [file, expected] of Object.entries(manifest.files)) {
    if (!(await index.matches(file, expected.sha256))) {
      verified = false;
      break;
    }
  }
  await index.save();
  return verified;
}

function recordsPerCollection(manifest: BackupManifest): Record<string, number> {
  const records: Record<string, number> = {};
  for (const [file, info] of Object.entries(manifest.files)) {
    const collection = file.split(/[\\/]/)[0].replace(/\.json$/, '');
    records[collection] = (records[collection] ?? 0) + Math.max(0, info.records);
  }
  return records;
}

/**
 * The newest verified backup's copy of one data file, if any backup holds one. `backups` is the list made once for
 * a whole start-up (each backup verified once, however many files need repair); the copy itself is read and its
 * checksum checked again, since it is read anyway.
 */
export async function latestGoodCopy(dataDir: string, file: string, backups?: readonly BackupSummary[]): Promise<{ backup: BackupSummary; text: string } | undefined> {
  for (const backup of backups ?? (await listBackups(dataDir))) {
    const expected = backup.files[file] ?? backup.files[file.replace(/\//g, '\\')] ?? backup.files[file.replace(/\\/g, '/')];
    if (!backup.verified || !expected) continue;
    const bytes = await readFile(join(dataDir, AUTO, backup.id, file)).catch(() => undefined);
    if (bytes && sha256(bytes) === expected.sha256) return { backup, text: bytes.toString('utf8') };
  }
  return undefined;
}

/** Where a backup's copies are. */
export const backupFolder = (dataDir: string, id: string) => join(dataDir, AUTO, id);

/**
 * Keep the 7 newest days' last backups and the 4 newest weeks' last backups before them (and anything younger than
 * a day); remove the rest.
 */
export async function rotateBackups(dataDir: string, now = new Date()): Promise<string[]> {
  const backups = (await listBackups(dataDir)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of backups) {
    const created = new Date(backup.createdAt);
    const day = backup.createdAt.slice(0, 10);
    if (now.getTime() - created.getTime() < 86_400_000) {
      keep.add(backup.id);
      days.add(day);
      continue;
    }
    const week = String(Math.floor(created.getTime() / (7 * 86_400_000)));
    if (days.size < 7 && !days.has(day)) {
      days.add(day);
      keep.add(backup.id);
    } else if (!days.has(day) && weeks.size < 4 && !weeks.has(week)) {
      weeks.add(week);
      keep.add(backup.id);
    }
  }
  const removed = backups.filter((b) => !keep.has(b.id)).map((b) => b.id);
  for (const id of removed) await rm(join(dataDir, AUTO, id), { recursive: true, force: true });
  return removed;
}

/** When the newest backup was made, or undefined. */
export async function newestBackupTime(dataDir: string): Promise<number | undefined> {
  try {
    const ids = (await readdir(join(dataDir, AUTO))).sort();
    const newest = ids.at(-1);
    return newest ? (await stat(join(dataDir, AUTO, newest))).mtimeMs : undefined;
  } catch {
    return undefined;
  }
}


/** Records in a collection file, or -1 when it does not parse. */
function countRecords(bytes: Buffer): number {
  try {
    return (JSON.parse(bytes.toString('utf8')) as { items: unknown[] }).items.length;
  } catch {
    return -1;
  }
}

/** How much the backups may take: at most so many, and so many bytes in all (the newest is kept whatever its size). */
export interface BackupLimits {
  maxCount: number;
  maxBytes: number;
}

/**
 * Rotation by count and size, after the rotation by date (which keeps every backup younger than a day): the oldest
 * go until both limits hold. Sizes come from the manifests (no file is read again). Returns the ids removed.
 */
export async function capBackups(dataDir: string, limits: BackupLimits): Promise<string[]> {
  let ids: string[];
  try {
    ids = (await readdir(join(dataDir, AUTO))).sort().reverse();
  } catch {
    return [];
  }
  const sized: Array<{ id: string; bytes: number }> = [];
  for (const id of ids) {
    try {
      const manifest = JSON.parse(await readFile(join(dataDir, AUTO, id, 'manifest.json'), 'utf8')) as BackupManifest;
      sized.push({ id, bytes: Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0) });
    } catch {
      // an interrupted backup without a manifest: not offered, not counted
    }
  }
  const removed: string[] = [];
  let total = 0;
  sized.forEach(({ id, bytes }, index) => {
    total += bytes;
    if (index > 0 && (index >= limits.maxCount || total > limits.maxBytes)) removed.push(id);
  });
  for (const id of removed) await rm(join(dataDir, AUTO, id), { recursive: true, force: true });
  return removed;
}
