import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../shared/orders/status.js';

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

/** An order past its promised date (shared/orders/promise.ts): a warning sign and how many days, not colour alone. */
export function PastPromised({ days }: { days?: number }) {
  const { t } = useTranslation();
  if (!days) return null;
  return (
    <span className="badge past-promised">
      <span aria-hidden="true">⚠ </span>
      {t('deadlines.overdue', { count: days })}
    </span>
  );
}
