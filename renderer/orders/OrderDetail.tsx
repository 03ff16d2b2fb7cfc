import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Saved } from '../app/Field.js';
import { OrderActions } from './OrderActions.js';
import { OrderApproval } from './OrderApproval.js';
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
import { shownList } from './ordersStore.js';
import { useSession } from '../session/index.js';
import { CustomerEdit, Phones, useCustomers } from '../customers/index.js';
import { DeviceEdit } from '../devices/index.js';
import { OrderPayments, usePayments } from '../payments/index.js';
import { useMay } from '../session/index.js';
import { IntakeEdit } from './IntakeEdit.js';
import { OrderTimeline } from './OrderTimeline.js';
import { printDocument } from './orderStore.js';
import { OrderNotify, useOrderMessages } from '../notifications/index.js';

export function OrderDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { view, error, notice, open } = useOrder();
  const { go, language, settings } = useSession();
  // Which of the order's facts is being corrected (the customer, the unit or the intake), if any.
  const [editing, setEditing] = useState<'customer' | 'device' | 'intake'>();
  // The customer or the unit just corrected: "Saved." shows beside its heading.
  const [corrected, setCorrected] = useState<'customer' | 'device'>();
  const mayCorrect = { customer: useMay('customers.correct'), device: useMay('devices.identity'), intake: useMay('orders.correct') };
  const money = usePayments((s) => (s.orderId === id ? s.money : undefined));
  const messages = useOrderMessages((s) => (s.orderId === id ? s.messages : undefined));
  useEffect(() => {
    void open(id);
    setEditing(undefined);
    setCorrected(undefined);
  }, [id, open]);

  if (!view) return <ErrorBanner error={error} />;
  const { order, customer, device } = view;
  const closed = order.status === 'issued';
  const afterCorrection = (what: 'customer' | 'device') => {
    setEditing(undefined);
    setCorrected(what);
    void open(order.id, { keepNotice: true });
  };
  const correctButton = (what: 'customer' | 'device' | 'intake') =>
    mayCorrect[what] && !editing && !(what === 'intake' && closed) ? (
      <button type="button" className="link correct" onClick={() => setEditing(what)}>
        {t('corrections.correct')}
      </button>
    ) : null;
  const currency = settings?.currency ?? 'EUR';
  return (
    <section className="order">
      <button type="button" className="link" onClick={() => go(shownList())}>
        {t('order.back')}
      </button>
      <h1>
        <span className="mono">{order.number}</span> <StatusBadge status={order.status} />
      </h1>
      {order.imported && (
        <p className="badge imported" data-imported>
          {t('order.importedFrom', { system: order.imported.system, number: order.imported.number })}
        </p>
      )}
      <ErrorBanner error={error} />
      <div className="columns">
        <div className="card">
          <h2>
            {t('order.customer')} {correctButton('customer')} <Saved show={corrected === 'customer' && !editing} />
          </h2>
          {editing === 'customer' ? (
            <CustomerEdit customer={customer} onDone={(saved) => (saved ? afterCorrection('customer') : setEditing(undefined))} />
          ) : (
            <>
              <p>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    void useCustomers.getState().open(customer.id);
                    go({ name: 'customers' });
                  }}
                >
                  <bdi>{customer.name}</bdi>
                </button>
              </p>
              <p dir="ltr" className="align-start">
                <Phones phones={customer.phones} />
              </p>
              {customer.email && <p dir="ltr">{customer.email}</p>}
            </>
          )}
          <h2>
            {t('order.device')} {correctButton('device')} <Saved show={corrected === 'device' && !editing} />
          </h2>
          {editing === 'device' ? (
            <DeviceEdit device={device} onDone={(saved) => (saved ? afterCorrection('device') : setEditing(undefined))} />
          ) : (
            <>
              <p>
                {/* An imported unit may have no type: then brand and model alone, without a stray colon. */}
                {device.category ? `${device.category}: ` : ''}
                {device.brand} {device.model}
              </p>
              <p className="mono" dir="ltr">
                {device.imei ? `IMEI ${device.imei}` : ''} {device.serial ? `S/N ${device.serial}` : ''}
              </p>
            </>
          )}
        </div>
        <div className="card">
          <h2>
            {t('order.intake')} {correctButton('intake')} <Saved show={notice === 'intake' && !error && !editing} />
          </h2>
          {editing === 'intake' ? <IntakeEdit order={order} onDone={() => setEditing(undefined)} /> : <dl>
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
          </dl>}
        </div>
      </div>
      <OrderDeadlines deadlines={view.deadlines} />
      <OrderClaims orderId={order.id} />
      <OrderApproval key={`approval-${order.id}`} />
      <OrderActions />
      <OrderNotify view={view} />
      <OrderLoan view={view} />
      <OrderPayments orderId={order.id} revision={order.updatedAt} print={printDocument} />
      <OrderLines key={order.updatedAt} />
      <OrderParts key={`parts-${order.updatedAt}`} orderId={order.id} />
      <OrderDocuments />
      <OrderSatisfaction key={`satisfaction-${order.updatedAt}`} view={view} />
      <OrderTimeline view={view} payments={money?.payments} messages={messages} />
    </section>
  );
}
