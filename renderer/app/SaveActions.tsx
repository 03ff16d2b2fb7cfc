import { useTranslation } from 'react-i18next';

/**
 * The save button of a settings section and, once saved, "Saved." beside it. Without `onSave` the button submits
 * the form it is in.
 */
export function SaveActions({ label, saved, onSave }: { label: string; saved: boolean; onSave?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type={onSave ? 'button' : 'submit'} className="primary" onClick={onSave}>
        {label}
      </button>
      {saved && (
        <span className="banner ok saved" role="status">
          {t('settings.saved')}
        </span>
      )}
    </div>
  );
}
