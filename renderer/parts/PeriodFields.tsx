import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../shared/platform/dates.js';
import { DateField } from '../app/DateField.js';

export interface Period {
  from: string;
  to: string;
}

/** This month so far, as the default period of a report. */
export function thisMonth(today = new Date()): Period {
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { from: iso(new Date(today.getFullYear(), today.getMonth(), 1)), to: iso(today) };
}

/** Both ends are dates (not a text still being typed). */
export function isPeriod(period: Period): boolean {
  return isIsoDate(period.from) && isIsoDate(period.to);
}

export function PeriodFields({ value, onChange }: { value: Period; onChange(period: Period): void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="compact">
        <span>{t('parts.period.from')}</span>
        <DateField aria-label={t('parts.period.from')} value={value.from} onChange={(from) => onChange({ ...value, from })} />
      </label>
      <label className="compact">
        <span>{t('parts.period.to')}</span>
        <DateField aria-label={t('parts.period.to')} value={value.to} onChange={(to) => onChange({ ...value, to })} />
      </label>
    </>
  );
}
