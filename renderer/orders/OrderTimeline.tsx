import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { Correction } from '../../shared/platform/corrections.js';
import type { Payment } from '../../shared/payments/index.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { type CorrectionSubject, useCorrectionText } from './CorrectionText.js';
import type { OutboxMessage } from '../../shared/notifications/index.js';
import { MessageText } from '../notifications/index.js';

type Entry = { at: string; by: string; key: string; text: React.ReactNode; className?: string };

/**
 * The order's history in time order: every status change, every correction made since intake to the order's
 * facts, its customer and its unit (who, when, the field by name, before → after, the reason), and every payment
 * and refund, every answer of the customer to lines above what they had agreed to, and every message to the
 * customer with where it stands (sent, waiting, or why not).
 */
export function OrderTimeline({ view, payments = [], messages = [] }: { view: OrderView; payments?: readonly Payment[]; messages?: readonly OutboxMessage[] }) {
  const { t } = useTranslation();
  const { language, staff, settings } = useSession();
  const currency = settings?.currency ?? 'EUR';
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
        {entry.overLimit ? ` · ${t('approval.overLimit', { total: formatMoney(entry.overLimit.total, currency, language), limit: formatMoney(entry.overLimit.limit, currency, language) })}` : ''}
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
  const paymentEntries: Entry[] = payments.map((payment) => ({
    at: payment.at,
    by: payment.by,
    key: `payment-${payment.id}`,
    className: 'payment',
    text: (
      <span>
        {payment.amount < 0
          ? t('payments.refundEntry', { amount: formatMoney(-payment.amount, currency, language), method: t(`payments.method.${payment.method}`), reason: payment.reason ?? '' })
          : t('payments.paymentEntry', { amount: formatMoney(payment.amount, currency, language), method: t(`payments.method.${payment.method}`) })}
      </span>
    ),
  }));
  const approvalEntries: Entry[] = (order.approvals ?? []).map((a, i) => ({
    at: a.recordedAt,
    by: a.by,
    key: `approval-${i}`,
    className: 'approval',
    text: (
      <span>
        {a.answer === 'approved'
          ? t('approval.entryApproved', { amount: formatMoney(a.approvedUpTo, currency, language), channel: t(`approval.channels.${a.channel}`) })
          : t('approval.entryDeclined', { total: formatMoney(a.total, currency, language), channel: t(`approval.channels.${a.channel}`) })}
        {a.at !== a.recordedAt ? ` (${formatDate(a.at, language, true)})` : ''}
        {a.note ? ` · ${a.note}` : ''}
      </span>
    ),
  }));
  const messageEntries: Entry[] = messages.map((message) => ({
    at: message.createdAt,
    by: message.resentBy ?? '',
    key: `message-${message.id}`,
    className: 'message',
    text: <MessageText message={message} />,
  }));
  const entries = [
    ...statusEntries,
    ...messageEntries,
    ...approvalEntries,
    ...paymentEntries,
    ...corrections('order', order.corrections),
    ...corrections('customer', view.customer.corrections),
    ...corrections('device', view.device.corrections),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return (
    <div className="card">
      <h2>{t('order.timeline')}</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.key} className={entry.className}>
            <span className="muted">{formatDate(entry.at, language, true)}</span> {entry.text}
            {entry.by ? ` · ${name(entry.by)}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
