import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { api } from '../app/api/index.js';
import { isPeriod, PeriodFields, thisMonth } from './PeriodFields.js';

/** Parts returned to suppliers in a period, per supplier and part: supplier defects apart from workshop damage. */
export function SupplierReturns() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(thisMonth);
  const [rows, setRows] = useState<ChannelOutput<'parts.returnsSummary'>>([]);
  useEffect(() => {
    // A period still being typed is not asked for; the field says what is wrong with it.
    if (!isPeriod(period)) return;
    void api()
      .call('parts.returnsSummary', period)
      .then((result) => setRows(result.ok ? result.value : []));
  }, [period]);
  return (
    <>
      <p className="muted">{t('parts.returns.hint')}</p>
      <div className="row">
        <PeriodFields value={period} onChange={setPeriod} />
      </div>
      <table className="returns">
        <thead>
          <tr>
            <th>{t('parts.supplier')}</th>
            <th>{t('parts.sku')}</th>
            <th>{t('parts.name')}</th>
            <th className="num">{t('parts.causes.supplier_defect')}</th>
            <th className="num">{t('parts.causes.workshop_damage')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.supplierId}-${r.partId}`} data-return={r.sku}>
              <td>{r.supplierName}</td>
              <td className="mono">{r.sku}</td>
              <td>{r.name}</td>
              <td className="num">{r.supplierDefect}</td>
              <td className="num">{r.workshopDamage}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">{t('common.nothingHere')}</p>}
    </>
  );
}
