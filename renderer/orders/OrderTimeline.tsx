import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { Correction } from '../../shared/platform/corrections.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { type CorrectionSubject, useCorrectionText } from './CorrectionText.js';

type Entry = { at: string; by: string; key: string; text: React.ReactNode };

/**
 * The order's history in time order: every status change, and every correction made since intake to the order's
 * facts, its customer and its unit (who, when, the field by name, before → after, the reason).
 */
export function OrderTimeline({ view }: { view: OrderView }) {
  const { t } = useTranslation();
  const { language, staff } = useSession();
  const correctionText = useCorrectionText();
  const { order } = view;
  const name = (staffId?: string) => staff.find((s) => s.id === staffId)?.name ?? '';
  const arrow = language === 'he' ? '←' : '→';

  const statusEntries: Entry[] = order.timeline.map((entry, i) => ({
    at: entry.at,
    by: entry.by,
    key: `status-${i}`,
    text: (
      <>
        {entry.from ? `${t(`status.${entry.from}`)} ${arrow} ` : ''}
        <b>{t(`status.${entry.to}`)}</b>
        {entry.note ? ` · ${entry.note}` : ''}
        {i === 0 && order.insisted ? ` · ${t('corrections.insisted', { number: order.insisted.number, reason: order.insisted.reason })}` : ''}
      </>
    ),
  }));
  const corrections = (subject: CorrectionSubject, list: readonly Correction[] | undefined): Entry[] =>
    (list ?? [])
      .filter((c) => c.at >= order.receivedAt)
      .map((c, i) => ({
        at: c.at,
        by: c.by,
        key: `${subject}-${i}`,
        text: (
          <span className="correction">
            {correctionText(subject, c)}
            {c.reason ? ` · ${t('corrections.because', { reason: c.reason })}` : ''}
          </span>
        ),
      }));
  const entries = [
    ...statusEntries,
    ...corrections('order', order.corrections),
    ...corrections('customer', view.customer.corrections),
    ...corrections('device', view.device.corrections),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return (
    <div className="card">
      <h2>{t('order.timeline')}</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className="muted">{formatDate(entry.at, language, true)}</span> {entry.text} · {name(entry.by)}
          </li>
        ))}
      </ol>
    </div>
  );
}
