import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../app/i18n/index.js';
import { useParts } from './store.js';
import { useSession } from '../session/index.js';
import { StatusBadge } from '../orders/index.js';

/** Orders whose parts arrived (the technician's cue to carry on), and orders still waiting, with what they lack. */
export function PartsWaiting() {
  const { t } = useTranslation();
  const { language, staff, currentUserId, go } = useSession();
  const { waiting, arrived, loadWaiting } = useParts();
  useEffect(() => {
    void loadWaiting();
  }, [loadWaiting]);
  const name = (id?: string) => staff.find((s) => s.id === id)?.name ?? t('parts.unassigned');
  const mine = arrived.filter((a) => a.technicianId === currentUserId);
  const open = (orderId: string) => go({ name: 'order', id: orderId });

  return (
    <>
      <h2>{t('parts.arrivedTitle')}</h2>
      {mine.length > 0 && <div className="banner ok">{t('parts.arrivedForYou', { count: mine.length })}</div>}
      <table className="orders arrived">
        <tbody>
          {arrived.map((a) => (
            <tr key={a.orderId} data-arrived={a.number} onClick={() => open(a.orderId)}>
              <td className="mono">{a.number}</td>
              <td>
                <StatusBadge status={a.status} />
              </td>
              <td>{a.device}</td>
              <td>{name(a.technicianId)}</td>
              <td>{t('parts.arrivedAt', { date: formatDate(a.partsArrivedAt, language, true) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {arrived.length === 0 && <p className="muted">{t('common.nothingHere')}</p>}
      <h2>{t('parts.waitingTitle')}</h2>
      <table className="orders waiting">
        <tbody>
          {waiting.map((w) => (
            <tr key={w.orderId} data-waiting={w.number} onClick={() => open(w.orderId)}>
              <td className="mono">{w.number}</td>
              <td>
                <StatusBadge status={w.status} />
              </td>
              <td>{w.device}</td>
              <td>{formatDate(w.receivedAt, language)}</td>
              <td>
                {w.lacking.map((l) => (
                  <div key={l.partId}>
                    <span className="mono">{l.sku}</span> {l.name} × {l.quantity}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {waiting.length === 0 && <p className="muted">{t('common.nothingHere')}</p>}
    </>
  );
}
