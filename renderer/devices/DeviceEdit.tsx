import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imeiProblem } from '../../shared/devices/imei.js';
import type { Device } from '../../shared/devices/index.js';
import { ErrorBanner, Field } from '../app/Field.js';
import { useDeviceCorrection } from './store.js';

/**
 * Correct what identifies a unit after intake: type, brand, model, serial number and IMEI (its check digit is
 * checked as it is typed, and again by the backend, which also refuses another unit's serial or IMEI).
 */
export function DeviceEdit({ device, onDone }: { device: Device; onDone(saved?: Device): void }) {
  const { t } = useTranslation();
  const { correctIdentity, error, clearError } = useDeviceCorrection();
  const [form, setForm] = useState({
    category: device.category,
    brand: device.brand,
    model: device.model,
    serial: device.serial ?? '',
    imei: device.imei ?? '',
    reason: '',
  });
  const [saving, setSaving] = useState(false);
  const fields = error?.fields ?? {};
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const imeiHint = form.imei.length >= 15 ? (imeiProblem(form.imei) ?? undefined) : undefined;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const saved = await correctIdentity({ id: device.id, ...form });
    setSaving(false);
    if (saved) onDone(saved);
  }

  return (
    <form className="correction-form" onSubmit={onSubmit} noValidate aria-label={t('corrections.correct')}>
      <div className="grid">
        <Field label={t('device.serial')} error={fields.serial}>
          <input dir="ltr" className="mono" value={form.serial} onChange={(e) => set('serial')(e.target.value)} />
        </Field>
        <Field label={t('device.imei')} error={fields.imei ?? imeiHint}>
          <input dir="ltr" className="mono" inputMode="numeric" value={form.imei} onChange={(e) => set('imei')(e.target.value)} />
        </Field>
        <Field label={t('intake.category')} error={fields.category}>
          <input value={form.category} onChange={(e) => set('category')(e.target.value)} />
        </Field>
        <Field label={t('intake.brand')} error={fields.brand}>
          <input value={form.brand} onChange={(e) => set('brand')(e.target.value)} />
        </Field>
        <Field label={t('intake.model')} error={fields.model}>
          <input value={form.model} onChange={(e) => set('model')(e.target.value)} />
        </Field>
        <Field label={t('corrections.reason')} error={fields.reason}>
          <input value={form.reason} onChange={(e) => set('reason')(e.target.value)} />
        </Field>
      </div>
      <ErrorBanner error={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {t('corrections.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            clearError();
            onDone();
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
