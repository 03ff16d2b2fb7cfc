import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import { parseMoney } from '../../shared/platform/money.js';
import { EXAMINATION_CONCLUSIONS, PAYERS } from '../../shared/claims/counterpartyClaim.js';
import { api } from '../app/api/index.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { localToday } from '../app/today.js';
import { Choice } from '../app/Choice.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { TableHead } from '../app/TableHead.js';
import { DateField } from '../app/DateField.js';
import { MoneyInput } from '../app/MoneyInput.js';

type Row = ChannelOutput<'claims.examinations.list'>[number];
type Payer = (typeof PAYERS)[number];
type Conclusion = (typeof EXAMINATION_CONCLUSIONS)[number];
const EMPTY = { orderNumber: '', lab: '', sentOn: '', question: '', cost: '', paidBy: 'undecided' as Payer };

/** Units referred to an independent examination: the referral, then the result, cost and who pays. */
export function Examinations() {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const [rows, setRows] = useState<Row[]>([]);
  const [draft, setDraft] = useState({ ...EMPTY, sentOn: localToday() });
  const [result, setResult] = useState({ id: '', resultOn: localToday(), conclusion: 'defect_confirmed' as Conclusion, result: '', cost: '', paidBy: 'undecided' as Payer });
  const [error, setError] = useState<ApiError>();
  const currency = settings?.currency ?? 'EUR';
  const errors = fieldsUnder(error);
  const money = (text: string) => (text.trim() ? (parseMoney(text) ?? undefined) : undefined);

  async function load() {
    const listed = await api().call('claims.examinations.list', {});
    if (listed.ok) setRows(listed.value);
  }
  useEffect(() => {
    void api()
      .call('claims.examinations.list', {})
      .then((listed) => listed.ok && setRows(listed.value));
  }, []);

  async function refer(event: FormEvent) {
    event.preventDefault();
    const saved = await api().call('claims.examinations.save', { ...draft, cost: money(draft.cost) });
    setError(saved.ok ? undefined : saved.error);
    if (saved.ok) {
      setDraft({ ...EMPTY, sentOn: localToday() });
      await load();
    }
  }

  async function record(event: FormEvent) {
    event.preventDefault();
    const saved = await api().call('claims.examinations.result', { ...result, cost: money(result.cost) });
    setError(saved.ok ? undefined : saved.error);
    if (saved.ok) {
      setResult({ ...result, id: '' });
      await load();
    }
  }

  return (
    <div className="examinations">
      {rows.length ? (
        <table>
          <TableHead columns={[t('counterparty.number'), t('counterparty.lab'), t('counterparty.question'), t('counterparty.conclusion'), t('counterparty.cost'), '']} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-examination={row.number}>
                <td className="mono">
                  {row.number}
                  <div className="muted small">{[row.orderNumber, row.claimNumber].filter(Boolean).join(' · ')}</div>
                </td>
                <td>
                  <bdi>{row.lab}</bdi>
                  <div className="muted small">{formatDate(row.sentOn, language)}</div>
                </td>
                <td>
                  <bdi>{row.question}</bdi>
                </td>
                <td>
                  {row.conclusion ? (
                    <>
                      <b>{t(`counterparty.conclusions.${row.conclusion}`)}</b> · {formatDate(row.resultOn, language)}
                      <div className="small">
                        <bdi>{row.result}</bdi>
                      </div>
                    </>
                  ) : (
                    <span className="muted">{t('counterparty.pending')}</span>
                  )}
                </td>
                <td className="num">
                  {formatMoney(row.cost, currency, language)}
                  <div className="muted small">{t(`counterparty.payers.${row.paidBy}`)}</div>
                </td>
                <td>
                  <button type="button" className="link" onClick={() => setResult({ ...result, id: row.id, paidBy: row.paidBy, cost: row.cost ? String(row.cost / 100) : '' })}>
                    {t('counterparty.saveResult')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('common.nothingHere')}</p>
      )}
      <ErrorBanner error={error} />
      {result.id && (
        <form className="card grid examination-result" onSubmit={record}>
          <h3 className="field wide">{rows.find((r) => r.id === result.id)?.number}</h3>
          <Field label={t('counterparty.resultOn')} error={errors.resultOn}>
            <DateField value={result.resultOn} onChange={(resultOn) => setResult({ ...result, resultOn })} />
          </Field>
          <Field label={t('counterparty.conclusion')} error={errors.conclusion}>
            <Choice value={result.conclusion} options={EXAMINATION_CONCLUSIONS} label={(c) => t(`counterparty.conclusions.${c}`)} onChange={(conclusion) => setResult({ ...result, conclusion })} />
          </Field>
          <Field label={t('counterparty.cost')} error={errors.cost}>
            <MoneyInput value={result.cost} onChange={(e) => setResult({ ...result, cost: e.target.value })} />
          </Field>
          <Field label={t('counterparty.paidBy')} error={errors.paidBy}>
            <Choice value={result.paidBy} options={PAYERS} label={(p) => t(`counterparty.payers.${p}`)} onChange={(paidBy) => setResult({ ...result, paidBy })} />
          </Field>
          <Field label={t('counterparty.result')} error={errors.result} wide>
            <textarea rows={2} value={result.result} onChange={(e) => setResult({ ...result, result: e.target.value })} />
          </Field>
          <div>
            <button type="submit" className="primary">
              {t('counterparty.saveResult')}
            </button>
          </div>
        </form>
      )}
      <form className="card grid examination-referral" onSubmit={refer}>
        <Field label={t('counterparty.orderNumber')} error={errors.orderNumber}>
          <input dir="ltr" value={draft.orderNumber} onChange={(e) => setDraft({ ...draft, orderNumber: e.target.value })} />
        </Field>
        <Field label={t('counterparty.lab')} error={errors.lab}>
          <input value={draft.lab} onChange={(e) => setDraft({ ...draft, lab: e.target.value })} />
        </Field>
        <Field label={t('counterparty.sentOn')} error={errors.sentOn}>
          <DateField value={draft.sentOn} onChange={(sentOn) => setDraft({ ...draft, sentOn })} />
        </Field>
        <Field label={t('counterparty.cost')} error={errors.cost}>
          <MoneyInput value={draft.cost} onChange={(e) => setDraft({ ...draft, cost: e.target.value })} />
        </Field>
        <Field label={t('counterparty.paidBy')} error={errors.paidBy}>
          <Choice value={draft.paidBy} options={PAYERS} label={(p) => t(`counterparty.payers.${p}`)} onChange={(paidBy) => setDraft({ ...draft, paidBy })} />
        </Field>
        <Field label={t('counterparty.question')} error={errors.question} wide>
          <textarea rows={2} value={draft.question} onChange={(e) => setDraft({ ...draft, question: e.target.value })} />
        </Field>
        <div>
          <button type="submit" className="primary">
            {t('counterparty.refer')}
          </button>
        </div>
      </form>
    </div>
  );
}
