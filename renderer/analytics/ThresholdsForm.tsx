import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { useAnalytics } from './store.js';
import { Field, fieldsUnder } from '../app/Field.js';

type Thresholds = ChannelOutput<'analytics.alerts'>['thresholds'];
const KEYS = ['failureRatePercent', 'causeSharePercent', 'minFailures', 'windowDays'] as const;

/** The manager's thresholds of the systemic-defect alert. */
export function ThresholdsForm({ thresholds }: { thresholds: Thresholds }) {
  const { t } = useTranslation();
  const { error, saveThresholds } = useAnalytics();
  const [draft, setDraft] = useState<Record<(typeof KEYS)[number], string>>(
    Object.fromEntries(KEYS.map((k) => [k, String(thresholds[k])])) as Record<(typeof KEYS)[number], string>,
  );
  const errors = fieldsUnder(error, 'thresholds');

  function submit(event: FormEvent) {
    event.preventDefault();
    void saveThresholds(Object.fromEntries(KEYS.map((k) => [k, Number(draft[k])])) as Thresholds);
  }

  return (
    <form className="card grid thresholds" onSubmit={submit}>
      <h2 className="field wide">{t('analytics.thresholds')}</h2>
      {KEYS.map((key) => (
        <Field key={key} label={t(`analytics.${key}`)} error={errors[key]}>
          <input inputMode="decimal" value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
        </Field>
      ))}
      <div>
        <button type="submit">{t('analytics.saveThresholds')}</button>
      </div>
    </form>
  );
}
