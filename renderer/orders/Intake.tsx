import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moneyProblem, parseMoney } from '../../shared/platform/money.js';
import type { FieldErrors } from '../../shared/platform/result.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import { CustomerDemand, WarrantyBasis } from '../../shared/orders/schemas.js';
import { IntakeDetailsFields } from './IntakeDetails.js';
import { ErrorBanner, Field, fieldsUnder, useFocusFirstError } from '../app/Field.js';
import { checkInput } from '../app/api/check.js';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import { clearDraft, loadDraft, saveDraft } from '../app/drafts.js';
import { localToday } from '../app/today.js';
import { ariaKeyShortcuts } from '../app/shortcuts.js';
import { CustomerSection, type NewCustomer } from '../customers/index.js';
import { DeviceSection, EMPTY_DEVICE, type NewDevice } from '../devices/index.js';
import { WarrantyHint } from '../warranty/index.js';
import { checkWarranty } from '../../shared/warranty/index.js';
import { localDate } from '../../shared/rules/index.js';
import type { EffectiveProfile } from '../../shared/rules/index.js';
import { useIntake } from './intakeStore.js';
import { useSession } from '../session/index.js';
import { beyondAYear, isIsoDate } from '../../shared/platform/dates.js';
import { PAYMENT_METHODS, type PaymentMethod } from '../../shared/payments/index.js';

const EMPTY_CUSTOMER: NewCustomer = { kind: 'person', name: '', phone: '', email: '', address: '' };
const EMPTY_DETAILS = {
  statedDefect: '',
  appearance: '',
  accessories: '',
  completeness: '',
  demand: 'repair' as (typeof CustomerDemand.options)[number],
  warrantyBasis: 'paid' as (typeof WarrantyBasis.options)[number],
  estimate: '',
  prepayment: '',
  prepaymentMethod: 'cash' as PaymentMethod,
  promisedDate: '',
  loanerDemanded: false,
};

/** What the intake form holds, kept as the member's draft until the device is taken in or the draft discarded. */
interface IntakeDraft {
  customer: Customer | NewCustomer;
  device: Device | NewDevice;
  details: typeof EMPTY_DETAILS;
  basisChosen: boolean;
}
const DRAFT = 'intake';

function isEmpty(draft: IntakeDraft): boolean {
  const typed = (value: object) => Object.entries(value).some(([key, v]) => key !== 'kind' && typeof v === 'string' && v.trim() !== '');
  return !('id' in draft.customer) && !('id' in draft.device) && !typed(draft.customer) && !typed(draft.device) && !typed({ ...draft.details, demand: '', warrantyBasis: '', prepaymentMethod: '' }) && !draft.details.loanerDemanded;
}

export function Intake() {
  const { t } = useTranslation();
  const { go, rules, currentUserId } = useSession();
  const { submit, submitting, error, reset, deviceWarranty, checkDevice, deviceMatches, loadCustomerUnits } = useIntake();
  const [insistReason, setInsistReason] = useState('');
  // A screen change, a reload or a sign-in after an ended session keeps what was typed (this member's draft).
  const [kept] = useState(() => loadDraft<IntakeDraft>(DRAFT, currentUserId));
  const [customer, setCustomer] = useState<Customer | NewCustomer>(kept?.customer ?? EMPTY_CUSTOMER);
  const [device, setDevice] = useState<Device | NewDevice>(kept?.device ?? EMPTY_DEVICE);
  const [details, setDetails] = useState({ ...EMPTY_DETAILS, ...kept?.details });
  const [basisChosen, setBasisChosen] = useState(kept?.basisChosen ?? false);
  const [restored, setRestored] = useState(Boolean(kept && !isEmpty(kept)));
  const [discarding, setDiscarding] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // After a pick the focus goes on to the next field to fill: the unit after the customer, the defect after the unit.
  const [focusNext, setFocusNext] = useState<'serial' | 'statedDefect'>();
  useEffect(() => {
    if (!focusNext) return;
    form.current?.querySelector<HTMLElement>(`[name="${focusNext}"]`)?.focus();
    setFocusNext(undefined);
  }, [focusNext]);
  useEffect(() => reset, [reset]);
  const customerId = 'id' in customer ? customer.id : undefined;
  useEffect(() => {
    void loadCustomerUnits(customerId);
  }, [customerId, loadCustomerUnits]);

  function changeCustomer(next: Customer | NewCustomer) {
    setCustomer(next);
    if ('id' in next && !('id' in customer)) setFocusNext('id' in device ? 'statedDefect' : 'serial');
  }
  function changeDevice(next: Device | NewDevice) {
    setDevice(next);
    if ('id' in next && !('id' in device)) setFocusNext('statedDefect');
    else if (!('id' in next) && 'id' in device) setFocusNext('serial');
  }
  useEffect(() => {
    const draft = { customer, device, details, basisChosen };
    if (isEmpty(draft)) clearDraft(DRAFT, currentUserId);
    else saveDraft(DRAFT, currentUserId, draft);
  }, [customer, device, details, basisChosen, currentUserId]);
  useFocusFirstError(form, error);

  function discard() {
    clearDraft(DRAFT, currentUserId);
    setCustomer(EMPTY_CUSTOMER);
    setDevice(EMPTY_DEVICE);
    setDetails(EMPTY_DETAILS);
    setBasisChosen(false);
    setRestored(false);
    setDiscarding(false);
    reset();
  }

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
    : rules && newDevice && isIsoDate(newDevice.purchaseDate)
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
    // Every problem of the form at once: the amounts and dates checked here, the rest by the channel's own schema.
    const money: Record<string, number | undefined> = {};
    const problems: FieldErrors = {};
    for (const key of ['estimate', 'prepayment'] as const) {
      const text = details[key];
      const problem = text.trim() ? moneyProblem(text) : undefined;
      if (problem) problems[`intake.${key}`] = problem;
      else money[key] = text.trim() ? (parseMoney(text) ?? undefined) : undefined;
    }
    const today = localToday();
    // A text that is not a date yet is the schema's to refuse (invalid_date), not compared with today.
    if (isIsoDate(details.promisedDate) && details.promisedDate < today) problems['intake.promisedDate'] = 'before_today';
    if (beyondAYear(details.promisedDate, today)) problems['intake.promisedDate'] = 'too_far';
    if (!('id' in device) && isIsoDate(device.purchaseDate) && device.purchaseDate > today) problems['device.purchaseDate'] = 'in_future';
    const input = {
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
        prepaymentMethod: money.prepayment ? details.prepaymentMethod : undefined,
        promisedDate: details.promisedDate,
        loanerDemanded: details.loanerDemanded,
      },
      insist: openOrder && insistReason.trim() ? { reason: insistReason } : undefined,
    };
    if (Object.keys(problems).length) {
      useIntake.setState({ error: { code: 'validation', message: 'Some fields need attention.', fields: { ...checkInput('orders.create', input), ...problems } } });
      return;
    }
    const orderId = await submit(input);
    if (orderId) {
      // Taken in: the draft has served its purpose.
      clearDraft(DRAFT, currentUserId);
      go({ name: 'order', id: orderId });
    }
  }

  return (
    <>
    <form className="intake" onSubmit={onSubmit} noValidate ref={form}>
      <h1>{t('nav.intake')}</h1>
      {restored && (
        <div className="banner ok row" role="status">
          <span>{t('drafts.restored')}</span>
        </div>
      )}
      <div className="sections">
        <CustomerSection value={customer} onChange={changeCustomer} errors={fieldsUnder(error, 'customer')} />
        <DeviceSection value={device} onChange={changeDevice} errors={fieldsUnder(error, 'device')} />
      </div>
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
          <IntakeDetailsFields
            values={details}
            onChange={(key, value) => set(key)(value)}
            errors={fields}
            appearanceLabel={t('intake.appearance')}
            afterDemand={
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
            }
            afterPrepayment={
              <Field label={t('intake.prepaymentMethod')} error={fields.prepaymentMethod}>
                <select value={details.prepaymentMethod} onChange={(e) => set('prepaymentMethod')(e.target.value)}>
                  {PAYMENT_METHODS.map((m) => (
                    <option key={m} value={m}>
                      {t(`payments.method.${m}`)}
                    </option>
                  ))}
                </select>
              </Field>
            }
          />
        </div>
      </fieldset>
      <ErrorBanner error={error} />
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={submitting} aria-keyshortcuts={ariaKeyShortcuts('save')}>
          {t('intake.submit')}
        </button>
        <button type="button" disabled={isEmpty({ customer, device, details, basisChosen })} onClick={() => setDiscarding(true)}>
          {t('drafts.discard')}
        </button>
      </div>
    </form>
    {discarding && (
      <ConfirmDialog title={t('drafts.discardTitle')} text={t('drafts.discardText')} confirmLabel={t('drafts.discard')} danger onConfirm={discard} onCancel={() => setDiscarding(false)} />
    )}
    </>
  );
}
