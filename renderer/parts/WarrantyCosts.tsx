import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import { api } from '../app/api/index.js';
import { formatMoney } from '../app/i18n/index.js';
import { useParts } from './store.js';
import { useDocumentLanguage, useSession } from '../session/index.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { ErrorBanner } from '../app/Field.js';
import { downloadCsv, showPdf } from './files.js';
import { isPeriod, PeriodFields, thisMonth } from './PeriodFields.js';

/** What warranty work cost per model in a period, and the reimbursement statement to a manufacturer. */
export function WarrantyCosts() {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const { counterparties, loadCounterparties } = useParts();
  const [period, setPeriod] = useState(thisMonth);
  const [report, setReport] = useState<ChannelOutput<'parts.costs.warranty'>>();
  const [manufacturerId, setManufacturerId] = useState('');
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [docLanguage, setDocLanguage] = useState<Language>(documentLanguage);
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    void loadCounterparties();
  }, [loadCounterparties]);
  useEffect(() => {
    // A period still being typed is not asked for; the field says what is wrong with it.
    if (!isPeriod(period)) return;
    void api()
      .call('parts.costs.warranty', period)
      .then((result) => {
        setReport(result.ok ? result.value : undefined);
        setError(result.ok ? undefined : result.error);
      });
  }, [period]);
  const money = (n: number) => formatMoney(n, settings?.currency ?? 'EUR', language);
  const manufacturers = counterparties.filter((c) => c.kinds.includes('manufacturer'));

  async function statementPdf() {
    const file = await api().call('parts.costs.statementPdf', { ...period, manufacturerId, language: docLanguage });
    setError(file.ok ? undefined : file.error);
    if (file.ok) showPdf(file.value);
  }
  async function csv(kind: 'parts.costs.warrantyCsv' | 'parts.costs.statementCsv') {
    const file = kind === 'parts.costs.warrantyCsv' ? await api().call(kind, period) : await api().call(kind, { ...period, manufacturerId });
    setError(file.ok ? undefined : file.error);
    if (file.ok) downloadCsv(file.value);
  }

  return (
    <>
      <p className="muted">{t('parts.costs.hint')}</p>
      <div className="row">
        <PeriodFields value={period} onChange={setPeriod} />
        <button type="button" onClick={() => void csv('parts.costs.warrantyCsv')}>
          {t('common.exportCsv')}
        </button>
      </div>
      <ErrorBanner error={error} />
      {report && (
        <table className="warranty-costs">
          <thead>
            <tr>
              <th>{t('parts.costs.model')}</th>
              <th className="num">{t('parts.costs.orders')}</th>
              <th className="num">{t('parts.costs.partsAtCost')}</th>
              <th className="num">{t('parts.costs.otherParts')}</th>
              <th className="num">{t('parts.costs.labour')}</th>
              <th className="num">{t('parts.costs.total')}</th>
            </tr>
          </thead>
          <tbody>
            {[...report.rows, { ...report.total, brand: t('parts.costs.total'), model: '' }].map((r) => (
              <tr key={`${r.brand}-${r.model}`} data-model={r.model || 'total'} className={r.model ? undefined : 'totals'}>
                <td>
                  {r.brand} {r.model}
                </td>
                <td className="num">{r.orders}</td>
                <td className="num">{money(r.partsAtCost)}</td>
                <td className="num">{r.unknownCostParts}</td>
                <td className="num">{money(r.labour)}</td>
                <td className="num">
                  <b>{money(r.total)}</b>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="card">
        <h2>{t('parts.costs.statement')}</h2>
        <div className="row">
          <label className="compact">
            <span>{t('parts.manufacturer')}</span>
            <select aria-label={t('parts.manufacturer')} value={manufacturerId} onChange={(e) => setManufacturerId(e.target.value)}>
              <option value="">—</option>
              {manufacturers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <DocumentLanguageSelect value={docLanguage} onChange={setDocLanguage} />
          <button type="button" className="primary" disabled={!manufacturerId} onClick={() => void statementPdf()}>
            {t('parts.req.print')}
          </button>
          <button type="button" disabled={!manufacturerId} onClick={() => void csv('parts.costs.statementCsv')}>
            {t('common.exportCsv')}
          </button>
        </div>
        {manufacturers.length === 0 && <p className="muted">{t('parts.costs.noManufacturers')}</p>}
      </div>
    </>
  );
}
