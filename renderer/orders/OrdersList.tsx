import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES } from '../../shared/orders/status.js';
import type { Language } from '../../shared/platform/common.js';
import { ErrorBanner } from '../app/Field.js';
import { OrderList } from './OrderList.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { printLabels } from './orderDocumentsStore.js';
import { useOrders } from './ordersStore.js';
import { useDocumentLanguage } from '../session/index.js';

/** At most this many labels go into one batch. */
const LABEL_BATCH = 200;

export function OrdersList() {
  const { t } = useTranslation();
  const { query, status, rows, total, counts, answered, error, setQuery, setStatus, refresh, loadMore } = useOrders();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [labelLanguage, setLabelLanguage] = useState<Language>(documentLanguage);

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
      <div className="row">
        <p className="muted" data-answered={answered ?? ''}>
          {t('orders.total', { count: total })}
        </p>
        {rows.length > 0 && (
          <>
            <DocumentLanguageSelect value={labelLanguage} onChange={setLabelLanguage} />
            <button
              type="button"
              title={rows.length > LABEL_BATCH ? t('documents.labelsLimit', { count: LABEL_BATCH }) : undefined}
              onClick={() => void printLabels(rows.slice(0, LABEL_BATCH).map((r) => r.id), labelLanguage)}
            >
              {t('documents.labelsOfList')}
            </button>
          </>
        )}
      </div>
      {rows.length ? <OrderList rows={rows} total={total} onNearEnd={loadMore} /> : <p className="muted">{t('orders.empty')}</p>}
    </section>
  );
}
