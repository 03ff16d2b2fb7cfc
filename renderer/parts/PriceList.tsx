import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import { parseMoney } from '../../shared/platform/money.js';
import type { LabourOperation } from '../../shared/parts/labour.js';
import { api } from '../app/api/index.js';
import { formatMoney } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { moneyInput, parseQuantity } from './quantity.js';
import { MoneyInput } from '../app/MoneyInput.js';

const draftOf = (o?: LabourOperation) => ({
  id: o?.id,
  code: o?.code ?? '',
  name: o?.name ?? '',
  minutes: String(o?.minutes ?? ''),
  price: moneyInput(o?.price),
  warrantyDays: String(o?.warrantyDays ?? 90),
  active: o?.active ?? true,
});

/** The workshop's own price list of labour operations, which work lines on orders are picked from. */
export function PriceList() {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const [operations, setOperations] = useState<LabourOperation[]>([]);
  const [draft, setDraft] = useState(draftOf());
  const [error, setError] = useState<ApiError>();
  const load = async () => {
    const result = await api().call('parts.labour.list', { includeInactive: true });
    if (result.ok) setOperations(result.value);
  };
  useEffect(() => {
    void load();
  }, []);
  const errors = fieldsUnder(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await api().call('parts.labour.save', {
      ...draft,
      minutes: parseQuantity(draft.minutes),
      price: parseMoney(draft.price || '0') ?? -1,
      warrantyDays: parseQuantity(draft.warrantyDays),
    });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setDraft(draftOf());
      await load();
    }
  }
  const set = (key: 'code' | 'name' | 'minutes' | 'price' | 'warrantyDays') => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  return (
    <>
      <table className="labour">
        <thead>
          <tr>
            <th>{t('parts.labour.code')}</th>
            <th>{t('parts.labour.name')}</th>
            <th className="num">{t('parts.labour.minutes')}</th>
            <th className="num">{t('parts.price')}</th>
            <th className="num">{t('order.warrantyDays')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {operations.map((o) => (
            <tr key={o.id} data-operation={o.name} className={o.active ? undefined : 'past'}>
              <td className="mono">{o.code}</td>
              <td>{o.name}</td>
              <td className="num">{o.minutes}</td>
              <td className="num">{formatMoney(o.price, settings?.currency ?? 'EUR', language)}</td>
              <td className="num">{o.warrantyDays}</td>
              <td>
                <button type="button" className="link" onClick={() => setDraft(draftOf(o))}>
                  {t('parts.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {operations.length === 0 && <p className="muted">{t('parts.labour.none')}</p>}
      <form className="card grid" onSubmit={submit} aria-label={t('parts.labour.form')}>
        <Field label={t('parts.labour.code')} error={errors.code}>
          <input dir="ltr" value={draft.code} onChange={set('code')} />
        </Field>
        <Field label={t('parts.labour.name')} error={errors.name}>
          <input value={draft.name} onChange={set('name')} />
        </Field>
        <Field label={t('parts.labour.minutes')} error={errors.minutes}>
          <input inputMode="numeric" value={draft.minutes} onChange={set('minutes')} />
        </Field>
        <Field label={t('parts.price')} error={errors.price && 'invalid_amount'}>
          <MoneyInput value={draft.price} onChange={set('price')} />
        </Field>
        <Field label={t('order.warrantyDays')} error={errors.warrantyDays}>
          <input inputMode="numeric" value={draft.warrantyDays} onChange={set('warrantyDays')} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />
          {t('parts.labour.active')}
        </label>
        <div className="row field wide">
          <button type="submit" className="primary">
            {draft.id ? t('common.save') : t('parts.labour.add')}
          </button>
        </div>
      </form>
      <ErrorBanner error={error} />
    </>
  );
}
