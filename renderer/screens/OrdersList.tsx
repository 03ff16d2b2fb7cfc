import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES } from '../../shared/rules/status.js';
import { ErrorBanner } from '../components/Field.js';
import { OrderList } from '../components/OrderList.js';
import { useOrders } from '../stores/orders.js';

export function OrdersList() {
  const { t } = useTranslation();
  const { query, status, rows, total, counts, answered, error, setQuery, setStatus, refresh, loadMore } = useOrders();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const all = Object.values(counts).reduce((a, b) => a + b, 0);

  return (
    <section>
      <h1>{t('orders.title')}</h1>
      <input
        className="search"
        type="search"
        aria-label={t('orders.search')}
        placeholder={t('orders.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoFocus
      />
      <div className="status-counts" role="group" aria-label={t('orders.status')}>
        <button type="button" className={status ? 'chip' : 'chip selected'} onClick={() => setStatus(undefined)}>
          {t('orders.all')} <b>{all}</b>
        </button>
        {ORDER_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={status === s ? `chip status-${s} selected` : `chip status-${s}`}
            aria-pressed={status === s}
            onClick={() => setStatus(status === s ? undefined : s)}
          >
            {t(`status.${s}`)} <b>{counts[s] ?? 0}</b>
          </button>
        ))}
      </div>
      <ErrorBanner error={error} />
      <p className="muted" data-answered={answered ?? ''}>
        {t('orders.total', { count: total })}
      </p>
      {rows.length ? <OrderList rows={rows} total={total} onNearEnd={loadMore} /> : <p className="muted">{t('orders.empty')}</p>}
    </section>
  );
}
