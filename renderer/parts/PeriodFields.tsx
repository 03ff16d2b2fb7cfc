import { useTranslation } from 'react-i18next';

export interface Period {
  from: string;
  to: string;
}

/** This month so far, as the default period of a report. */
export function thisMonth(today = new Date()): Period {
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { from: iso(new Date(today.getFullYear(), today.getMonth(), 1)), to: iso(today) };
}

export function PeriodFields({ value, onChange }: { value: Period; onChange(period: Period): void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="compact">
        <span>{t('parts.period.from')}</span>
        <input type="date" aria-label={t('parts.period.from')} value={value.from} onChange={(e) => onChange({ ...value, from: e.target.value })} />
      </label>
      <label className="compact">
        <span>{t('parts.period.to')}</span>
        <input type="date" aria-label={t('parts.period.to')} value={value.to} onChange={(e) => onChange({ ...value, to: e.target.value })} />
      </label>
    </>
  );
}
