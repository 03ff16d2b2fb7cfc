import { DomainError } from '../../shared/result.js';
import { createBackup, listBackups, restoreFiles, rotateBackups } from '../store/backup.js';
import type { Handlers } from '../ipc/handlers.js';
import { type ServiceContext, requireActor } from './context.js';

export function backupHandlers(ctx: ServiceContext): Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore'> {
  const { store } = ctx;
  return {
    'backups.list': async () => (await listBackups(store.dataDir)).map(({ files: _files, ...summary }) => summary),

    'backups.create': ({ actorId }) =>
      store.exclusive(async () => {
        requireActor(ctx, actorId);
        const manifest = await createBackup(store.dataDir, 'manual', ctx.now());
        await rotateBackups(store.dataDir, ctx.now());
        return { id: manifest.id, createdAt: manifest.createdAt };
      }),

    /** Put a backup's data back (a manager's decision): the current data is backed up first, so nothing is lost. */
    'backups.restore': ({ actorId, id }) =>
      store.exclusive(async () => {
        requireActor(ctx, actorId, ['manager']);
        const backup = (await listBackups(store.dataDir)).find((b) => b.id === id);
        if (!backup) throw new DomainError('not_found', 'No such backup.', { id: 'not_found' });
        if (!backup.verified) throw new DomainError('conflict', 'This backup is damaged (a checksum does not match).', { id: 'damaged_backup' });
        const safety = await createBackup(store.dataDir, 'pre-restore', ctx.now());
        await restoreFiles(store.dataDir, backup);
        await store.reload();
        return { restored: backup.createdAt, safetyBackup: safety.id };
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
      .exclusive(async () => {
        await createBackup(ctx.store.dataDir, reason, ctx.now());
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
