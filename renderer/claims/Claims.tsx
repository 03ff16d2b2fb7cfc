import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClaimDetail } from './ClaimDetail.js';
import { ClaimForm } from './ClaimForm.js';
import { CounterpartyClaims } from './CounterpartyClaims.js';
import { Examinations } from './Examinations.js';
import { ErrorBanner } from '../app/Field.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { type ClaimFilter, useClaims } from './store.js';
import { useSession } from '../session/index.js';
import { TableHead } from '../app/TableHead.js';

const FILTERS: ClaimFilter[] = ['open', 'attention', 'all'];
const TABS = ['consumer', 'counterparty', 'examinations'] as const;

/** Claims work: consumer claims, claims against counterparties, independent examinations. */
export function Claims() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<(typeof TABS)[number]>('consumer');
  return (
    <section className="claims">
      <h1>{t('nav.claims')}</h1>
      <div className="status-counts" role="tablist">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'nav-tab selected' : 'nav-tab'} onClick={() => setTab(name)}>
            {t(`counterparty.tabs.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'consumer' && <ConsumerClaims />}
      {tab === 'counterparty' && <CounterpartyClaims />}
      {tab === 'examinations' && <Examinations />}
    </section>
  );
}

/** The register of consumer claims: deadlines and penalties at a glance, one claim open below, a new claim form. */
function ConsumerClaims() {
  const { t } = useTranslation();
  const { language, settings, go } = useSession();
  const { filter, claims, selected, error, load, select } = useClaims();
  // The filter the address names (the dashboard's tile opens "attention"); without one, the list as it was.
  const routeFilter = useSession((s) => (s.view.name === 'claims' ? s.view.filter : undefined));
  useEffect(() => {
    void load(routeFilter);
  }, [load, routeFilter]);
  const currency = settings?.currency ?? 'EUR';

  return (
    <>
      <div className="status-counts" role="group" aria-label={t('claims.title')}>
        {FILTERS.map((f) => (
          <button key={f} type="button" className={f === filter ? 'chip selected' : 'chip'} onClick={() => (f === routeFilter ? void load(f) : go({ name: 'claims', filter: f }, { replace: true }))}>
            {t(`claims.filters.${f}`)}
          </button>
        ))}
      </div>
      {claims.length ? (
        <table className="claims-table">
          <TableHead columns={[t('claims.number'), t('claims.received'), t('claims.customer'), t('claims.demand'), t('claims.due'), t('claims.penalty'), t('claims.status')]} />
          <tbody>
            {claims.map((v) => (
              <tr key={v.claim.id} data-claim-row={v.claim.number} tabIndex={0} onClick={() => void select(v.claim.id)} onKeyDown={(e) => e.key === 'Enter' && void select(v.claim.id)}>
                <td className="mono">{v.claim.number}</td>
                <td>{formatDate(v.claim.receivedOn, language)}</td>
                <td>
                  <bdi>{v.claim.customerName}</bdi>
                  <div className="muted small">
                    <bdi>{v.claim.goods}</bdi>
                  </div>
                </td>
                <td>{t(`claims.demands.${v.claim.demand}`)}</td>
                <td>
                  {v.deadline.due ? formatDate(v.deadline.due, language) : t('common.none')}{' '}
                  <span className={`badge claim-${v.state}`}>{t(`claims.states.${v.state}`)}</span>
                </td>
                <td className="num">{v.penalty ? formatMoney(v.penalty.amount, currency, language) : ''}</td>
                <td>{t(`claims.statuses.${v.claim.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('claims.none')}</p>
      )}
      <ErrorBanner error={error} />
      {selected && <ClaimDetail key={selected.claim.id + selected.claim.updatedAt} view={selected} />}
      <ClaimForm />
    </>
  );
}
