import { DomainError } from '../../shared/platform/result.js';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { exportArchive, unpackArchive } from '../platform/store/archive.js';
import { type BackupLimits, capBackups, createBackup, listBackups, rotateBackups } from '../platform/store/backup.js';
import { checkImport, ImportRefused } from '../platform/store/importCheck.js';
import { stageBackup, stageImport } from '../platform/store/replace.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { withNote } from '../platform/store/audit.js';
import { currentSettings } from '../settings/index.js';
import { movePinHashesToVault } from '../staff/index.js';

/** A manual backup copies every data file: at most one a minute. */
export const MANUAL_BACKUP_INTERVAL_MS = 60_000;
/** The backups kept, whatever their dates: at most this many, and this many bytes in all. */
export const BACKUP_LIMITS: BackupLimits = { maxCount: 24, maxBytes: 2 * 1024 ** 3 };

const MIRROR = 'Workshop Service backups';

/**
 * After every backup: rotation by date (7 days, 4 weeks, all of the last day), then by count and size; the copies
 * of the removed backups in the second folder go too, so that neither place fills up.
 */
async function rotate(ctx: ServiceContext): Promise<void> {
  const removed = [...(await rotateBackups(ctx.store.dataDir, ctx.now())), ...(await capBackups(ctx.store.dataDir, BACKUP_LIMITS))];
  const mirror = currentSettings(ctx).backupFolder;
  if (mirror) for (const id of removed) await rm(join(mirror, MIRROR, id), { recursive: true, force: true }).catch(() => undefined);
}

export function backupHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'data.backups.list' | 'data.backups.create' | 'data.backups.places' | 'data.backups.restore' | 'data.export' | 'data.import'> {
  const { store } = ctx;
  let lastManual: number | undefined;
  return {
    'data.backups.list': async () => (await listBackups(store.dataDir)).map(({ files: _files, ...summary }) => summary),

    'data.backups.create': (_input, caller) =>
      store.exclusiveAll(async () => {
        // A backup copies every record: a manager's, as restore and export are.
        requireRole(ctx, caller, 'data.backup');
        const now = ctx.now();
        if (lastManual !== undefined && now.getTime() - lastManual < MANUAL_BACKUP_INTERVAL_MS) {
          const wait = Math.ceil((MANUAL_BACKUP_INTERVAL_MS - (now.getTime() - lastManual)) / 1000);
          throw new DomainError('rate_limited', `A backup was made less than a minute ago: the next one can be made in ${wait} s.`, { _: 'rate_limited' });
        }
        const manifest = await createBackup(store.dataDir, 'manual', now, currentSettings(ctx).backupFolder);
        lastManual = now.getTime();
        await rotate(ctx);
        return { id: manifest.id, createdAt: manifest.createdAt };
      }),

    /** The folders the shell offers for the second copy (USB sticks, other drives, the documents folder). */
    'data.backups.places': async (_input, caller) => {
      requireRole(ctx, caller, 'settings.change');
      return ctx.places ? await ctx.places.offered() : [];
    },

    /** Put a backup's data back (a manager's decision): the current data is backed up first, so nothing is lost. */
    'data.backups.restore': ({ id, reason }, caller) =>
      store.exclusiveAll(async () => {
        requireRole(ctx, caller, 'data.restore');
        const backup = (await listBackups(store.dataDir)).find((b) => b.id === id);
        if (!backup) throw new DomainError('not_found', 'No such backup.', { id: 'not_found' });
        if (!backup.verified) throw new DomainError('conflict', 'This backup is damaged (a checksum does not match).', { id: 'damaged_backup' });
        const safety = await createBackup(store.dataDir, 'pre-restore', ctx.now());
        // Staged and swapped in whole: an interrupted restore leaves the data as it was (store/swap.ts).
        await store.replaceData(stageBackup(store, backup));
        // The PINs stay this PC's (the vault is not in backups): everyone keeps their current PIN.
        await movePinHashesToVault(ctx);
        // The staff may differ in the data now: everybody signs in again.
        ctx.sessions.closeAll();
        ctx.sequences.reset();
        // The restored data's audit log says who put it back, from which backup, and why.
        await withNote(reason, () => store.audit.record('backups', [{ id: backup.id, after: { restored: backup.createdAt, safetyBackup: safety.id, reason } }], ctx.now()));
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
          const importer = store.staff.get(caller.id)!;
          replacing = true;
          await store.replaceData(stageImport(store, unpacked, checked));
          // No PIN comes with an archive (hashes of an older version's archive excepted): the manager who imports
          // stays on the staff list with their PIN, and sets the others' PINs on this PC.
          await movePinHashesToVault(ctx);
          if (!store.staff.get(importer.id)) await store.staff.insert({ ...importer, role: 'manager', active: true });
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
        await rotate(ctx);
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
