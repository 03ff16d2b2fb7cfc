import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Field } from '../app/Field.js';
import { useSuggestions } from '../app/Suggestions.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { OrderRows, useCorrectionText } from '../orders/index.js';
import { RoleNote, useMay, useSession } from '../session/index.js';
import { CustomerEdit } from './CustomerEdit.js';
import { Phones, usePhoneFormat } from './Phone.js';
import { useCustomers } from './store.js';

/** Customers as records: find one by name or any spelling of a phone, see everything that is theirs, correct, merge. */
export function Customers() {
  const { t } = useTranslation();
  const { query, results, profile, search, open } = useCustomers();
  const found = useSuggestions({
    items: results,
    itemKey: (c) => c.id,
    label: t('intake.found', { count: results.length }),
    renderItem: (c) => (
      <>
        <bdi>{c.name}</bdi> · <Phones phones={c.phones} />
      </>
    ),
    onPick: (c) => void open(c.id),
    empty: query.trim().length >= 2 ? t('customers.empty') : undefined,
  });
  return (
    <section className="customers">
      <h1>{t('customers.title')}</h1>
      <div className="row">
        <Field label={t('customers.search')} wide suggestions={found.list}>
          <input type="search" {...found.input} value={query} onChange={(e) => void search(e.target.value)} autoFocus />
        </Field>
      </div>
      {query.trim().length < 2 && !profile && <p className="muted">{t('customers.hint')}</p>}
      {profile && <CustomerRecord key={profile.customer.id} />}
    </section>
  );
}

function CustomerRecord() {
  const { t } = useTranslation();
  const { language, settings, staff } = useSession();
  const { profile, error, notice, open } = useCustomers();
  const mayCorrect = useMay('customers.correct');
  const [editing, setEditing] = useState(false);
  const correctionText = useCorrectionText();
  const phone = usePhoneFormat();
  if (!profile) return null;
  const { customer, orders, devices, loans, claims, payments } = profile;
  const currency = settings?.currency ?? 'EUR';
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? '';

  if (customer.mergedInto) {
    const kept = customer.mergedInto;
    return (
      <div className="card">
        <h2>
          <bdi>{customer.name}</bdi>
        </h2>
        <p className="banner">{t('customers.mergedInto')}</p>
        <button type="button" onClick={() => void open(kept)}>
          {t('customers.openKept')}
        </button>
      </div>
    );
  }
  return (
    <>
      <div className="card customer-record">
        <h2>
          <bdi>{customer.name}</bdi>{' '}
          {mayCorrect && !editing && (
            <button type="button" className="link" onClick={() => setEditing(true)}>
              {t('customers.edit')}
            </button>
          )}
        </h2>
        {notice?.kind === 'merged' && <div className="banner ok">{t('customers.merged', { name: notice.name })}</div>}
        {!editing && <ErrorBanner error={error} />}
        {editing ? (
          <CustomerEdit customer={customer} onDone={() => setEditing(false)} />
        ) : (
          <dl>
            <dt>{t('corrections.fields.customer.phones')}</dt>
            <dd>
              <Phones phones={customer.phones} />
            </dd>
            <dt>{t('common.email')}</dt>
            <dd dir="ltr" className="align-start">
              {customer.email || t('common.none')}
            </dd>
            <dt>{t('intake.address')}</dt>
            <dd>{customer.address || t('common.none')}</dd>
            <dt>{t('intake.kind')}</dt>
            <dd>{t(customer.kind === 'company' ? 'customers.company' : 'customers.person')}</dd>
          </dl>
        )}
      </div>
      <div className="card">
        <h2>{t('customers.orders')}</h2>
        {orders.length ? <OrderRows rows={orders} /> : <p className="muted">{t('customers.none')}</p>}
      </div>
      <div className="columns">
        <div className="card">
          <h2>{t('customers.devices')}</h2>
          {devices.length ? (
            <ul>
              {devices.map((d) => (
                <li key={d.id}>
                  {d.category ? `${d.category}: ` : ''}
                  {d.brand} {d.model}{' '}
                  <span className="mono" dir="ltr">
                    {d.imei ?? ''} {d.serial ?? ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('customers.none')}</p>
          )}
        </div>
        <div className="card">
          <h2>{t('customers.payments')}</h2>
          {payments.length ? (
            <ul>
              {payments.map((p) => (
                <li key={`${p.orderId}-${p.kind}`}>
                  <span className="mono">{p.orderNumber}</span> · {t(p.kind === 'prepayment' ? 'payments.source.intake_prepayment' : 'payments.source.hand_back')} ·{' '}
                  {formatMoney(p.amount, currency, language)} · <span className="muted">{formatDate(p.at, language)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('customers.none')}</p>
          )}
        </div>
        <div className="card">
          <h2>{t('customers.loans')}</h2>
          {loans.length ? (
            <ul>
              {loans.map((l) => (
                <li key={l.loan.id}>
                  <span className="mono">{l.loan.number}</span> · {l.unit.model} · {l.orderNumber} · {formatDate(l.loan.issuedAt, language)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('customers.none')}</p>
          )}
        </div>
        <div className="card">
          <h2>{t('customers.claims')}</h2>
          {claims.length ? (
            <ul>
              {claims.map((c) => (
                <li key={c.id}>
                  <span className="mono">{c.number}</span> · {t(`claims.demands.${c.demand}`)} · {formatDate(c.receivedOn, language)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('customers.none')}</p>
          )}
        </div>
      </div>
      {(customer.corrections?.length || customer.merges?.length) && (
        <div className="card">
          {customer.corrections?.length ? (
            <>
              <h2>{t('customers.history')}</h2>
              <ol className="timeline">
                {customer.corrections.map((c, i) => (
                  <li key={i}>
                    <span className="muted">{formatDate(c.at, language, true)}</span> {correctionText('customer', c)}
                    {c.reason ? ` · ${t('corrections.because', { reason: c.reason })}` : ''} · {name(c.by)}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {customer.merges?.length ? (
            <>
              <h2>{t('customers.merges')}</h2>
              <ul>
                {customer.merges.map((m) => (
                  <li key={m.customerId}>
                    {t('customers.mergedFrom', { name: m.name, phones: m.phones.map(phone).join(', '), date: formatDate(m.at, language) })}
                    {m.reason ? ` · ${t('corrections.because', { reason: m.reason })}` : ''} · {name(m.by)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      )}
      <MergeCard />
    </>
  );
}

/** A manager merges another record of this customer into this one: found by name or phone, with a reason. */
function MergeCard() {
  const { t } = useTranslation();
  const { mergeMatches, findForMerge, merge } = useCustomers();
  const mayMerge = useMay('customers.merge');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string>();
  const [reason, setReason] = useState('');
  const other = mergeMatches.find((c) => c.id === picked);
  return (
    <details className="card merge">
      <summary>{t('customers.merge')}</summary>
      <RoleNote action="customers.merge" />
      {mayMerge && (
        <>
          <p className="muted">{t('customers.mergeHint')}</p>
          <Field label={t('customers.search')}>
            <input
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setPicked(undefined);
                void findForMerge(e.target.value);
              }}
            />
          </Field>
          <ul className="matches">
            {mergeMatches.map((c) => (
              <li key={c.id}>
                <label className="check">
                  <input type="radio" name="merge-with" checked={picked === c.id} onChange={() => setPicked(c.id)} />
                  <bdi>{c.name}</bdi> · <Phones phones={c.phones} />
                </label>
              </li>
            ))}
          </ul>
          {other && (
            <div className="row">
              <Field label={t('customers.mergeReason')}>
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
              </Field>
              <button
                type="button"
                className="primary"
                onClick={async () => {
                  if (await merge(other.id, reason)) {
                    setQuery('');
                    setPicked(undefined);
                    setReason('');
                  }
                }}
              >
                {t('customers.mergePick', { name: other.name })}
              </button>
            </div>
          )}
        </>
      )}
    </details>
  );
}
