import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../shared/platform/money.js';
import type { RepairOrder } from '../../shared/orders/schemas.js';
import { Field } from '../app/Field.js';
import { CorrectionForm, useFormValues } from '../app/CorrectionForm.js';
import { MoneyInput } from '../app/MoneyInput.js';
import { useOrder } from './orderStore.js';
import { IntakeDetailsFields, type IntakeDetailsValues } from './IntakeDetails.js';

const MONEY_FIELDS = ['estimate', 'approvedMax', 'prepayment'] as const;
const asText = (minor: number | undefined) => (minor === undefined ? '' : (minor / 100).toFixed(2));

/** Correct an order's intake facts as they were taken in: the backend records each field that changed. */
export function IntakeEdit({ order, onDone }: { order: RepairOrder; onDone(): void }) {
  const { t } = useTranslation();
  const { correct, error } = useOrder();
  const { intake } = order;
  const { values: form, set, update } = useFormValues<IntakeDetailsValues & { approvedMax: string; reason: string }>(() => ({
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
  }));
  const [moneyErrors, setMoneyErrors] = useState<Record<string, string>>({});
  const fields = error?.fields ?? {};

  async function save() {
    const money: Record<string, number | null> = {};
    const problems: Record<string, string> = {};
    for (const key of MONEY_FIELDS) {
      const value = form[key].trim() ? parseMoney(form[key]) : null;
      if (form[key].trim() && value === null) problems[key] = 'invalid_amount';
      money[key] = value;
    }
    setMoneyErrors(problems);
    if (Object.keys(problems).length) return;
    const saved = await correct({
      ...form,
      accessories: form.accessories.split(',').map((a) => a.trim()).filter(Boolean),
      estimate: money.estimate,
      approvedMax: money.approvedMax,
      prepayment: money.prepayment,
    });
    if (saved) onDone();
  }

  return (
    <CorrectionForm reason={form.reason} onReason={set('reason')} error={error} banner={false} onSave={save} onCancel={onDone}>
      <IntakeDetailsFields
        values={form}
        onChange={update}
        errors={{ ...fields, ...moneyErrors }}
        appearanceLabel={t('order.appearance')}
        afterEstimate={
          <Field label={t('order.approvedMax')} error={moneyErrors.approvedMax ?? fields.approvedMax}>
            <MoneyInput value={form.approvedMax} onChange={(e) => set('approvedMax')(e.target.value)} />
          </Field>
        }
      />
    </CorrectionForm>
  );
}
