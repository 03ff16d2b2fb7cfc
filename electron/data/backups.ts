import { DomainError } from '../../shared/platform/result.js';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { exportArchive, unpackArchive } from '../platform/store/archive.js';
import { createBackup, listBackups, rotateBackups } from '../platform/store/backup.js';
import { checkImport, ImportRefused } from '../platform/store/importCheck.js';
import { stageBackup, stageImport } from '../platform/store/replace.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { currentSettings } from '../settings/index.js';

export function backupHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'data.backups.list' | 'data.backups.create' | 'data.backups.restore' | 'data.export' | 'data.import'> {
  const { store } = ctx;
  return {
    'data.backups.list': async () => (await listBackups(store.dataDir)).map(({ files: _files, ...summary }) => summary),

    'data.backups.create': (_input, caller) =>
      store.exclusiveAll(async () => {
        // A backup copies every record: a manager's, as restore and export are.
        requireRole(ctx, caller, 'data.backup');
        const manifest = await createBackup(store.dataDir, 'manual', ctx.now(), currentSettings(ctx).backupFolder);
        await rotateBackups(store.dataDir, ctx.now());
        return { id: manifest.id, createdAt: manifest.createdAt };
      }),

    /** Put a backup's data back (a manager's decision): the current data is backed up first, so nothing is lost. */
    'data.backups.restore': ({ id }, caller) =>
      store.exclusiveAll(async () => {
        requireRole(ctx, caller, 'data.restore');
        const backup = (await listBackups(store.dataDir)).find((b) => b.id === id);
        if (!backup) throw new DomainError('not_found', 'No such backup.', { id: 'not_found' });
        if (!backup.verified) throw new DomainError('conflict', 'This backup is damaged (a checksum does not match).', { id: 'damaged_backup' });
        const safety = await createBackup(store.dataDir, 'pre-restore', ctx.now());
        // Staged and swapped in whole: an interrupted restore leaves the data as it was (store/swap.ts).
        await store.replaceData(stageBackup(store, backup));
        // The staff may differ in the data now: everybody signs in again.
        ctx.sessions.closeAll();
        ctx.sequences.reset();
        return { restored: backup.createdAt, safetyBackup: safety.id };
      }),

    /** All the data, issued PDFs included, as one archive in a folder (a USB stick, to move to a new PC). */
    'data.export': ({ folder }, caller) =>
      store.exclusiveAll(async () => {
        requireRole(ctx, caller, 'data.export');
        return exportArchive(store.dataDir, folder || join(store.dataDir, 'exports'), ctx.now());
      }),

    /**
     * Replace all the data with an exported archive's (a manager's decision, confirmed; backed up first). The archive
     * is checked in full before anything is touched (store/importCheck.ts), then swapped in whole.
     */
    'data.import': ({ file }, caller) =>
      store.exclusiveAll(async () => {
        requireRole(ctx, caller, 'data.import');
        let unpacked: string | undefined;
        let replacing = false;
        try {
          unpacked = await unpackArchive(file);
          const checked = await checkImport(unpacked);
          const safety = await createBackup(store.dataDir, 'pre-restore', ctx.now(), currentSettings(ctx).backupFolder);
          replacing = true;
          await store.replaceData(stageImport(store, unpacked, checked));
          return { imported: file, safetyBackup: safety.id, orders: store.orders.size };
        } catch (error) {
          if (error instanceof ImportRefused) {
            throw new DomainError('validation', `${file} cannot be imported: ${error.detail}.`, { file: error.code });
          }
          if (!unpacked) throw new DomainError('validation', `${file} is not an archive exported by Workshop Service.`, { file: 'unreadable_archive' });
          throw error;
        } finally {
          if (unpacked) await rm(unpacked, { recursive: true, force: true });
          // The staff may differ in the data now: everybody signs in again.
          if (replacing) {
            ctx.sessions.closeAll();
            ctx.sequences.reset();
          }
        }
      }),
  };
}

/**
 * Backups without anyone thinking of them: one shortly after start-up, then one a day while the application
 * runs, rotated (7 daily, 4 weekly). Returns the function that stops the timer.
 */
export function scheduleBackups(ctx: ServiceContext, log: (line: string) => void = console.error): () => void {
  const run = (reason: 'startup' | 'daily') =>
    ctx.store
      .exclusiveAll(async () => {
        await createBackup(ctx.store.dataDir, reason, ctx.now(), currentSettings(ctx).backupFolder);
        await rotateBackups(ctx.store.dataDir, ctx.now());
      })
      .catch((error: Error) => log(`[backup] ${reason} backup failed: ${error.message}`));
  const first = setTimeout(() => void run('startup'), 2_000);
  const daily = setInterval(() => void run('daily'), 24 * 3_600_000);
  first.unref?.();
  daily.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
