import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { useOrder } from './orderStore.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';

/** After hand-back: the customer's score (1-5) and comment. */
export function OrderSatisfaction({ view }: { view: OrderView }) {
  const { t } = useTranslation();
  const recorded = view.order.satisfaction;
  const [score, setScore] = useState(String(recorded?.score ?? 5));
  const [comment, setComment] = useState(recorded?.comment ?? '');
  const [error, setError] = useState<ApiError>();
  if (view.order.status !== 'issued') return null;
  const errors = fieldsUnder(error);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await api().call('orders.rateSatisfaction', { id: view.order.id, score: Number(score), comment });
    setError(result.ok ? undefined : result.error);
    if (result.ok) await useOrder.getState().open(view.order.id, { keepNotice: true });
  }

  return (
    <form className="card row satisfaction" onSubmit={save}>
      <h2 className="field wide">{t('analytics.rateTitle')}</h2>
      {recorded && <p className="field wide">{t('analytics.rated', { score: recorded.score })}</p>}
      <Field label={t('analytics.score')} error={errors.score}>
        <select value={score} onChange={(e) => setScore(e.target.value)}>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('analytics.comment')} error={errors.comment}>
        <input value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <button type="submit">{t('analytics.saveRating')}</button>
      <ErrorBanner error={error} />
    </form>
  );
}
