import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from './i18n/index.js';
import { useSession } from '../session/index.js';

/** After start-up repaired damaged data files: exactly what was found, what was restored, what was kept aside. */
export function RecoveryBanner() {
  const { t } = useTranslation();
  const { info, language } = useSession();
  const [dismissed, setDismissed] = useState(false);
  if (!info?.recovery.length || dismissed) return null;
  return (
    <div className="banner error recovery" role="alert">
      <strong>{t('recovery.title')}</strong>
      <ul>
        {info.recovery.map((note) => (
          <li key={note.file}>
            {t('recovery.file', { file: note.file, movedTo: note.movedTo })}{' '}
            {note.restoredFrom
              ? t('recovery.fromBackup', { date: formatDate(note.restoredFrom, language, true), count: note.fromBackup })
              : t('recovery.noBackup')}{' '}
            {t('recovery.salvaged', { count: note.salvaged, total: note.total })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('recovery.dismiss')}
      </button>
    </div>
  );
}
