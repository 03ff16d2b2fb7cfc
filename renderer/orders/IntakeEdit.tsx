import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../shared/platform/money.js';
import { CustomerDemand, type RepairOrder } from '../../shared/orders/schemas.js';
import { Field } from '../app/Field.js';
import { useOrder } from './orderStore.js';
import { DateField } from '../app/DateField.js';
import { MoneyInput } from '../app/MoneyInput.js';

const MONEY_FIELDS = ['estimate', 'approvedMax', 'prepayment'] as const;
const asText = (minor: number | undefined) => (minor === undefined ? '' : (minor / 100).toFixed(2));

/** Correct an order's intake facts as they were taken in: the backend records each field that changed. */
export function IntakeEdit({ order, onDone }: { order: RepairOrder; onDone(): void }) {
  const { t } = useTranslation();
  const { correct, error } = useOrder();
  const { intake } = order;
  const [form, setForm] = useState({
    statedDefect: intake.statedDefect,
    appearance: intake.appearance ?? '',
    accessories: intake.accessories.join(', '),
    completeness: intake.completeness ?? '',
    demand: intake.demand,
    estimate: asText(intake.estimate),
    approvedMax: asText(intake.approvedMax),
    prepayment: asText(intake.prepayment),
    promisedDate: intake.promisedDate ?? '',
    loanerDemanded: intake.loanerDemanded,
    reason: '',
  });
  const [moneyErrors, setMoneyErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const fields = error?.fields ?? {};
  const set = (key: keyof typeof form) => (value: string | boolean) => setForm((f) => ({ ...f, [key]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const money: Record<string, number | null> = {};
    const problems: Record<string, string> = {};
    for (const key of MONEY_FIELDS) {
      const value = form[key].trim() ? parseMoney(form[key]) : null;
      if (form[key].trim() && value === null) problems[key] = 'invalid_amount';
      money[key] = value;
    }
    setMoneyErrors(problems);
    if (Object.keys(problems).length) return;
    setSaving(true);
    const saved = await correct({
      statedDefect: form.statedDefect,
      appearance: form.appearance,
      accessories: form.accessories.split(',').map((a) => a.trim()).filter(Boolean),
      completeness: form.completeness,
      demand: form.demand,
      estimate: money.estimate,
      approvedMax: money.approvedMax,
      prepayment: money.prepayment,
      promisedDate: form.promisedDate,
      loanerDemanded: form.loanerDemanded,
      reason: form.reason,
    });
    setSaving(false);
    if (saved) onDone();
  }

  return (
    <form className="correction-form" onSubmit={onSubmit} noValidate aria-label={t('corrections.correct')}>
      <div className="grid">
        <Field label={t('order.statedDefect')} error={fields.statedDefect} wide>
          <textarea rows={2} value={form.statedDefect} onChange={(e) => set('statedDefect')(e.target.value)} />
        </Field>
        <Field label={t('order.appearance')} error={fields.appearance}>
          <input value={form.appearance} onChange={(e) => set('appearance')(e.target.value)} />
        </Field>
        <Field label={t('corrections.accessories')} error={fields.accessories}>
          <input value={form.accessories} onChange={(e) => set('accessories')(e.target.value)} />
        </Field>
        <Field label={t('intake.completeness')} error={fields.completeness}>
          <input value={form.completeness} onChange={(e) => set('completeness')(e.target.value)} />
        </Field>
        <Field label={t('order.demand')} error={fields.demand}>
          <select value={form.demand} onChange={(e) => set('demand')(e.target.value)}>
            {CustomerDemand.options.map((d) => (
              <option key={d} value={d}>
                {t(`demand.${d}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('order.estimate')} error={moneyErrors.estimate ?? fields.estimate}>
          <MoneyInput value={form.estimate} onChange={(e) => set('estimate')(e.target.value)} />
        </Field>
        <Field label={t('order.approvedMax')} error={moneyErrors.approvedMax ?? fields.approvedMax}>
          <MoneyInput value={form.approvedMax} onChange={(e) => set('approvedMax')(e.target.value)} />
        </Field>
        <Field label={t('order.prepayment')} error={moneyErrors.prepayment ?? fields.prepayment}>
          <MoneyInput value={form.prepayment} onChange={(e) => set('prepayment')(e.target.value)} />
        </Field>
        <Field label={t('order.promised')} error={fields.promisedDate}>
          <DateField value={form.promisedDate} onChange={set('promisedDate')} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={form.loanerDemanded} onChange={(e) => set('loanerDemanded')(e.target.checked)} />
          {t('corrections.loanerDemanded')}
        </label>
        <Field label={t('corrections.reason')} error={fields.reason}>
          <input value={form.reason} onChange={(e) => set('reason')(e.target.value)} />
        </Field>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {t('corrections.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
