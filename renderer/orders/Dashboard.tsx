import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { ORDER_STATUSES } from '../../shared/orders/status.js';
import { api } from '../app/api/index.js';
import { formatDate } from '../app/i18n/index.js';
import { TableHead } from '../app/TableHead.js';
import { LoanRows } from '../loans/index.js';
import { OrderRows } from './OrderRows.js';
import { StatusBadge } from './StatusBadge.js';
import { PartsArrivedNotice } from '../parts/index.js';
import { useOrders } from './ordersStore.js';
import { type View, useSession } from '../session/index.js';
import { DaysLeft } from '../rules/index.js';
import type { ClaimView } from '../../shared/claims/index.js';
import { SystemicAlerts } from '../analytics/index.js';
import { SetupChecklist } from '../settings/index.js';

type Summary = ChannelOutput<'orders.dashboard'>;

/**
 * The starting point of the day: each tile counts something that needs doing and opens the list of exactly those
 * (the orders list with the tile's filter, the loaners or the claims screen filtered), with the filter in the
 * address, so that Back returns here and F5 keeps the list.
 */
export function Dashboard() {
  const { t } = useTranslation();
  const { go, language } = useSession();
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
  /** A tile opens its list as it counts it: a search typed earlier would hide some of it. */
  const open = (view: View) => {
    if (view.name === 'orders') useOrders.setState({ query: '' });
    go(view);
  };
  const tile = (key: string, count: number, label: string, view: View, tone?: 'alert' | 'warn') => (
    <button type="button" data-tile={key} className={tone ? `tile ${tone}` : 'tile'} onClick={() => open(view)}>
      <strong>{count}</strong>
      <span>{label}</span>
    </button>
  );
  const loansTone = summary.loansAttention.some((l) => l.state === 'overdue') ? 'alert' : summary.loansAttention.length ? 'warn' : undefined;
  const claimsTone = claims.some((c) => c.state === 'overdue') ? 'alert' : claims.length ? 'warn' : undefined;
  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <PartsArrivedNotice />
      <SetupChecklist />
      <div className="tiles">
        {tile('open', summary.open, t('dashboard.open'), { name: 'orders', filter: 'open' })}
        {tile('received_today', summary.receivedToday, t('dashboard.receivedToday'), { name: 'orders', filter: 'received_today' })}
        {tile('overdue', summary.overdue.length, t('dashboard.overdue'), { name: 'orders', filter: 'overdue' }, summary.overdue.length ? 'alert' : undefined)}
        {tile('ready', summary.ready.length, t('dashboard.ready'), { name: 'orders', status: 'ready' })}
        {tile('legal_overdue', summary.legalOverdue.length, t('dashboard.legalOverdue'), { name: 'orders', filter: 'legal_overdue' }, summary.legalOverdue.length ? 'alert' : undefined)}
        {tile('legal_due_soon', summary.legalDueSoon.length, t('dashboard.legalDueSoon'), { name: 'orders', filter: 'legal_due_soon' }, summary.legalDueSoon.length ? 'warn' : undefined)}
        {tile('loans', summary.loansAttention.length, t('loans.attention'), { name: 'loaners', filter: 'attention' }, loansTone)}
        {tile('claims', claims.length, t('claims.attention'), { name: 'claims', filter: 'attention' }, claimsTone)}
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
          <button key={status} type="button" className={`chip status-${status}`} onClick={() => open({ name: 'orders', status })}>
            {t(`status.${status}`)} <b>{summary.countsByStatus[status] ?? 0}</b>
          </button>
        ))}
      </div>
      {summary.legalDeadlines.length > 0 && (
        <>
          <h2>{t('deadlines.title')}</h2>
          <table className="orders legal-deadlines">
            <TableHead columns={[t('orders.number'), t('orders.customer'), t('orders.device'), t('dashboard.term'), t('dashboard.legalDue'), t('expiring.daysLeft'), t('orders.status')]} />
            <tbody>
              {summary.legalDeadlines.map((row) => (
                <tr
                  key={`${row.id}-${row.deadline.kind}`}
                  tabIndex={0}
                  className={row.deadline.state === 'overdue' ? 'overdue' : undefined}
                  data-order={row.number}
                  data-deadline={row.deadline.kind}
                  onClick={() => go({ name: 'order', id: row.id })}
                  onKeyDown={(e) => e.key === 'Enter' && go({ name: 'order', id: row.id })}
                >
                  <td className="mono">{row.number}</td>
                  <td>
                    <bdi>{row.customerName}</bdi>
                  </td>
                  <td>
                    <bdi>{row.device}</bdi>
                  </td>
                  <td>{t(`deadlines.${row.deadline.kind}`)}</td>
                  <td>{formatDate(row.deadline.due, language)}</td>
                  <td>
                    <DaysLeft days={row.deadline.daysLeft} />
                  </td>
                  <td>
                    <StatusBadge status={row.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
