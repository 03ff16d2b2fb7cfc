import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { toCsv } from '../../shared/platform/csv.js';
import { localToday } from '../app/today.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { formatDate } from '../app/i18n/index.js';
import { RoleNote, useMay, useSession } from '../session/index.js';
import { ErrorBanner } from '../app/Field.js';

type Entry = ChannelOutput<'data.audit.list'>['rows'][number];

/** The audit log for managers: the latest changes, a check of the hash chain, and an export. */
export function AuditSection() {
  const { t } = useTranslation();
  const mayChange = useMay('data.audit');
  const { language, staff } = useSession();
  const [entries, setEntries] = useState<Entry[]>();
  const [check, setCheck] = useState<ChannelOutput<'data.audit.verify'>>();
  const [error, setError] = useState<ApiError>();
  const name = (id?: string) => staff.find((s) => s.id === id)?.name ?? id ?? '';

  async function show() {
    const result = await api().call('data.audit.list', { limit: 100 });
    setError(result.ok ? undefined : result.error);
    if (result.ok) setEntries(result.value.rows);
  }
  async function verify() {
    const result = await api().call('data.audit.verify', {});
    setError(result.ok ? undefined : result.error);
    if (result.ok) setCheck(result.value);
  }
  async function exportCsv() {
    const result = await api().call('data.audit.list', { limit: 10_000 });
    if (!result.ok) return setError(result.error);
    const csv = toCsv(
      ['seq', 'at', 'by', 'channel', 'collection', 'id', 'before', 'after', 'hash'],
      result.value.rows.map((e) => [e.seq, e.at, name(e.by), e.channel ?? '', e.collection, e.id, JSON.stringify(e.before ?? ''), JSON.stringify(e.after), e.hash]),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `audit-${localToday()}.csv`;
    link.click();
  }

  return (
    <fieldset className="audit" disabled={!mayChange}>
      <legend>{t('audit.title')}</legend>
      <RoleNote action="data.audit" />
      <p className="muted">{t('audit.intro')}</p>
      <div className="row">
        <button type="button" onClick={() => void show()}>
          {t('audit.show')}
        </button>
        <button type="button" onClick={() => void verify()}>
          {t('audit.verify')}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {t('common.exportCsv')}
        </button>
      </div>
      <ErrorBanner error={error} />
      {check && (
        <div className={check.intact ? 'banner ok' : 'banner error'} role="status">
          {check.intact ? t('audit.intact', { count: check.entries }) : t('audit.broken', { seq: check.brokenAt })}
        </div>
      )}
      {entries && (
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('audit.when')}</th>
              <th>{t('audit.who')}</th>
              <th>{t('audit.what')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td className="num">{e.seq}</td>
                <td>{formatDate(e.at, language, true)}</td>
                <td>
                  <bdi>{name(e.by)}</bdi>
                </td>
                <td className="small mono">
                  {e.channel ?? ''} · {e.collection} {e.id}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
