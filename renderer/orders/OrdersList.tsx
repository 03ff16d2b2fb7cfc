import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextKey } from '../../shared/catalogue.js';
import { DEFAULT_ORDER_SORT, ORDER_STATUSES, type OrderListFilter, type OrderSort } from '../../shared/orders/index.js';
import type { Language } from '../../shared/platform/common.js';
import { ErrorBanner } from '../app/Field.js';
import { OrderList } from './OrderList.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { printLabels } from './orderDocumentsStore.js';
import { type ListShown, useOrders } from './ordersStore.js';
import { useDocumentLanguage, useSession } from '../session/index.js';

/** At most this many labels go into one batch. */
const LABEL_BATCH = 200;

/** A column's first click sorts it this way: the newest intake, the soonest promise, the workflow's order, A to Z. */
const FIRST_DIRECTION: Record<OrderSort['by'], OrderSort['direction']> = { received: 'desc', promised: 'asc', status: 'asc', technician: 'asc' };

/** What a tile's filter is called: the tile's own words. */
const FILTER_LABELS: Record<OrderListFilter, TextKey> = {
  open: 'dashboard.open',
  received_today: 'dashboard.receivedToday',
  overdue: 'dashboard.overdue',
  legal_overdue: 'dashboard.legalOverdue',
  legal_due_soon: 'dashboard.legalDueSoon',
};

/**
 * The orders list. Its filter (a dashboard tile's), status and order are in its address: the list follows the
 * address, and a chip or a column title changes the address in place (Back still returns to the screen before).
 */
export function OrdersList() {
  const { t } = useTranslation();
  const { query, status, filter, sort, rows, total, counts, answered, error, setQuery, show, loadMore } = useOrders();
  const view = useSession((s) => s.view);
  const go = useSession((s) => s.go);
  const shown: ListShown = view.name === 'orders' ? { filter: view.filter, status: view.status, sort: view.sort } : {};
  const { by, direction } = shown.sort ?? DEFAULT_ORDER_SORT;
  useEffect(() => {
    void show({ filter: shown.filter, status: shown.status, sort: { by, direction } });
  }, [shown.filter, shown.status, by, direction, show]);
  const showList = (list: ListShown) => go({ name: 'orders', ...list, sort: list.sort && !sameSort(list.sort, DEFAULT_ORDER_SORT) ? list.sort : undefined }, { replace: true });
  // Sorting by the column already sorted turns the order round; another column starts in its own first direction.
  const sortBy = (column: OrderSort['by']) =>
    showList({ ...shown, sort: { by: column, direction: column === by ? (direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[column] } });
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
      {filter && (
        <div className="row list-filter" role="group" aria-label={t('orders.filter')}>
          <span className="chip selected">{t(FILTER_LABELS[filter])}</span>
          <button type="button" className="link" onClick={() => showList({ ...shown, filter: undefined })}>
            {t('orders.showAll')}
          </button>
        </div>
      )}
      <div className="status-counts" role="group" aria-label={t('orders.status')}>
        <button type="button" className={status ? 'chip' : 'chip selected'} onClick={() => showList({ ...shown, status: undefined })}>
          {t('orders.all')} <b>{all}</b>
        </button>
        {ORDER_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={status === s ? `chip status-${s} selected` : `chip status-${s}`}
            aria-pressed={status === s}
            onClick={() => showList({ ...shown, status: status === s ? undefined : s })}
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
      {rows.length ? <OrderList rows={rows} total={total} sort={sort} onSort={sortBy} onNearEnd={loadMore} /> : <p className="muted">{t('orders.empty')}</p>}
    </section>
  );
}

function sameSort(a: OrderSort, b: OrderSort): boolean {
  return a.by === b.by && a.direction === b.direction;
}
