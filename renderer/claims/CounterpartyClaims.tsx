import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import { parseMoney } from '../../shared/platform/money.js';
import { COUNTERPARTY_CLAIM_KINDS } from '../../shared/claims/counterpartyClaim.js';
import { COUNTERPARTY_CLAIM_MOVES } from '../../shared/claims/counterpartyFlow.js';
import { api } from '../app/api/index.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { Choice } from '../app/Choice.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { TableHead } from '../app/TableHead.js';
import { DateField } from '../app/DateField.js';
import { MoneyInput } from '../app/MoneyInput.js';

type Row = ChannelOutput<'claims.counterparty.list'>[number];
type Kind = (typeof COUNTERPARTY_CLAIM_KINDS)[number];
type Move = ChannelInput<'claims.counterparty.setStatus'>['to'];
const EMPTY = { kind: 'warranty_reimbursement' as Kind, counterpartyId: undefined as string | undefined, counterpartyName: '', subject: '', orders: '', amountClaimed: '', answerDueOn: '' };

/** Claims the workshop brings against manufacturers and suppliers: list, status moves, a new claim. */
export function CounterpartyClaims() {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const [rows, setRows] = useState<Row[]>([]);
  const [register, setRegister] = useState<ChannelOutput<'parts.counterparties.list'>>([]);
  const [all, setAll] = useState(false);
  const [draft, setDraft] = useState(EMPTY);
  const [settle, setSettle] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError>();
  const currency = settings?.currency ?? 'EUR';
  const errors = fieldsUnder(error);

  async function load(showAll = all) {
    const result = await api().call('claims.counterparty.list', { filter: showAll ? 'all' : 'open' });
    if (result.ok) setRows(result.value);
  }
  useEffect(() => {
    void api()
      .call('claims.counterparty.list', { filter: 'open' })
      .then((result) => result.ok && setRows(result.value));
    void api()
      .call('parts.counterparties.list', {})
      .then((result) => result.ok && setRegister(result.value.filter((c) => c.kinds.some((k) => k === 'manufacturer' || k === 'supplier' || k === 'dealer'))));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const amount = parseMoney(draft.amountClaimed || '0');
    if (amount === null) return setError({ code: 'validation', message: '', fields: { amountClaimed: 'invalid_amount' } });
    const { orders, ...fields } = draft;
    const orderNumbers = orders.split(/[,\s]+/).filter(Boolean);
    const result = await api().call('claims.counterparty.save', { ...fields, amountClaimed: amount, orderNumbers });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setDraft(EMPTY);
      await load();
    }
  }

  async function move(row: Row, to: Move) {
    const amountSettled = to === 'settled' ? (parseMoney(settle[row.id] ?? '') ?? undefined) : undefined;
    const result = await api().call('claims.counterparty.setStatus', { id: row.id, to, amountSettled });
    setError(result.ok ? undefined : result.error);
    await load();
  }

  return (
    <div className="counterparty-claims">
      <label className="check">
        <input type="checkbox" checked={all} onChange={(e) => (setAll(e.target.checked), void load(e.target.checked))} /> {t('counterparty.showAll')}
      </label>
      {rows.length ? (
        <table>
          <TableHead columns={[t('counterparty.number'), t('counterparty.counterparty'), t('counterparty.subject'), t('claims.amountClaimed'), t('counterparty.status'), '']} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-cc={row.number}>
                <td className="mono">{row.number}</td>
                <td>
                  <bdi>{row.counterpartyName}</bdi>
                  <div className="muted small">{t(`counterparty.kinds.${row.kind}`)}</div>
                </td>
                <td>
                  {row.subject}
                  {row.orderNumbers.length > 0 && <div className="muted small mono">{row.orderNumbers.join(', ')}</div>}
                </td>
                <td className="num">
                  {formatMoney(row.amountClaimed, currency, language)}
                  {row.amountSettled !== undefined && <div className="muted small">{formatMoney(row.amountSettled, currency, language)}</div>}
                </td>
                <td>
                  {t(`counterparty.statuses.${row.status}`)}
                  {row.sentOn && <div className="muted small">{formatDate(row.sentOn, language)}</div>}
                  {row.overdue && <div className="deadline overdue small">{t('counterparty.overdue')}</div>}
                </td>
                <td>
                  {COUNTERPARTY_CLAIM_MOVES[row.status].includes('settled') && (
                    <MoneyInput aria-label={t('counterparty.amountSettled')} placeholder={t('counterparty.amountSettled')} size={8} value={settle[row.id] ?? ''} onChange={(e) => setSettle({ ...settle, [row.id]: e.target.value })} />
                  )}
                  {COUNTERPARTY_CLAIM_MOVES[row.status].map((to) => (
                    <button key={to} type="button" className="link" onClick={() => void move(row, to)}>
                      {t(`counterparty.statuses.${to}`)}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('common.nothingHere')}</p>
      )}
      <ErrorBanner error={error} />
      <form className="card grid" onSubmit={save}>
        <Field label={t('counterparty.kind')} error={errors.kind} double>
          <Choice value={draft.kind} options={COUNTERPARTY_CLAIM_KINDS} label={(k) => t(`counterparty.kinds.${k}`)} onChange={(kind) => setDraft({ ...draft, kind })} />
        </Field>
        {register.length > 0 && (
          <Field label={t('counterparty.fromRegister')} error={errors.counterpartyId}>
            <select
              value={draft.counterpartyId ?? ''}
              onChange={(e) => {
                const chosen = register.find((c) => c.id === e.target.value);
                setDraft({ ...draft, counterpartyId: chosen?.id, counterpartyName: chosen?.name ?? draft.counterpartyName });
              }}
            >
              <option value="">{t('counterparty.typed')}</option>
              {register.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('counterparty.counterpartyName')} error={errors.counterpartyName}>
          <input
            value={draft.counterpartyName}
            onChange={(e) => setDraft({ ...draft, counterpartyId: undefined, counterpartyName: e.target.value })}
          />
        </Field>
        <Field label={t('claims.amountClaimed')} error={errors.amountClaimed}>
          <MoneyInput value={draft.amountClaimed} onChange={(e) => setDraft({ ...draft, amountClaimed: e.target.value })} />
        </Field>
        <Field label={t('counterparty.answerDueOn')} error={errors.answerDueOn}>
          <DateField value={draft.answerDueOn} onChange={(answerDueOn) => setDraft({ ...draft, answerDueOn })} />
        </Field>
        <Field label={t('counterparty.orders')} error={Object.entries(errors).find(([k]) => k.startsWith('orderNumbers'))?.[1]} wide>
          <input dir="ltr" value={draft.orders} onChange={(e) => setDraft({ ...draft, orders: e.target.value })} />
        </Field>
        <Field label={t('counterparty.subject')} error={errors.subject} wide>
          <textarea rows={2} value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
        </Field>
        <div>
          <button type="submit" className="primary">
            {t('counterparty.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
