import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { backupFolder, type BackupManifest } from './backup.js';
import { topLevelDataEntries } from './dataLayout.js';
import { copyFileDurably } from './durableWrite.js';
import type { CheckedImport } from './importCheck.js';
import type { StagedData, Store } from './store.js';
import { stageTree } from './swap.js';

/**
 * A backup's files, staged to replace the same data files (the others, the audit log and the issued PDFs stay).
 * The manifest takes the backup's counts for them: the data goes back to what it was, and that is not a loss.
 */
export function stageBackup(store: Store, backup: BackupManifest): (staging: string) => Promise<StagedData> {
  return async (staging) => {
    const names: string[] = [];
    const files: Record<string, number> = { ...store.manifestFiles };
    for (const [file, info] of Object.entries(backup.files)) {
      const name = file.replace(/\\/g, '/');
      const target = join(staging, name);
      await mkdir(dirname(target), { recursive: true });
      await copyFileDurably(join(backupFolder(store.dataDir, backup.id), file), target);
      names.push(name);
      files[name] = Math.max(0, info.records);
    }
    return { names, files, setUp: store.setUp || Object.entries(backup.files).some(([file, info]) => file !== 'settings.json' && info.records > 0) };
  };
}

/** A checked archive's data, staged to replace all the data (every data entry now there goes, even if the archive lacks it). */
export function stageImport(store: Store, unpacked: string, checked: CheckedImport): (staging: string) => Promise<StagedData> {
  return async (staging) => {
    await stageTree(unpacked, staging);
    const names = [...new Set([...(await topLevelDataEntries(store.dataDir)), ...checked.names])].sort();
    return { names, files: checked.files, setUp: store.setUp || checked.setUp };
  };
}
