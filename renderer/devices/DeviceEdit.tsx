import { useTranslation } from 'react-i18next';
import { imeiProblem } from '../../shared/devices/imei.js';
import type { Device } from '../../shared/devices/index.js';
import { CorrectionForm, TextField, useFormValues } from '../app/CorrectionForm.js';
import { useDeviceCorrection } from './store.js';

/**
 * Correct what identifies a unit after intake: type, brand, model, serial number and IMEI (its check digit is
 * checked as it is typed, and again by the backend, which also refuses another unit's serial or IMEI).
 */
export function DeviceEdit({ device, onDone }: { device: Device; onDone(saved?: Device): void }) {
  const { t } = useTranslation();
  const { correctIdentity, error, clearError } = useDeviceCorrection();
  const { values: form, set } = useFormValues(() => ({
    category: device.category,
    brand: device.brand,
    model: device.model,
    serial: device.serial ?? '',
    imei: device.imei ?? '',
    reason: '',
  }));
  const fields = error?.fields ?? {};
  const imeiHint = form.imei.length >= 15 ? (imeiProblem(form.imei) ?? undefined) : undefined;

  async function save() {
    const saved = await correctIdentity({ id: device.id, ...form });
    if (saved) onDone(saved);
  }
  function cancel() {
    clearError();
    onDone();
  }

  return (
    <CorrectionForm reason={form.reason} onReason={set('reason')} error={error} onSave={save} onCancel={cancel}>
      <TextField label={t('device.serial')} error={fields.serial} dir="ltr" className="mono" value={form.serial} onChange={set('serial')} />
      <TextField label={t('device.imei')} error={fields.imei ?? imeiHint} dir="ltr" className="mono" inputMode="numeric" value={form.imei} onChange={set('imei')} />
      <TextField label={t('intake.category')} error={fields.category} value={form.category} onChange={set('category')} />
      <TextField label={t('intake.brand')} error={fields.brand} value={form.brand} onChange={set('brand')} />
      <TextField label={t('intake.model')} error={fields.model} value={form.model} onChange={set('model')} />
    </CorrectionForm>
  );
}
