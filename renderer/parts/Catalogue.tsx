import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartRow } from '../../shared/parts/schemas.js';
import { formatMoney } from '../app/i18n/index.js';
import { useParts } from './store.js';
import { useSession } from '../session/index.js';
import { ErrorBanner } from '../app/Field.js';
import { PartForm } from './PartForm.js';
import { PartLedger } from './PartLedger.js';

/** The parts catalogue: search by SKU, name or model; stock from the ledger; a part's ledger and stock actions. */
export function Catalogue() {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const { rows, query, attention, error, ledger, load, search, openLedger, loadCounterparties, clearMessages } = useParts();
  const [editing, setEditing] = useState<PartRow | 'new'>();
  useEffect(() => {
    void load();
    void loadCounterparties();
    void openLedger(undefined);
    clearMessages();
  }, [load, loadCounterparties, openLedger, clearMessages]);
  const currency = settings?.currency ?? 'EUR';
  const money = (n: number) => formatMoney(n, currency, language);

  return (
    <>
      <div className="row">
        <input
          type="search"
          className="search"
          aria-label={t('parts.search')}
          placeholder={t('parts.search')}
          value={query}
          onChange={(e) => search(e.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={attention} onChange={(e) => void load({ attention: e.target.checked })} />
          {t('parts.attentionOnly')}
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => {
            clearMessages();
            setEditing('new');
          }}
        >
          {t('parts.newPart')}
        </button>
      </div>
      {editing && <PartForm key={editing === 'new' ? 'new' : editing.id} part={editing === 'new' ? undefined : editing} onDone={() => setEditing(undefined)} />}
      {!editing && <ErrorBanner error={error} />}
      <table className="parts">
        <thead>
          <tr>
            <th>{t('parts.sku')}</th>
            <th>{t('parts.name')}</th>
            <th className="num">{t('parts.onHand')}</th>
            <th className="num">{t('parts.reserved')}</th>
            <th className="num">{t('parts.available')}</th>
            <th className="num">{t('parts.minStock')}</th>
            <th className="num">{t('parts.cost')}</th>
            <th className="num">{t('parts.price')}</th>
            <th>{t('parts.supplier')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} data-sku={p.sku} className={!p.active ? 'past' : p.belowMin || p.shortage > 0 ? 'attention' : undefined}>
              <td className="mono" dir="ltr">
                {p.sku}
              </td>
              <td>
                {p.name}
                {p.compatibleModels.length > 0 && <div className="muted small">{p.compatibleModels.join(', ')}</div>}
              </td>
              <td className="num">
                {p.stock.onHand} <span className="muted small">{t(`parts.units.${p.unit}`)}</span>
              </td>
              <td className="num">{p.stock.reserved}</td>
              <td className="num">
                <b>{p.stock.available}</b>
                {p.shortage > 0 && <div className="field-error">{t('parts.lacking', { quantity: p.shortage })}</div>}
              </td>
              <td className="num">{p.minStock}</td>
              <td className="num">{money(p.cost)}</td>
              <td className="num">{money(p.price)}</td>
              <td>{p.supplierName ?? ''}</td>
              <td>
                <button type="button" className="link" onClick={() => void openLedger(ledger?.part.id === p.id ? undefined : p.id)}>
                  {t('parts.stockAndLedger')}
                </button>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    clearMessages();
                    setEditing(p);
                  }}
                >
                  {t('parts.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">{t('parts.empty')}</p>}
      <PartLedger />
    </>
  );
}
