import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { api } from '../app/api/index.js';
import { useSession } from '../session/index.js';

/** On the dashboard: the current technician's orders whose missing parts have arrived (every such order for others). */
export function PartsArrivedNotice() {
  const { t } = useTranslation();
  const { staff, currentUserId, go } = useSession();
  const [arrived, setArrived] = useState<ChannelOutput<'parts.arrived'>>([]);
  const technician = staff.find((s) => s.id === currentUserId)?.role === 'technician';
  useEffect(() => {
    void api()
      .call('parts.arrived', { technicianId: technician ? currentUserId : undefined })
      .then((result) => setArrived(result.ok ? result.value : []));
  }, [currentUserId, technician]);
  if (!arrived.length) return null;
  return (
    <div className="banner ok parts-arrived-notice">
      {t('parts.arrivedTitle')}:{' '}
      {arrived.map((a) => (
        <button key={a.orderId} type="button" className="link mono" onClick={() => go({ name: 'order', id: a.orderId })}>
          {a.number}
        </button>
      ))}
    </div>
  );
}
