import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { formatDate } from '../app/i18n/index.js';
import { RoleNote, useMay, useSession } from '../session/index.js';
import { ErrorBanner, Field, FieldError } from '../app/Field.js';
import { ConfirmDialog } from '../app/ConfirmDialog.js';

type Backup = ChannelOutput<'data.backups.list'>[number];

/** Backups: when, why, what they hold, whether they verify; back up now; restore one after confirmation. */
export function BackupsSection() {
  const { t } = useTranslation();
  const { language, load } = useSession();
  const [backups, setBackups] = useState<Backup[]>([]);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const settings = useSession((s) => s.settings);
  const [mirror, setMirror] = useState(settings?.backupFolder ?? '');
  const [exportFolder, setExportFolder] = useState('');
  const [importFile, setImportFile] = useState('');
  const [places, setPlaces] = useState<Array<{ path: string; label: string }>>([]);
  // What the member's role allows, from the same table the backend checks: the rest is shown disabled.
  const may = { backup: useMay('data.backup'), restore: useMay('data.restore'), export: useMay('data.export'), import: useMay('data.import'), folder: useMay('settings.change') };

  const refresh = async () => {
    const result = await api().call('data.backups.list', {});
    if (result.ok) setBackups(result.value);
  };
  useEffect(() => {
    void refresh();
  }, []);
  useEffect(() => {
    if (!may.folder) return;
    void api()
      .call('data.backups.places', {})
      .then((result) => result.ok && setPlaces(result.value));
  }, [may.folder]);
  // The second folder: one the PC offers, or another one typed (a network share, say).
  const [typed, setTyped] = useState(false);
  const choice = typed || (mirror && !places.some((place) => place.path === mirror)) ? 'other' : mirror;

  async function backUpNow() {
    const result = await api().call('data.backups.create', {});
    setError(result.ok ? undefined : result.error);
    await refresh();
  }

  async function saveMirror() {
    const result = await api().call('settings.update', { backupFolder: mirror.trim() });
    setError(result.ok ? undefined : result.error);
    if (result.ok) setNotice(t('settings.saved'));
  }

  async function exportData() {
    const result = await api().call('data.export', { folder: exportFolder });
    setError(result.ok ? undefined : result.error);
    if (result.ok) setNotice(t('backups.exported', { file: result.value.file, size: Math.ceil(result.value.bytes / 1024) }));
  }

  async function importData() {
    if (!window.confirm(t('backups.confirmImport', { file: importFile }))) return;
    const result = await api().call('data.import', { file: importFile, confirm: true });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setNotice(t('backups.imported', { file: result.value.imported, count: result.value.orders }));
      await load();
    }
    await refresh();
  }

  /** The backup a manager asked to restore: the dialog asks for the reason first (kept in the audit log). */
  const [restoring, setRestoring] = useState<Backup>();

  async function restore(backup: Backup, reason: string) {
    const result = await api().call('data.backups.restore', { id: backup.id, confirm: true, reason });
    setError(result.ok ? undefined : result.error);
    setRestoring(undefined);
    if (result.ok) {
      setNotice(t('backups.restored', { date: formatDate(result.value.restored, language, true) }));
      await load();
    }
    await refresh();
  }

  return (
    <fieldset className="backups">
      <legend>{t('backups.title')}</legend>
      <p className="muted">{t('backups.intro')}</p>
      <RoleNote action="data.backup" />
      <div className="row">
        <button type="button" disabled={!may.backup} onClick={() => void backUpNow()}>
          {t('backups.now')}
        </button>
        <Field label={t('backups.place')}>
          <select
            disabled={!may.folder}
            value={choice}
            onChange={(e) => {
              setTyped(e.target.value === 'other');
              if (e.target.value !== 'other') setMirror(e.target.value);
            }}
          >
            <option value="">{t('backups.noPlace')}</option>
            {places.map((place) => (
              <option key={place.path} value={place.path}>
                {place.label}
              </option>
            ))}
            <option value="other">{t('backups.otherPlace')}</option>
          </select>
        </Field>
        {choice === 'other' ? (
          <Field label={t('backups.mirror')} error={error?.fields?.backupFolder}>
            <input dir="ltr" disabled={!may.folder} value={mirror} onChange={(e) => setMirror(e.target.value)} />
          </Field>
        ) : (
          <FieldError code={error?.fields?.backupFolder} />
        )}
        <button type="button" disabled={!may.folder} onClick={() => void saveMirror()}>
          {t('common.save')}
        </button>
      </div>
      <div className="row">
        <Field label={t('backups.exportFolder')} error={error?.fields?.folder}>
          <input dir="ltr" disabled={!may.export} value={exportFolder} onChange={(e) => setExportFolder(e.target.value)} />
        </Field>
        <button type="button" disabled={!may.export} onClick={() => void exportData()}>
          {t('backups.export')}
        </button>
        <Field label={t('backups.importFile')} error={error?.fields?.file}>
          <input dir="ltr" disabled={!may.import} value={importFile} onChange={(e) => setImportFile(e.target.value)} />
        </Field>
        <button type="button" disabled={!may.import} onClick={() => void importData()}>
          {t('backups.import')}
        </button>
      </div>
      <ErrorBanner error={error} />
      {notice && <div className="banner ok">{notice}</div>}
      <table>
        <thead>
          <tr>
            <th>{t('backups.when')}</th>
            <th>{t('backups.reason')}</th>
            <th>{t('backups.contents')}</th>
            <th>{t('backups.check')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.id} data-backup={backup.id}>
              <td>{formatDate(backup.createdAt, language, true)}</td>
              <td>{t(`backups.reasons.${backup.reason}`, { defaultValue: backup.reason })}</td>
              <td className="small">
                {t('backups.counts', {
                  orders: t('orders.total', { count: backup.records.orders ?? 0 }),
                  customers: t('backups.customers', { count: backup.records.customers ?? 0 }),
                  devices: t('expiring.count', { count: backup.records.devices ?? 0 }),
                })}
              </td>
              <td>{backup.verified ? t('backups.verified') : <span className="field-error">{t('backups.damaged')}</span>}</td>
              <td>
                {backup.verified && (
                  <button type="button" disabled={!may.restore} onClick={() => setRestoring(backup)}>
                    {t('backups.restore')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {restoring && (
        <ConfirmDialog
          title={t('confirm.restore', { date: formatDate(restoring.createdAt, language, true) })}
          text={t('backups.confirm', { date: formatDate(restoring.createdAt, language, true) })}
          confirmLabel={t('backups.restore')}
          reason
          danger
          onConfirm={(reason) => restore(restoring, reason)}
          onCancel={() => setRestoring(undefined)}
        />
      )}
    </fieldset>
  );
}
