import { useState } from 'react';
import type { TFunction, i18n as I18n } from 'i18next';
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

/**
 * An entry as a sentence in the reader's language: the record by its number or name, then what was done to it, by
 * the channel that did it ("Order R-2026-00012: diagnosis recorded"); the channel and the record's id stay in the
 * export.
 */
export function auditSentence(t: TFunction, i18n: I18n, entry: Entry): { object: string; action: string } {
  const hasPhrase = (key: string) => i18n.exists(key) && typeof i18n.t(key, { returnObjects: true }) === 'string';
  const object = hasPhrase(`audit.objects.${entry.collection}`)
    ? t(`audit.objects.${entry.collection}`, { label: entry.subject })
    : t('audit.objects.unknown', { collection: entry.collection, label: entry.subject });
  const action = hasPhrase(`audit.actions.${entry.channel ?? 'system'}`) ? t(`audit.actions.${entry.channel ?? 'system'}`) : t('audit.actions.unknown');
  return { object: object.trim(), action };
}

/** The audit log for managers: the latest changes, a check of the hash chain, and an export. */
export function AuditSection() {
  const { t, i18n } = useTranslation();
  const mayChange = useMay('data.audit');
  const { language } = useSession();
  const [entries, setEntries] = useState<Entry[]>();
  const [check, setCheck] = useState<ChannelOutput<'data.audit.verify'>>();
  const [error, setError] = useState<ApiError>();
  const who = (e: Entry) => e.actor ?? (e.by ? '' : t('audit.byApplication'));

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
      ['seq', 'at', 'by', 'object', 'action', 'note', 'channel', 'collection', 'id', 'before', 'after', 'hash'],
      result.value.rows.map((e) => {
        const { object, action } = auditSentence(t, i18n, e);
        return [e.seq, e.at, who(e), object, action, e.note ?? '', e.channel ?? '', e.collection, e.id, JSON.stringify(e.before ?? ''), JSON.stringify(e.after), e.hash];
      }),
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
            {entries.map((e) => {
              const { object, action } = auditSentence(t, i18n, e);
              return (
                <tr key={e.seq} data-seq={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td>{formatDate(e.at, language, true)}</td>
                  <td>
                    <bdi>{who(e)}</bdi>
                  </td>
                  <td>
                    <bdi>{object}</bdi>: {action}
                    {e.note && <div className="muted small">{e.note}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
