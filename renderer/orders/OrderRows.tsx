import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { PastPromised, StatusBadge } from './StatusBadge.js';
import { Phones } from '../customers/index.js';

type Row = ChannelOutput<'orders.list'>['rows'][number];

/** A table of orders; a row opens its order (click or Enter); one past its promised date is marked. */
export function OrderRows({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const { go, language } = useSession();
  return (
    <table className="orders">
      <thead>
        <tr>
          <th>{t('orders.number')}</th>
          <th>{t('orders.received')}</th>
          <th>{t('orders.customer')}</th>
          <th>{t('orders.device')}</th>
          <th>{t('orders.status')}</th>
          <th>{t('orders.promised')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.id}
            tabIndex={0}
            className={row.daysPastPromised ? 'overdue' : undefined}
            data-order={row.number}
            onClick={() => go({ name: 'order', id: row.id })}
            onKeyDown={(e) => e.key === 'Enter' && go({ name: 'order', id: row.id })}
          >
            <td className="mono">{row.number}</td>
            <td>{formatDate(row.receivedAt, language)}</td>
            <td>
              <bdi>{row.customerName}</bdi>
              <div className="muted small" dir="ltr">
                <Phones phones={[row.customerPhone]} />
              </div>
            </td>
            <td>
              <bdi>{row.device}</bdi>
              <div className="muted small mono" dir="ltr">
                {row.serial}
              </div>
            </td>
            <td>
              <StatusBadge status={row.status} />
            </td>
            <td>
              {formatDate(row.promisedDate, language)}
              <PastPromised days={row.daysPastPromised} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
