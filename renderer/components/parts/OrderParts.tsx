import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/channels.js';
import { api } from '../../api/index.js';
import { formatDate } from '../../i18n/index.js';
import { useSession } from '../../stores/session.js';

/** The catalogue parts of an order: what its lines need, what is reserved or used, what it still lacks. */
export function OrderParts({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [parts, setParts] = useState<ChannelOutput<'parts.forOrder'>>();
  useEffect(() => {
    void api()
      .call('parts.forOrder', { orderId })
      .then((result) => setParts(result.ok ? result.value : undefined));
  }, [orderId]);
  if (!parts || (!parts.rows.length && !parts.partsArrivedAt)) return null;
  const lacking = parts.rows.filter((r) => r.shortage > 0);
  return (
    <div className="card order-parts">
      <h2>{t('parts.orderTitle')}</h2>
      {parts.partsArrivedAt && <div className="banner ok parts-arrived">{t('parts.arrivedBanner', { date: formatDate(parts.partsArrivedAt, language, true) })}</div>}
      {lacking.length > 0 && <div className="banner error parts-lacking">{t('parts.lackingBanner', { parts: lacking.map((r) => `${r.sku} × ${r.shortage}`).join(', ') })}</div>}
      <table>
        <thead>
          <tr>
            <th>{t('parts.sku')}</th>
            <th>{t('parts.name')}</th>
            <th className="num">{t('parts.needed')}</th>
            <th className="num">{t('parts.reserved')}</th>
            <th className="num">{t('parts.consumed')}</th>
            <th className="num">{t('parts.lackingColumn')}</th>
            <th className="num">{t('parts.available')}</th>
          </tr>
        </thead>
        <tbody>
          {parts.rows.map((r) => (
            <tr key={r.partId} data-part={r.sku}>
              <td className="mono">{r.sku}</td>
              <td>{r.name}</td>
              <td className="num">{r.required}</td>
              <td className="num">{r.reserved}</td>
              <td className="num">{r.consumed}</td>
              <td className={r.shortage > 0 ? 'num field-error' : 'num'}>{r.shortage}</td>
              <td className="num">{r.available}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
