import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { api } from '../app/api/index.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';

/** The catalogue parts of an order: what its lines need, what is reserved or used, what it still lacks. */
export function OrderParts({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const [parts, setParts] = useState<ChannelOutput<'parts.forOrder'>>();
  const [cost, setCost] = useState<ChannelOutput<'parts.costs.order'>>();
  useEffect(() => {
    void api()
      .call('parts.forOrder', { orderId })
      .then((result) => setParts(result.ok ? result.value : undefined));
    void api()
      .call('parts.costs.order', { orderId })
      .then((result) => setCost(result.ok ? result.value : undefined));
  }, [orderId]);
  if (!parts || (!parts.rows.length && !parts.partsArrivedAt && !cost?.total)) return null;
  const money = (n: number) => formatMoney(n, settings?.currency ?? 'EUR', language);
  const lacking = parts.rows.filter((r) => r.shortage > 0);
  return (
    <div className="card order-parts">
      <h2>{t('parts.orderTitle')}</h2>
      {parts.partsArrivedAt && <div className="banner ok parts-arrived">{t('parts.arrivedBanner', { date: formatDate(parts.partsArrivedAt, language, true) })}</div>}
      {lacking.length > 0 && <div className="banner error parts-lacking">{t('parts.lackingBanner', { parts: lacking.map((r) => `${r.sku} × ${r.shortage}`).join(', ') })}</div>}
      {parts.rows.length > 0 && (
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
      )}
      {cost && cost.total > 0 && (
        <p className="muted order-cost">{t(cost.partsPending ? 'parts.costs.orderCostExpected' : 'parts.costs.orderCost', { parts: money(cost.partsAtCost + cost.partsPending), labour: money(cost.labour), total: money(cost.total) })}
          {cost.unknownCostParts > 0 && ` ${t('parts.costs.unknownNote', { count: cost.unknownCostParts })}`}
        </p>
      )}
    </div>
  );
}
