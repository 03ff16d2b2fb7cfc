import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/orders/index.js';
import type { NoticeEvent } from '../../shared/notifications/index.js';
import type { ChannelOutput } from '../../shared/channels.js';
import { api } from '../app/api/index.js';
import { pending, useOrderMessages } from './store.js';

/** The message a clerk would send by hand for where the order stands. */
function eventOf(view: OrderView): NoticeEvent | undefined {
  const { status, diagnosis } = view.order;
  if (status === 'ready' || status === 'awaiting_approval' || status === 'received') return status;
  return diagnosis && status !== 'issued' && status !== 'cancelled' ? 'estimate_ready' : undefined;
}

/**
 * "Send via WhatsApp / SMS" on the order: links that open the message prefilled for the customer's mobile phone
 * (wa.me, sms:), for a customer better reached that way. It also keeps the order's messages up to date while one
 * is on its way (the timeline shows them).
 */
export function OrderNotify({ view }: { view: OrderView }) {
  const { t } = useTranslation();
  const { order } = view;
  const { load, messages, orderId } = useOrderMessages();
  const [compose, setCompose] = useState<ChannelOutput<'notifications.compose'>>();
  const event = eventOf(view);

  useEffect(() => {
    void load(order.id);
  }, [order.id, order.updatedAt, load]);
  const waiting = orderId === order.id && pending(messages);
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void load(order.id), 1000);
    return () => clearInterval(timer);
  }, [waiting, order.id, load]);
  useEffect(() => {
    setCompose(undefined);
    if (!event) return;
    void api().call('notifications.compose', { orderId: order.id, event }).then((result) => setCompose(result.ok ? result.value : undefined));
  }, [order.id, order.updatedAt, event]);

  if (!event || !compose) return null;
  return (
    <div className="card order-notify">
      {compose.whatsApp && compose.sms ? (
        <>
          <a className="button" href={compose.whatsApp} target="_blank" rel="noopener noreferrer">
            {t('notifications.whatsApp')}
          </a>
          <a className="button" href={compose.sms} target="_blank" rel="noopener noreferrer">
            {t('notifications.smsLink')}
          </a>
        </>
      ) : (
        <span className="muted">{t(`notifications.failure.${compose.failure ?? 'no_mobile'}`)}</span>
      )}
    </div>
  );
}
