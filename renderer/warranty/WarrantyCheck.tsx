import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../app/Field.js';
import { OrderRows } from '../orders/index.js';
import { WarrantyFacts } from './WarrantyFacts.js';
import { WarrantySummary } from './WarrantySummary.js';
import { WarrantyVoid } from './WarrantyVoid.js';
import { WarrantyDocuments } from './WarrantyDocuments.js';
import { useSession } from '../session/index.js';
import { useWarranty } from './store.js';
import { Phones } from '../customers/index.js';

/** "Is this unit still under warranty, and until when?" — one box for a serial, IMEI, order number or scan. */
export function WarrantyCheck() {
  const { t } = useTranslation();
  const { code, cards, error, notice, check } = useWarranty();
  const rules = useSession((s) => s.rules);
  const [typed, setTyped] = useState(code);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim()) await check(typed.trim());
  }

  return (
    <section>
      <h1>{t('warranty.title')}</h1>
      <form className="row" onSubmit={submit} role="search">
        <input
          className="search"
          aria-label={t('warranty.search')}
          placeholder={t('warranty.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoFocus
        />
        <button type="submit" className="primary">
          {t('warranty.check')}
        </button>
      </form>
      {rules && <p className="muted">{t('warranty.profile', { name: t(`rules.profiles.${rules.effective.id}`) })}</p>}
      <ErrorBanner error={error} />
      {notice && !error && <div className="banner ok">{t('order.saved')}</div>}
      {cards && cards.length === 0 && <p className="muted">{t('warranty.none')}</p>}
      {cards?.map((card) => (
        <article key={card.device.id} className="card warranty-card" data-device={card.device.id}>
          <h2>
            {card.device.brand} {card.device.model}{' '}
            <span className="mono muted" dir="ltr">
              {card.device.imei ?? card.device.serial}
            </span>
          </h2>
          <p>
            <bdi>{card.owner.name}</bdi> · <Phones phones={card.owner.phones} />
          </p>
          <WarrantySummary warranty={card.warranty} />
          <WarrantyDocuments card={card} />
          <details>
            <summary>{t('warranty.facts')}</summary>
            <WarrantyFacts key={card.device.updatedAt ?? card.device.createdAt} device={card.device} />
            <WarrantyVoid card={card} />
          </details>
          {card.device.knownFaults && (
            <p>
              <span className="muted">{t('warranty.knownFaults')}: </span>
              {card.device.knownFaults}
            </p>
          )}
          <h3>{t('warranty.history')}</h3>
          {card.history.length > 0 && <OrderRows rows={card.history} />}
        </article>
      ))}
    </section>
  );
}
