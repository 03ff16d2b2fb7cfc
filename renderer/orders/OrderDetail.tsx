import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../app/Field.js';
import { OrderActions } from './OrderActions.js';
import { OrderDocuments } from './OrderDocuments.js';
import { OrderLines } from './OrderLines.js';
import { OrderDeadlines } from '../rules/index.js';
import { OrderLoan } from '../loans/index.js';
import { OrderParts } from '../parts/index.js';
import { OrderSatisfaction } from './OrderSatisfaction.js';
import { OrderClaims } from '../claims/index.js';
import { StatusBadge } from './StatusBadge.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useOrder } from './orderStore.js';
import { useSession } from '../session/index.js';
import { Phones } from '../customers/index.js';
import { OrderPayments, usePayments } from '../payments/index.js';
import { printDocument } from './orderStore.js';

export function OrderDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { view, error, notice, open } = useOrder();
  const { go, language, staff, settings } = useSession();
  const money = usePayments((s) => (s.orderId === id ? s.money : undefined));
  useEffect(() => {
    void open(id);
  }, [id, open]);

  if (!view) return <ErrorBanner error={error} />;
  const { order, customer, device } = view;
  const name = (staffId?: string) => staff.find((s) => s.id === staffId)?.name ?? '';
  const currency = settings?.currency ?? 'EUR';
  return (
    <section className="order">
      <button type="button" className="link" onClick={() => go({ name: 'orders' })}>
        {t('order.back')}
      </button>
      <h1>
        <span className="mono">{order.number}</span> <StatusBadge status={order.status} />
      </h1>
      <ErrorBanner error={error} />
      {notice && !error && <div className="banner ok">{t('order.saved')}</div>}
      <div className="columns">
        <div className="card">
          <h2>{t('order.customer')}</h2>
          <p>
            <bdi>{customer.name}</bdi>
          </p>
          <p dir="ltr" className="align-start">
            <Phones phones={customer.phones} />
          </p>
          {customer.email && <p dir="ltr">{customer.email}</p>}
          <h2>{t('order.device')}</h2>
          <p>
            {device.category}: {device.brand} {device.model}
          </p>
          <p className="mono" dir="ltr">
            {device.imei ? `IMEI ${device.imei}` : ''} {device.serial ? `S/N ${device.serial}` : ''}
          </p>
        </div>
        <div className="card">
          <h2>{t('order.intake')}</h2>
          <dl>
            <dt>{t('order.statedDefect')}</dt>
            <dd>{order.intake.statedDefect}</dd>
            <dt>{t('order.appearance')}</dt>
            <dd>{order.intake.appearance ?? t('common.none')}</dd>
            <dt>{t('order.accessories')}</dt>
            <dd>{order.intake.accessories.join(', ') || t('common.none')}</dd>
            <dt>{t('order.demand')}</dt>
            <dd>{t(`demand.${order.intake.demand}`)}</dd>
            <dt>{t('order.basis')}</dt>
            <dd>{t(`basis.${order.intake.warrantyBasis}`)}</dd>
            <dt>{t('order.estimate')}</dt>
            <dd>{formatMoney(order.intake.estimate, currency, language) || t('common.none')}</dd>
            <dt>{t('order.prepayment')}</dt>
            <dd>{formatMoney(order.intake.prepayment, currency, language) || t('common.none')}</dd>
            <dt>{t('order.promised')}</dt>
            <dd>{formatDate(order.intake.promisedDate, language) || t('common.none')}</dd>
          </dl>
        </div>
      </div>
      <OrderDeadlines deadlines={view.deadlines} />
      <OrderClaims orderId={order.id} />
      <OrderActions />
      <OrderLoan view={view} />
      <OrderPayments orderId={order.id} revision={order.updatedAt} print={printDocument} />
      <OrderLines key={order.updatedAt} />
      <OrderParts key={`parts-${order.updatedAt}`} orderId={order.id} />
      <OrderDocuments />
      <OrderSatisfaction key={`satisfaction-${order.updatedAt}`} view={view} />
      <div className="card">
        <h2>{t('order.timeline')}</h2>
        <ol className="timeline">
          {[...order.timeline.map((entry) => ({ at: entry.at, entry })), ...(money?.payments ?? []).map((payment) => ({ at: payment.at, payment }))]
            .sort((a, b) => a.at.localeCompare(b.at))
            .map((item) =>
              'entry' in item ? (
                <li key={`${item.entry.at}-${item.entry.to}`}>
                  <span className="muted">{formatDate(item.entry.at, language, true)}</span>{' '}
                  {item.entry.from ? `${t(`status.${item.entry.from}`)} ${language === 'he' ? '←' : '→'} ` : ''}
                  <b>{t(`status.${item.entry.to}`)}</b> · {name(item.entry.by)}
                  {item.entry.note ? ` · ${item.entry.note}` : ''}
                </li>
              ) : (
                <li key={item.payment.id} className="payment">
                  <span className="muted">{formatDate(item.payment.at, language, true)}</span>{' '}
                  {item.payment.amount < 0
                    ? t('payments.refundEntry', { amount: formatMoney(-item.payment.amount, currency, language), method: t(`payments.method.${item.payment.method}`), reason: item.payment.reason ?? '' })
                    : t('payments.paymentEntry', { amount: formatMoney(item.payment.amount, currency, language), method: t(`payments.method.${item.payment.method}`) })}{' '}
                  · {name(item.payment.by)}
                </li>
              ),
            )}
        </ol>
      </div>
    </section>
  );
}
