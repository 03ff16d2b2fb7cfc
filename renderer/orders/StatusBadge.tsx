import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../shared/orders/status.js';

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}
