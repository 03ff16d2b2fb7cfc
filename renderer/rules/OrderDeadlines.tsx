import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/orders/index.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';

/** The legal deadlines running on an open order (repair, replacement device), with how much time is left. */
export function OrderDeadlines({ deadlines }: { deadlines: OrderView['deadlines'] }) {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  if (!deadlines.length) return null;
  return (
    <div className="card deadlines">
      <h2>{t('deadlines.title')}</h2>
      <ul>
        {deadlines.map((d) => (
          <li key={d.kind} className={`deadline ${d.state}`}>
            <strong>{t(`deadlines.${d.kind}`)}</strong>: {t('deadlines.due', { date: formatDate(d.due, language) })} ·{' '}
            {d.state === 'overdue'
              ? t('deadlines.overdue', { count: -d.daysLeft })
              : d.state === 'due_soon'
                ? t('deadlines.dueSoon', { count: d.daysLeft })
                : t('common.daysLeft', { count: d.daysLeft })}
          </li>
        ))}
      </ul>
    </div>
  );
}
