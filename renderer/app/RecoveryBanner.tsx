import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api/index.js';
import { formatDate } from './i18n/index.js';
import { useSession } from '../session/index.js';

/**
 * After start-up repaired damaged data files: exactly what was found, what was restored, what was kept aside. The
 * notices stay (across restarts) until a manager acknowledges them; anyone else only hides them for now.
 */
export function RecoveryBanner() {
  const { t } = useTranslation();
  const { info, staff, currentUserId } = useSession();
  const [dismissed, setDismissed] = useState(false);
  const manager = staff.find((member) => member.id === currentUserId)?.role === 'manager';
  async function dismiss() {
    if (manager) await api().call('app.acknowledgeRecovery', {});
    setDismissed(true);
  }
  if (!info?.recovery.length || dismissed) return null;
  return (
    <div className="banner error recovery" role="alert">
      <strong>{t('recovery.title')}</strong>
      <ul>
        {info.recovery.map((note) => (
          <li key={note.id}>
            <NoticeText note={note} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void dismiss()}>
        {t('recovery.dismiss')}
      </button>
    </div>
  );
}

type Notice = NonNullable<ReturnType<typeof useSession.getState>['info']>['recovery'][number];

/** One notice in words: what was wrong with the file, then (for a rebuilt file) where its records came from. */
function NoticeText({ note }: { note: Notice }) {
  const { t } = useTranslation();
  const { language } = useSession();
  if (note.kind === 'quarantined') return <>{t('recovery.quarantined', { file: note.file, movedTo: note.movedTo, count: note.total })}</>;
  if (note.kind === 'audit_break') return <>{t('recovery.kinds.audit_break', { file: note.file, movedTo: note.movedTo })}</>;
  if (note.kind === 'unfinished_save') return <>{t('recovery.kinds.unfinished_save', { file: note.file })}</>;
  return (
    <>
      {t(`recovery.kinds.${note.kind}`, { file: note.file, movedTo: note.movedTo })}{' '}
      {note.restoredFrom
        ? t('recovery.fromBackup', { date: formatDate(note.restoredFrom, language, true), count: note.fromBackup })
        : t('recovery.noBackup')}{' '}
      {t('recovery.salvaged', { count: note.salvaged, total: note.total })}
    </>
  );
}
