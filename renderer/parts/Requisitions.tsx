import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useParts } from './store.js';
import { useRequisitions } from './requisitionsStore.js';
import { useSession } from '../session/index.js';
import { ErrorBanner } from '../app/Field.js';
import { RequisitionEditor } from './RequisitionEditor.js';

/** Requisitions to suppliers: gather them from what orders lack and minimum stock, then edit, send, receive. */
export function Requisitions() {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const { list, selected, error, load, select, generate } = useRequisitions();
  const { counterparties, loadCounterparties } = useParts();
  const [supplierId, setSupplierId] = useState('');
  useEffect(() => {
    void load();
    void loadCounterparties();
  }, [load, loadCounterparties]);
  const currency = settings?.currency ?? 'EUR';

  return (
    <>
      <div className="row">
        <label className="compact">
          <span>{t('parts.supplier')}</span>
          <select aria-label={t('parts.supplier')} value={supplierId} onChange={(e) => setSupplierId(e.target.value)}>
            <option value="">{t('parts.req.allSuppliers')}</option>
            {counterparties
              .filter((c) => c.kinds.includes('supplier'))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void generate(supplierId || undefined)}>
          {t('parts.req.generate')}
        </button>
      </div>
      {!selected && <ErrorBanner error={error} />}
      <table className="orders requisitions">
        <thead>
          <tr>
            <th>{t('parts.req.number')}</th>
            <th>{t('parts.supplier')}</th>
            <th>{t('parts.req.state')}</th>
            <th className="num">{t('parts.req.lines')}</th>
            <th className="num">{t('parts.req.total')}</th>
            <th>{t('parts.req.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
            <tr key={r.id} data-requisition={r.number} className={selected?.id === r.id ? 'selected' : undefined} onClick={() => select(r.id)}>
              <td className="mono">{r.number}</td>
              <td>{r.supplierName ?? t('parts.req.noSupplier')}</td>
              <td>
                <span className={`badge req-${r.state}`}>{t(`parts.req.states.${r.state}`)}</span>
              </td>
              <td className="num">{r.lines.length}</td>
              <td className="num">{formatMoney(r.total, currency, language)}</td>
              <td>{formatDate(r.updatedAt, language, true)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.length === 0 && <p className="muted">{t('parts.req.none')}</p>}
      {selected && <RequisitionEditor key={`${selected.id}-${selected.updatedAt}`} />}
    </>
  );
}
