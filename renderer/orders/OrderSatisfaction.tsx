import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { useOrder } from './orderStore.js';
import { ErrorBanner, Field, FieldError, fieldsUnder } from '../app/Field.js';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * After hand-back: the customer's score (1-5) and comment. No score is picked until the customer gives one (a
 * score chosen for them would count in the analytics as theirs), and nothing is saved without one.
 */
export function OrderSatisfaction({ view }: { view: OrderView }) {
  const { t } = useTranslation();
  const recorded = view.order.satisfaction;
  const [score, setScore] = useState<number | undefined>(recorded?.score);
  const [comment, setComment] = useState(recorded?.comment ?? '');
  const [error, setError] = useState<ApiError>();
  if (view.order.status !== 'issued') return null;
  const errors = fieldsUnder(error);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (score === undefined) return;
    const result = await api().call('orders.rateSatisfaction', { id: view.order.id, score, comment });
    setError(result.ok ? undefined : result.error);
    if (result.ok) await useOrder.getState().open(view.order.id, { keepNotice: true });
  }

  return (
    <form className="card row satisfaction" onSubmit={save}>
      <h2 className="field wide">{t('analytics.rateTitle')}</h2>
      {recorded && <p className="field wide">{t('analytics.rated', { score: recorded.score })}</p>}
      <fieldset className="scores">
        <legend>{t('analytics.score')}</legend>
        {SCORES.map((n) => (
          <label key={n} className="check inline">
            <input type="radio" name="score" value={n} checked={score === n} onChange={() => setScore(n)} /> {n}
          </label>
        ))}
        <FieldError code={errors.score} />
      </fieldset>
      <Field label={t('analytics.comment')} error={errors.comment}>
        <input value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <button type="submit" disabled={score === undefined}>
        {t('analytics.saveRating')}
      </button>
      <ErrorBanner error={error} />
    </form>
  );
}
