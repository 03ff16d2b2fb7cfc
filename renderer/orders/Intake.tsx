import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../shared/platform/money.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import { CustomerDemand, WarrantyBasis } from '../../shared/orders/schemas.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { CustomerSection, type NewCustomer } from '../customers/index.js';
import { DeviceSection, EMPTY_DEVICE, type NewDevice } from '../devices/index.js';
import { WarrantyHint } from '../warranty/index.js';
import { checkWarranty } from '../../shared/warranty/index.js';
import { localDate } from '../../shared/rules/index.js';
import type { EffectiveProfile } from '../../shared/rules/index.js';
import { useIntake } from './intakeStore.js';
import { useSession } from '../session/index.js';

const EMPTY_CUSTOMER: NewCustomer = { kind: 'person', name: '', phone: '', email: '', address: '' };

export function Intake() {
  const { t } = useTranslation();
  const { go, rules } = useSession();
  const { submit, submitting, error, reset, deviceWarranty, checkDevice, deviceMatches } = useIntake();
  const [insistReason, setInsistReason] = useState('');
  const [customer, setCustomer] = useState<Customer | NewCustomer>(EMPTY_CUSTOMER);
  const [device, setDevice] = useState<Device | NewDevice>(EMPTY_DEVICE);
  const [details, setDetails] = useState({
    statedDefect: '',
    appearance: '',
    accessories: '',
    completeness: '',
    demand: 'repair' as (typeof CustomerDemand.options)[number],
    warrantyBasis: 'paid' as (typeof WarrantyBasis.options)[number],
    estimate: '',
    prepayment: '',
    promisedDate: '',
    loanerDemanded: false,
  });
  const [moneyErrors, setMoneyErrors] = useState<Record<string, string>>({});
  const [basisChosen, setBasisChosen] = useState(false);
  useEffect(() => reset, [reset]);

  // The warranty check runs as the unit is identified: the registered unit's full history from the backend, or,
  // for a new unit, the same pure rule on its purchase date and months, instantly.
  const picked = 'id' in device ? device : undefined;
  // A unit in for repair already: the intake opens that order, unless the clerk says why it comes in again.
  const openOrder = picked ? deviceMatches.find((m) => m.device.id === picked.id)?.openOrder : undefined;
  useEffect(() => {
    void checkDevice(picked);
  }, [picked, checkDevice]);
  const newDevice = 'id' in device ? undefined : device;
  const warranty = picked
    ? deviceWarranty
    : rules && newDevice?.purchaseDate
      ? checkWarranty(
          { purchaseDate: newDevice.purchaseDate, warrantyMonths: Number(newDevice.warrantyMonths) || undefined },
          [],
          rules.effective as unknown as EffectiveProfile,
          localDate(new Date().toISOString()),
        )
      : undefined;
  const suggested = warranty?.suggestedBasis;
  useEffect(() => {
    if (suggested && !basisChosen) setDetails((d) => ({ ...d, warrantyBasis: suggested }));
  }, [suggested, basisChosen]);

  const set = (key: keyof typeof details) => (value: string | boolean) => setDetails((d) => ({ ...d, [key]: value }));
  const fields = fieldsUnder(error, 'intake');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const money: Record<string, number | undefined> = {};
    const problems: Record<string, string> = {};
    for (const key of ['estimate', 'prepayment'] as const) {
      const text = details[key];
      const value = text.trim() ? parseMoney(text) : undefined;
      if (value === null) problems[key] = 'invalid_amount';
      else money[key] = value;
    }
    setMoneyErrors(problems);
    if (Object.keys(problems).length) return;
    const orderId = await submit({
      customer: 'id' in customer ? { id: customer.id } : { kind: customer.kind, name: customer.name, phones: [customer.phone], email: customer.email, address: customer.address },
      device: 'id' in device ? { id: device.id } : { ...device, warrantyMonths: device.warrantyMonths.trim() ? Number(device.warrantyMonths) : undefined },
      intake: {
        statedDefect: details.statedDefect,
        appearance: details.appearance,
        accessories: details.accessories.split(',').map((a) => a.trim()).filter(Boolean),
        completeness: details.completeness,
        demand: details.demand,
        warrantyBasis: details.warrantyBasis,
        estimate: money.estimate,
        prepayment: money.prepayment,
        promisedDate: details.promisedDate,
        loanerDemanded: details.loanerDemanded,
      },
      insist: openOrder && insistReason.trim() ? { reason: insistReason } : undefined,
    });
    if (orderId) go({ name: 'order', id: orderId });
  }

  return (
    <form className="intake" onSubmit={onSubmit} noValidate>
      <h1>{t('nav.intake')}</h1>
      <CustomerSection value={customer} onChange={setCustomer} errors={fieldsUnder(error, 'customer')} />
      <DeviceSection value={device} onChange={setDevice} errors={fieldsUnder(error, 'device')} />
      {openOrder && (
        <div className="banner error open-order" role="alert">
          <p>{t('intake.openOrder', { number: openOrder.number })}</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => go({ name: 'order', id: openOrder.id })}>
              {t('intake.openThatOrder', { number: openOrder.number })}
            </button>
            <Field label={t('intake.insistReason')} error={fieldsUnder(error, 'insist').reason}>
              <input value={insistReason} onChange={(e) => setInsistReason(e.target.value)} />
            </Field>
          </div>
        </div>
      )}
      {warranty && <WarrantyHint warranty={warranty} />}
      <fieldset>
        <legend>{t('intake.details')}</legend>
        <div className="grid">
          <Field label={t('order.statedDefect')} error={fields.statedDefect} wide>
            <textarea value={details.statedDefect} onChange={(e) => set('statedDefect')(e.target.value)} rows={2} />
          </Field>
          <Field label={t('intake.appearance')} error={fields.appearance}>
            <input value={details.appearance} onChange={(e) => set('appearance')(e.target.value)} />
          </Field>
          <Field label={t('device.accessoriesList')} error={fields.accessories}>
            <input value={details.accessories} onChange={(e) => set('accessories')(e.target.value)} />
          </Field>
          <Field label={t('intake.completeness')} error={fields.completeness}>
            <input value={details.completeness} onChange={(e) => set('completeness')(e.target.value)} />
          </Field>
          <Field label={t('order.demand')} error={fields.demand}>
            <select value={details.demand} onChange={(e) => set('demand')(e.target.value)}>
              {CustomerDemand.options.map((d) => (
                <option key={d} value={d}>
                  {t(`demand.${d}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('order.basis')} error={fields.warrantyBasis}>
            <select
              value={details.warrantyBasis}
              onChange={(e) => {
                setBasisChosen(true);
                set('warrantyBasis')(e.target.value);
              }}
            >
              {WarrantyBasis.options.map((b) => (
                <option key={b} value={b}>
                  {t(`basis.${b}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('order.estimate')} error={moneyErrors.estimate ?? fields.estimate}>
            <input inputMode="decimal" value={details.estimate} onChange={(e) => set('estimate')(e.target.value)} />
          </Field>
          <Field label={t('order.prepayment')} error={moneyErrors.prepayment ?? fields.prepayment}>
            <input inputMode="decimal" value={details.prepayment} onChange={(e) => set('prepayment')(e.target.value)} />
          </Field>
          <Field label={t('order.promised')} error={fields.promisedDate}>
            <input type="date" value={details.promisedDate} onChange={(e) => set('promisedDate')(e.target.value)} />
          </Field>
          <label className="check">
            <input type="checkbox" checked={details.loanerDemanded} onChange={(e) => set('loanerDemanded')(e.target.checked)} />
            {t('loans.demand')}
          </label>
        </div>
      </fieldset>
      <ErrorBanner error={error} />
      <button type="submit" className="primary" disabled={submitting}>
        {t('intake.submit')}
      </button>
    </form>
  );
}
