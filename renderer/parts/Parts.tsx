import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Catalogue } from './Catalogue.js';
import { Counterparties } from './Counterparties.js';
import { PartsWaiting } from './PartsWaiting.js';
import { Requisitions } from './Requisitions.js';
import { CounterSale } from './CounterSale.js';
import { PriceList } from './PriceList.js';
import { SupplierReturns } from './SupplierReturns.js';
import { WarrantyCosts } from './WarrantyCosts.js';

const TABS = ['catalogue', 'waiting', 'requisitions', 'sale', 'returns', 'labour', 'costs', 'counterparties'] as const;
type Tab = (typeof TABS)[number];

/** The tab the screen opens on next: the catalogue, unless another screen asked for one. */
let nextTab: Tab = 'catalogue';

/** Open the parts screen on the labour price list next time (the set-up checklist's "prices"). */
export function showPriceList(): void {
  nextTab = 'labour';
}

/** The parts side of the workshop, one tab per job. */
export function Parts() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(() => nextTab);
  useEffect(() => {
    nextTab = 'catalogue';
  }, []);
  return (
    <section className="parts-screen">
      <h1>{t('parts.title')}</h1>
      <div className="status-counts" role="tablist" aria-label={t('parts.title')}>
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'chip selected' : 'chip'} onClick={() => setTab(name)}>
            {t(`parts.tabs.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'catalogue' && <Catalogue />}
      {tab === 'waiting' && <PartsWaiting />}
      {tab === 'requisitions' && <Requisitions />}
      {tab === 'sale' && <CounterSale />}
      {tab === 'returns' && <SupplierReturns />}
      {tab === 'labour' && <PriceList />}
      {tab === 'costs' && <WarrantyCosts />}
      {tab === 'counterparties' && <Counterparties />}
    </section>
  );
}
