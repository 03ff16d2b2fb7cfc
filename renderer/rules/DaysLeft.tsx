import { useTranslation } from 'react-i18next';

/**
 * The days left to a legal deadline in words, as the shared rule counted them (shared/rules/deadlines.ts:
 * negative when it has passed): "2 days left", "due today", "overdue by 3 days" with a warning sign.
 */
export function DaysLeft({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days < 0) {
    return (
      <span className="deadline overdue">
        <span aria-hidden="true">⚠ </span>
        {t('deadlines.overdue', { count: -days })}
      </span>
    );
  }
  return <span className={days === 0 ? 'deadline due_soon' : 'deadline'}>{days === 0 ? t('deadlines.dueToday') : t('common.daysLeft', { count: days })}</span>;
}
