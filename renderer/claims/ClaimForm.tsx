import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_DEMANDS, REPLACEMENT_CASES } from '../../shared/claims/claims.js';
import { parseMoney } from '../../shared/platform/money.js';
import { api } from '../app/api/index.js';
import { useClaims } from './store.js';
import { localToday } from '../app/today.js';
import { Field, fieldsUnder } from '../app/Field.js';
import { Choice } from '../app/Choice.js';
import { DateField } from '../app/DateField.js';
import { MoneyInput } from '../app/MoneyInput.js';

const EMPTY = {
  receivedOn: '',
  order: '',
  customerName: '',
  customerPhone: '',
  customerAddress: '',
  goods: '',
  demand: 'refund' as (typeof CLAIM_DEMANDS)[number],
  replacementCase: 'in_stock' as (typeof REPLACEMENT_CASES)[number],
  goodsPrice: '',
  amountClaimed: '',
  statement: '',
};

/** Registering a consumer claim: from an order (customer and goods come with it) or on its own. */
export function ClaimForm() {
  const { t } = useTranslation();
  const { error, save } = useClaims();
  const [draft, setDraft] = useState({ ...EMPTY, receivedOn: localToday() });
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldsUnder(error), ...local };
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const money = (key: 'goodsPrice' | 'amountClaimed') => {
      if (!draft[key].trim()) return undefined;
      const value = parseMoney(draft[key]);
      if (value === null) problems[key] = 'invalid_amount';
      return value ?? undefined;
    };
    const goodsPrice = money('goodsPrice');
    const amountClaimed = money('amountClaimed');
    let orderId: string | undefined;
    if (draft.order.trim()) {
      const found = await api().call('orders.find', { code: draft.order.trim() });
      if (found.ok && found.value) orderId = found.value.id;
      else problems.orderId = 'not_found';
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const saved = await save({
      receivedOn: draft.receivedOn,
      orderId,
      customerName: draft.customerName,
      customerPhone: draft.customerPhone,
      customerAddress: draft.customerAddress,
      goods: draft.goods,
      demand: draft.demand,
      replacementCase: draft.demand === 'replacement' ? draft.replacementCase : undefined,
      goodsPrice,
      amountClaimed,
      statement: draft.statement,
    });
    if (saved) setDraft({ ...EMPTY, receivedOn: localToday() });
  }

  return (
    <form className="card grid claim-form" onSubmit={submit}>
      <h2 className="field wide">{t('claims.newClaim')}</h2>
      <Field label={t('claims.received')} error={errors.receivedOn}>
        <DateField value={draft.receivedOn} onChange={(receivedOn) => setDraft({ ...draft, receivedOn })} />
      </Field>
      <Field label={t('claims.orderNumber')} error={errors.orderId}>
        <input dir="ltr" value={draft.order} onChange={set('order')} title={t('claims.orderHint')} />
      </Field>
      <Field label={t('claims.customerName')} error={errors.customerName}>
        <input value={draft.customerName} onChange={set('customerName')} />
      </Field>
      <Field label={t('claims.phone')} error={errors.customerPhone}>
        <input dir="ltr" value={draft.customerPhone} onChange={set('customerPhone')} />
      </Field>
      <Field label={t('claims.address')} error={errors.customerAddress}>
        <input value={draft.customerAddress} onChange={set('customerAddress')} />
      </Field>
      <Field label={t('claims.goods')} error={errors.goods}>
        <input value={draft.goods} onChange={set('goods')} />
      </Field>
      <Field label={t('claims.demand')} error={errors.demand}>
        <Choice value={draft.demand} options={CLAIM_DEMANDS} label={(d) => t(`claims.demands.${d}`)} onChange={(demand) => setDraft({ ...draft, demand })} />
      </Field>
      {draft.demand === 'replacement' && (
        <Field label={t('claims.replacementCase')} error={errors.replacementCase}>
          <Choice value={draft.replacementCase} options={REPLACEMENT_CASES} label={(c) => t(`claims.cases.${c}`)} onChange={(replacementCase) => setDraft({ ...draft, replacementCase })} />
        </Field>
      )}
      <Field label={t('claims.goodsPrice')} error={errors.goodsPrice}>
        <MoneyInput value={draft.goodsPrice} onChange={set('goodsPrice')} />
      </Field>
      <Field label={t('claims.amountClaimed')} error={errors.amountClaimed}>
        <MoneyInput value={draft.amountClaimed} onChange={set('amountClaimed')} />
      </Field>
      <Field label={t('claims.statement')} error={errors.statement} wide>
        <textarea rows={3} value={draft.statement} onChange={set('statement')} />
      </Field>
      <p className="muted small field wide">{t('claims.orderHint')}</p>
      <div>
        <button type="submit" className="primary">
          {t('claims.register')}
        </button>
      </div>
    </form>
  );
}
