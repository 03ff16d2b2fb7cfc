import { useTranslation } from 'react-i18next';
import { imeiProblem } from '../../shared/devices/imei.js';
import type { Device } from '../../shared/devices/schemas.js';
import { useIntake } from '../orders/index.js';
import { Field } from '../app/Field.js';
import { DateField } from '../app/DateField.js';

export interface NewDevice {
  category: string;
  brand: string;
  model: string;
  serial: string;
  imei: string;
  purchaseDate: string;
  warrantyMonths: string;
  seller: string;
}

export const EMPTY_DEVICE: NewDevice = { category: '', brand: '', model: '', serial: '', imei: '', purchaseDate: '', warrantyMonths: '', seller: '' };

/** Find the device by serial or IMEI as it is typed (or scanned), or fill in a new one. */
export function DeviceSection(props: {
  value: Device | NewDevice;
  onChange(value: Device | NewDevice): void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { deviceMatches, findDevices } = useIntake();
  const { value, errors } = props;

  if ('id' in value) {
    return (
      <fieldset>
        <legend>{t('intake.device')}</legend>
        <p className="picked">
          {t('intake.pickedDevice', { name: `${value.brand} ${value.model}` })} ·{' '}
          <span dir="ltr" className="mono">
            {value.imei ?? value.serial}
          </span>{' '}
          <button
            type="button"
            onClick={() => props.onChange(EMPTY_DEVICE)}
          >
            {t('intake.change')}
          </button>
        </p>
      </fieldset>
    );
  }
  const update = (patch: Partial<NewDevice>) => {
    props.onChange({ ...value, ...patch });
    const code = patch.serial ?? patch.imei;
    if (code !== undefined) void findDevices(code);
  };
  // Instant feedback while typing; the backend checks the same rule again.
  const imeiHint = value.imei.length >= 15 ? (imeiProblem(value.imei) ?? undefined) : undefined;
  return (
    <fieldset>
      <legend>{t('intake.device')}</legend>
      <div className="grid">
        <Field label={t('device.serial')} error={errors.serial}>
          <input dir="ltr" className="mono" value={value.serial} onChange={(e) => update({ serial: e.target.value })} />
        </Field>
        <Field label={t('device.imei')} error={errors.imei ?? imeiHint}>
          <input dir="ltr" className="mono" inputMode="numeric" value={value.imei} onChange={(e) => update({ imei: e.target.value })} />
        </Field>
        <Field label={t('intake.category')} error={errors.category}>
          <input value={value.category} onChange={(e) => update({ category: e.target.value })} />
        </Field>
        <Field label={t('intake.brand')} error={errors.brand}>
          <input value={value.brand} onChange={(e) => update({ brand: e.target.value })} />
        </Field>
        <Field label={t('intake.model')} error={errors.model}>
          <input value={value.model} onChange={(e) => update({ model: e.target.value })} />
        </Field>
        <Field label={t('device.purchaseDate')} error={errors.purchaseDate}>
          <DateField value={value.purchaseDate} onChange={(purchaseDate) => update({ purchaseDate })} />
        </Field>
        <Field label={t('warranty.warrantyMonths')} error={errors.warrantyMonths}>
          <input inputMode="numeric" value={value.warrantyMonths} onChange={(e) => update({ warrantyMonths: e.target.value })} />
        </Field>
        <Field label={t('device.seller')} error={errors.seller}>
          <input value={value.seller} onChange={(e) => update({ seller: e.target.value })} />
        </Field>
      </div>
      {deviceMatches.length > 0 && (
        <div className="matches" aria-label={t('intake.found', { count: deviceMatches.length })}>
          {deviceMatches.map(({ device, owner }) => (
            <button key={device.id} type="button" className="match" onClick={() => props.onChange(device)}>
              {device.brand} {device.model} · <span className="mono">{device.imei ?? device.serial}</span> · <bdi>{owner.name}</bdi>
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}
