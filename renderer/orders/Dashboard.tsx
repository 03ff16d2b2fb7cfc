import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { ORDER_STATUSES } from '../../shared/orders/status.js';
import { api } from '../app/api/index.js';
import { LoanRows } from '../loans/index.js';
import { OrderRows } from './OrderRows.js';
import { PartsArrivedNotice } from '../parts/index.js';
import { useOrders } from './ordersStore.js';
import { useSession } from '../session/index.js';
import { useClaims } from '../claims/index.js';
import type { ClaimView } from '../../shared/claims/index.js';
import { SystemicAlerts } from '../analytics/index.js';
import { SetupChecklist } from '../settings/index.js';

type Summary = ChannelOutput<'orders.dashboard'>;

export function Dashboard() {
  const { t } = useTranslation();
  const go = useSession((s) => s.go);
  const [summary, setSummary] = useState<Summary>();
  const [claims, setClaims] = useState<ClaimView[]>([]);
  const [alerts, setAlerts] = useState<ChannelOutput<'analytics.alerts'>>();

  useEffect(() => {
    void api()
      .call('orders.dashboard', {})
      .then((result) => result.ok && setSummary(result.value));
    void api()
      .call('claims.list', { filter: 'attention' })
      .then((result) => result.ok && setClaims(result.value));
    void api()
      .call('analytics.alerts', {})
      .then((result) => result.ok && setAlerts(result.value));
  }, []);

  if (!summary) return null;
  const openStatus = (status: (typeof ORDER_STATUSES)[number]) => {
    useOrders.setState({ query: '' });
    useOrders.getState().setStatus(status);
    go({ name: 'orders' });
  };
  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <PartsArrivedNotice />
      <SetupChecklist />
      <div className="tiles">
        <div className="tile">
          <strong>{summary.open}</strong>
          <span>{t('dashboard.open')}</span>
        </div>
        <div className="tile">
          <strong>{summary.receivedToday}</strong>
          <span>{t('dashboard.receivedToday')}</span>
        </div>
        <div className={summary.overdue.length ? 'tile alert' : 'tile'}>
          <strong>{summary.overdue.length}</strong>
          <span>{t('dashboard.overdue')}</span>
        </div>
        <div className="tile">
          <strong>{summary.ready.length}</strong>
          <span>{t('dashboard.ready')}</span>
        </div>
        <div className={summary.legalOverdue.length ? 'tile alert' : 'tile'}>
          <strong>{summary.legalOverdue.length}</strong>
          <span>{t('dashboard.legalOverdue')}</span>
        </div>
        <div className={summary.legalDueSoon.length ? 'tile warn' : 'tile'}>
          <strong>{summary.legalDueSoon.length}</strong>
          <span>{t('dashboard.legalDueSoon')}</span>
        </div>
        <div className={summary.loansAttention.some((l) => l.state === 'overdue') ? 'tile alert' : summary.loansAttention.length ? 'tile warn' : 'tile'}>
          <strong>{summary.loansAttention.length}</strong>
          <span>{t('loans.attention')}</span>
        </div>
        <button
          type="button"
          className={claims.some((c) => c.state === 'overdue') ? 'tile alert' : claims.length ? 'tile warn' : 'tile'}
          onClick={() => {
            void useClaims.getState().load('attention');
            go({ name: 'claims' });
          }}
        >
          <strong>{claims.length}</strong>
          <span>{t('claims.attention')}</span>
        </button>
      </div>
      {alerts && alerts.alerts.length > 0 && (
        <div className="card alerts" role="alert">
          <h2>
            <button type="button" className="link" onClick={() => go({ name: 'analytics' })}>
              {t('analytics.dashboardAlert', { count: alerts.alerts.length })}
            </button>
          </h2>
          <SystemicAlerts alerts={alerts} />
        </div>
      )}
      <div className="status-counts">
        {ORDER_STATUSES.filter((s) => s !== 'issued').map((status) => (
          <button key={status} type="button" className={`chip status-${status}`} onClick={() => openStatus(status)}>
            {t(`status.${status}`)} <b>{summary.countsByStatus[status] ?? 0}</b>
          </button>
        ))}
      </div>
      {summary.legalOverdue.length + summary.legalDueSoon.length > 0 && (
        <>
          <h2>{t('deadlines.title')}</h2>
          <OrderRows rows={[...summary.legalOverdue, ...summary.legalDueSoon]} />
        </>
      )}
      {summary.loansAttention.length > 0 && (
        <>
          <h2>{t('loans.attention')}</h2>
          <LoanRows loans={summary.loansAttention} />
        </>
      )}
      <h2>{t('dashboard.overdue')}</h2>
      {summary.overdue.length ? <OrderRows rows={summary.overdue} /> : <p className="muted">{t('common.nothingHere')}</p>}
      <h2>{t('dashboard.ready')}</h2>
      {summary.ready.length ? <OrderRows rows={summary.ready} /> : <p className="muted">{t('common.nothingHere')}</p>}
    </section>
  );
}
