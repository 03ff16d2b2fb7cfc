import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { StatusBadge } from './StatusBadge.js';
import { Phones } from '../customers/index.js';

type Row = ChannelOutput<'orders.list'>['rows'][number];
const ROW_HEIGHT = 52;

/**
 * The orders list, virtualised: only the rows in view exist in the page, so that scrolling through a hundred
 * thousand orders stays smooth; the next page is fetched as the end comes into view.
 */
export function OrderList({ rows, total, onNearEnd }: { rows: Row[]; total: number; onNearEnd(): void }) {
  const { t } = useTranslation();
  const { go, language } = useSession();
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
        <span role="columnheader">{t('orders.received')}</span>
        <span role="columnheader">{t('orders.customer')}</span>
        <span role="columnheader">{t('orders.device')}</span>
        <span role="columnheader">{t('orders.status')}</span>
        <span role="columnheader">{t('orders.promised')}</span>
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
                className="order-row"
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
                  <StatusBadge status={row.status} />
                </span>
                <span role="cell">{formatDate(row.promisedDate, language)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
