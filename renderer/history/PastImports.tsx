import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import { ErrorBanner } from '../app/Field.js';
import { formatDate } from '../app/i18n/index.js';
import { useMay, useSession } from '../session/index.js';

type Summary = ChannelOutput<'history.imports'>[number];
type Undo = ChannelOutput<'history.undo'>;

/**
 * The imports made so far, newest first, each with "Undo": after a confirmation its orders, and the customers and
 * units it created, are removed as one change; when something touched them since, nothing changes and the list
 * says what blocks it (docs/history-import.md).
 */
export function PastImports({ refreshKey }: { refreshKey: unknown }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const allowed = useMay('history.import');
  const [imports, setImports] = useState<Summary[]>();
  const [asking, setAsking] = useState<Summary>();
  const [answer, setAnswer] = useState<{ of: Summary; undo: Undo }>();
  const [error, setError] = useState<ApiError>();

  async function load() {
    const result = await api().call('history.imports', {});
    setError(result.ok ? undefined : result.error);
    if (result.ok) setImports(result.value);
  }
  useEffect(() => {
    if (allowed) void load();
  }, [allowed, refreshKey]);

  async function undo(of: Summary) {
    const result = await api().call('history.undo', { batch: of.batch });
    setAsking(undefined);
    setError(result.ok ? undefined : result.error);
    if (!result.ok) return;
    setAnswer({ of, undo: result.value });
    await load();
  }

  if (!allowed || !imports) return null;
  const what = (s: { orders: number; customers: number; devices: number }) => ({
    orders: t('history.numbers.orders', { count: s.orders }),
    customers: t('history.past.customers', { count: s.customers }),
    devices: t('history.past.devices', { count: s.devices }),
  });
  const object = (collection: string | undefined, label: string | undefined) => t(`audit.objects.${collection ?? 'unknown'}`, { label: label ?? '', collection });
  return (
    <section className="past-imports">
      <h2>{t('history.past.title')}</h2>
      <ErrorBanner error={error} />
      {answer?.undo.undone && (
        <div className="banner ok" role="status">
          {t('history.past.undone', what(answer.undo))}
        </div>
      )}
      {answer && !answer.undo.undone && (
        <div className="banner error" role="alert" data-blocked>
          <p>{t('history.past.blocked', { count: answer.undo.blockedCount })}</p>
          <ul>
            {answer.undo.blockers.map((b, i) => (
              <li key={i}>{t(`history.past.blockers.${b.reason}`, { object: object(b.collection, b.label), by: b.by ? object(b.by.collection, b.by.label) : '' })}</li>
            ))}
          </ul>
          {answer.undo.blockedCount > answer.undo.blockers.length && <p>{t('history.past.more', { count: answer.undo.blockedCount - answer.undo.blockers.length })}</p>}
        </div>
      )}
      {imports.length === 0 ? (
        <p className="muted">{t('history.past.none')}</p>
      ) : (
        <table className="past-imports-table">
          <thead>
            <tr>
              <th>{t('history.past.at')}</th>
              <th>{t('history.past.system')}</th>
              <th>{t('history.past.by')}</th>
              <th>{t('history.past.records')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {imports.map((s) => (
              <tr key={s.batch} data-batch={s.batch}>
                <td>{formatDate(s.at, language)}</td>
                <td>{s.system}</td>
                <td>{s.byName}</td>
                <td>{t('history.past.what', what(s))}</td>
                <td>
                  <button type="button" onClick={() => setAsking(s)}>
                    {t('history.past.undo')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && (
        <ConfirmDialog
          danger
          title={t('history.past.confirmTitle', { system: asking.system, date: formatDate(asking.at, language) })}
          text={t('history.past.confirmText', what(asking))}
          confirmLabel={t('history.past.confirm')}
          onConfirm={() => undo(asking)}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </section>
  );
}
