import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerDemand } from '../../shared/orders/schemas.js';
import { Field } from '../app/Field.js';
import { TextField } from '../app/CorrectionForm.js';
import { DateField } from '../app/DateField.js';
import { MoneyInput } from '../app/MoneyInput.js';

/** An order's intake facts as a form holds them: amounts as typed, accessories comma-separated. */
export interface IntakeDetailsValues {
  statedDefect: string;
  appearance: string;
  accessories: string;
  completeness: string;
  demand: (typeof CustomerDemand.options)[number];
  estimate: string;
  prepayment: string;
  promisedDate: string;
  loanerDemanded: boolean;
}

/**
 * The fields of an order's intake facts, as the intake takes them and a correction changes them: the stated defect,
 * appearance, accessories, completeness, demand, the estimate, prepayment, promised date and the loaner demand.
 * Where the two forms differ they say: the appearance's label, the warranty basis after the demand (intake), the
 * approved maximum after the estimate (correction), how the prepayment was paid after it (intake).
 */
export function IntakeDetailsFields(props: {
  values: IntakeDetailsValues;
  onChange<K extends keyof IntakeDetailsValues>(key: K, value: IntakeDetailsValues[K]): void;
  errors: Partial<Record<keyof IntakeDetailsValues, string>>;
  appearanceLabel: string;
  afterDemand?: ReactNode;
  afterEstimate?: ReactNode;
  afterPrepayment?: ReactNode;
}) {
  const { t } = useTranslation();
  const { values, onChange, errors } = props;
  const text = (key: 'appearance' | 'accessories' | 'completeness') => (value: string) => onChange(key, value);
  return (
    <>
      <Field label={t('order.statedDefect')} error={errors.statedDefect} wide>
        <textarea name="statedDefect" value={values.statedDefect} onChange={(e) => onChange('statedDefect', e.target.value)} rows={2} />
      </Field>
      <TextField label={props.appearanceLabel} error={errors.appearance} value={values.appearance} onChange={text('appearance')} />
      <TextField label={t('device.accessoriesList')} error={errors.accessories} value={values.accessories} onChange={text('accessories')} />
      <TextField label={t('intake.completeness')} error={errors.completeness} value={values.completeness} onChange={text('completeness')} />
      <Field label={t('order.demand')} error={errors.demand}>
        <select value={values.demand} onChange={(e) => onChange('demand', e.target.value as IntakeDetailsValues['demand'])}>
          {CustomerDemand.options.map((d) => (
            <option key={d} value={d}>
              {t(`demand.${d}`)}
            </option>
          ))}
        </select>
      </Field>
      {props.afterDemand}
      <Field label={t('order.estimate')} error={errors.estimate}>
        <MoneyInput value={values.estimate} onChange={(e) => onChange('estimate', e.target.value)} />
      </Field>
      {props.afterEstimate}
      <Field label={t('order.prepayment')} error={errors.prepayment}>
        <MoneyInput value={values.prepayment} onChange={(e) => onChange('prepayment', e.target.value)} />
      </Field>
      {props.afterPrepayment}
      <Field label={t('order.promised')} error={errors.promisedDate}>
        <DateField value={values.promisedDate} onChange={(value) => onChange('promisedDate', value)} />
      </Field>
      <label className="check">
        <input type="checkbox" checked={values.loanerDemanded} onChange={(e) => onChange('loanerDemanded', e.target.checked)} />
        {t('loans.demand')}
      </label>
    </>
  );
}
