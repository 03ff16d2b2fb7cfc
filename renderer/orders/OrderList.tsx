import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { PastPromised, StatusBadge } from './StatusBadge.js';
import { SortableHeader } from '../app/TableHead.js';
import type { OrderSort } from '../../shared/orders/index.js';
import { Phones } from '../customers/index.js';

type Row = ChannelOutput<'orders.list'>['rows'][number];
const ROW_HEIGHT = 52;

/**
 * The orders list, virtualised: only the rows in view exist in the page, so that scrolling through a hundred
 * thousand orders stays smooth; the next page is fetched as the end comes into view. The backend sorts (a page
 * continues the order of the one before); a column title sorts by it. An order past its promised date is marked
 * in colour and in words.
 */
export function OrderList({ rows, total, sort, onSort, onNearEnd }: { rows: Row[]; total: number; sort: OrderSort; onSort(by: OrderSort['by']): void; onNearEnd(): void }) {
  const { t } = useTranslation();
  const { go, language, staff } = useSession();
  const technician = (id?: string) => (id ? staff.find((m) => m.id === id)?.name : undefined);
  const header = (by: OrderSort['by'], title: string) => (
    <SortableHeader as="span" title={title} direction={sort.by === by ? sort.direction : undefined} onSort={() => onSort(by)} />
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1000, height: 20 * ROW_HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (rows.length < total && last >= rows.length - 20) onNearEnd();
  }, [last, rows.length, total, onNearEnd]);

  return (
    <div className="order-list" role="table" aria-rowcount={total}>
      <div className="order-row header" role="row">
        <span role="columnheader">{t('orders.number')}</span>
        {header('received', t('orders.received'))}
        <span role="columnheader">{t('orders.customer')}</span>
        <span role="columnheader">{t('orders.device')}</span>
        {header('technician', t('order.technician'))}
        {header('status', t('orders.status'))}
        {header('promised', t('orders.promised'))}
      </div>
      <div ref={scroller} className="order-scroller" data-testid="order-scroller">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <div
                key={row.id}
                role="row"
                tabIndex={0}
                className={row.daysPastPromised ? 'order-row overdue' : 'order-row'}
                data-order={row.number}
                aria-rowindex={item.index + 2}
                style={{ position: 'absolute', top: 0, insetInlineStart: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => go({ name: 'order', id: row.id })}
                onKeyDown={(e) => e.key === 'Enter' && go({ name: 'order', id: row.id })}
              >
                <span className="mono" role="cell">
                  {row.number}
                </span>
                <span role="cell">{formatDate(row.receivedAt, language)}</span>
                <span role="cell">
                  <bdi>{row.customerName}</bdi>
                  <span className="muted small block" dir="ltr">
                    <Phones phones={[row.customerPhone]} />
                  </span>
                </span>
                <span role="cell">
                  <bdi>{row.device}</bdi>
                  <span className="muted small mono block" dir="ltr">
                    {row.serial}
                  </span>
                </span>
                <span role="cell">
                  <bdi>{technician(row.technicianId) ?? <span className="muted">{t('common.none')}</span>}</bdi>
                </span>
                <span role="cell">
                  <StatusBadge status={row.status} />
                </span>
                <span role="cell">
                  {formatDate(row.promisedDate, language)}
                  <PastPromised days={row.daysPastPromised} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
