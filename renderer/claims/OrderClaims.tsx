import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimView } from '../../shared/claims/schemas.js';
import { api } from '../app/api/index.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useClaims } from './store.js';
import { useSession } from '../session/index.js';

/** The consumer claims about this order, with their deadline state; a click opens the claim. */
export function OrderClaims({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { language, settings, go } = useSession();
  const [claims, setClaims] = useState<ClaimView[]>([]);
  useEffect(() => {
    void api()
      .call('claims.list', { filter: 'all', orderId })
      .then((result) => result.ok && setClaims(result.value));
  }, [orderId]);
  if (!claims.length) return null;
  const open = async (id: string) => {
    await useClaims.getState().load('all');
    await useClaims.getState().select(id);
    go({ name: 'claims' });
  };
  return (
    <div className="card order-claims">
      <h2>{t('claims.title')}</h2>
      <ul>
        {claims.map((v) => (
          <li key={v.claim.id}>
            <button type="button" className="link mono" onClick={() => void open(v.claim.id)}>
              {v.claim.number}
            </button>{' '}
            {formatDate(v.claim.receivedOn, language)} · {t(`claims.demands.${v.claim.demand}`)} · {t(`claims.statuses.${v.claim.status}`)}{' '}
            <span className={`badge claim-${v.state}`}>{t(`claims.states.${v.state}`)}</span>
            {v.penalty && ` · ${t('claims.penalty')}: ${formatMoney(v.penalty.amount, settings?.currency ?? 'EUR', language)}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
