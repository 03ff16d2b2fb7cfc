import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../shared/platform/money.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { LoanRows } from './LoanRows.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import type { LoanView } from '../../shared/loans/schemas.js';
import { api } from '../app/api/index.js';
import { useLoans } from './store.js';
import { useSession } from '../session/index.js';
import { MoneyInput } from '../app/MoneyInput.js';

const EMPTY = { id: '', inventoryNumber: '', category: '', model: '', serial: '', value: '', condition: '', notes: '' };

/** The loaner pool: availability by model, every unit with its state and use, open loans (or only those needing attention), adding units. */
export function Loaners() {
  const { t } = useTranslation();
  const { language, settings, go } = useSession();
  // The dashboard's tile opens this screen with the loans needing attention (its address says so).
  const onlyAttention = useSession((s) => s.view.name === 'loaners' && s.view.filter === 'attention');
  const { pool, attention, error, loadPool, loadAttention, saveUnit, setUnitState } = useLoans();
  const [draft, setDraft] = useState(EMPTY);
  const [valueError, setValueError] = useState<string>();
  const [historyOf, setHistoryOf] = useState<string>();
  const [history, setHistory] = useState<LoanView[]>([]);

  async function showHistory(unitId: string) {
    if (historyOf === unitId) return setHistoryOf(undefined);
    const result = await api().call('loans.list', { filter: 'all', unitId });
    setHistory(result.ok ? result.value : []);
    setHistoryOf(unitId);
  }
  useEffect(() => {
    void loadPool();
  }, [loadPool]);
  useEffect(() => {
    if (onlyAttention) void loadAttention();
  }, [onlyAttention, loadAttention]);

  const currency = settings?.currency ?? 'EUR';
  const byModel = new Map<string, { available: number; total: number }>();
  for (const unit of pool.filter((u) => u.state !== 'retired')) {
    const entry = byModel.get(unit.model) ?? { available: 0, total: 0 };
    entry.total++;
    if (unit.state === 'available') entry.available++;
    byModel.set(unit.model, entry);
  }
  const openLoans = pool.flatMap((u) => (u.currentLoan ? [u.currentLoan] : []));

  async function add(event: FormEvent) {
    event.preventDefault();
    const value = parseMoney(draft.value || '0');
    if (value === null) return setValueError('invalid_amount');
    setValueError(undefined);
    const { id, ...fields } = draft;
    if (await saveUnit({ ...fields, id: id || undefined, value })) setDraft(EMPTY);
  }
  const errors = fieldsUnder(error);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  return (
    <section>
      <h1>{t('loans.title')}</h1>
      <h2>{t('loans.byModel')}</h2>
      <div className="status-counts">
        {[...byModel].map(([model, counts]) => (
          <span key={model} className={counts.available ? 'chip status-ready' : 'chip status-cancelled'}>
            {model} <b>{counts.available}</b> / {counts.total}
          </span>
        ))}
      </div>
      {onlyAttention ? (
        <div className="card loans-attention">
          <h2>{t('loans.attention')}</h2>
          {attention.length ? <LoanRows loans={attention} /> : <p className="muted">{t('common.nothingHere')}</p>}
          <button type="button" className="link" onClick={() => go({ name: 'loaners' }, { replace: true })}>
            {t('loans.showOpen')}
          </button>
        </div>
      ) : (
        openLoans.length > 0 && (
          <>
            <h2>{t('loans.openLoans')}</h2>
            <LoanRows loans={openLoans} />
          </>
        )
      )}
      <h2>{t('loans.title')}</h2>
      <table className="pool">
        <thead>
          <tr>
            <th>{t('loans.inventoryNumber')}</th>
            <th>{t('loans.model')}</th>
            <th>{t('loans.condition')}</th>
            <th>{t('loans.value')}</th>
            <th>{t('orders.status')}</th>
            <th>{t('loans.loansCount')}</th>
            <th>{t('loans.utilisation')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {pool.map((unit) => (
            <tr key={unit.id} data-unit={unit.inventoryNumber}>
              <td className="mono">{unit.inventoryNumber}</td>
              <td>
                {unit.category}: {unit.model}
                {unit.serial && (
                  <div className="muted small mono" dir="ltr">
                    {unit.serial}
                  </div>
                )}
              </td>
              <td>{unit.condition}</td>
              <td className="num">{formatMoney(unit.value, currency, language)}</td>
              <td>
                <span className={`badge unit-${unit.state}`}>{t(`loans.states.${unit.state}`)}</span>
                {unit.currentLoan && (
                  <div className="muted small">
                    {unit.currentLoan.customerName} · {formatDate(unit.currentLoan.loan.dueBack, language)}
                  </div>
                )}
              </td>
              <td className="num">{unit.loans}</td>
              <td className="num">{Math.round(unit.utilisation * 100)}%</td>
              <td>
                <button type="button" className="link" onClick={() => void showHistory(unit.id)}>
                  {t('loans.history')}
                </button>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    setDraft({
                      id: unit.id,
                      inventoryNumber: unit.inventoryNumber,
                      category: unit.category,
                      model: unit.model,
                      serial: unit.serial ?? '',
                      value: (unit.value / 100).toFixed(2),
                      condition: unit.condition,
                      notes: unit.notes ?? '',
                    })
                  }
                >
                  {t('loans.edit')}
                </button>{' '}
                {unit.state === 'available' && (
                  <button type="button" onClick={() => void setUnitState(unit.id, 'in_maintenance')}>
                    {t('loans.toMaintenance')}
                  </button>
                )}
                {(unit.state === 'in_maintenance' || unit.state === 'retired') && (
                  <button type="button" onClick={() => void setUnitState(unit.id, 'available')}>
                    {t('loans.makeAvailable')}
                  </button>
                )}
                {unit.state !== 'retired' && unit.state !== 'on_loan' && (
                  <button type="button" className="link" onClick={() => void setUnitState(unit.id, 'retired')}>
                    {t('loans.retire')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {historyOf && (
        <div className="card">
          <h2>
            {t('loans.history')}: {pool.find((u) => u.id === historyOf)?.inventoryNumber}
          </h2>
          {history.length ? <LoanRows loans={history} /> : <p className="muted">{t('common.nothingHere')}</p>}
        </div>
      )}
      <form className="card grid" onSubmit={add}>
        <Field label={t('loans.inventoryNumber')} error={errors.inventoryNumber}>
          <input value={draft.inventoryNumber} onChange={set('inventoryNumber')} />
        </Field>
        <Field label={t('loans.category')} error={errors.category}>
          <input value={draft.category} onChange={set('category')} />
        </Field>
        <Field label={t('loans.model')} error={errors.model}>
          <input value={draft.model} onChange={set('model')} />
        </Field>
        <Field label={t('device.serial')} error={errors.serial}>
          <input dir="ltr" value={draft.serial} onChange={set('serial')} />
        </Field>
        <Field label={t('loans.value')} error={valueError ?? errors.value}>
          <MoneyInput value={draft.value} onChange={set('value')} />
        </Field>
        <Field label={t('loans.condition')} error={errors.condition}>
          <input value={draft.condition} onChange={set('condition')} />
        </Field>
        <Field label={t('loans.notes')} error={errors.notes}>
          <input value={draft.notes} onChange={set('notes')} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary">
            {draft.id ? t('common.save') : t('loans.add')}
          </button>
        </div>
      </form>
      <ErrorBanner error={error} />
    </section>
  );
}
