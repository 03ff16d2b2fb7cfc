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
  // The short phrase of a late claim answer ("3 days overdue"): it fits the list's narrow column in every language.
  const words = t('claims.daysLate', { count: days });
  return (
    <span className="badge past-promised" title={words}>
      <span aria-hidden="true">⚠ </span>
      {words}
    </span>
  );
}
