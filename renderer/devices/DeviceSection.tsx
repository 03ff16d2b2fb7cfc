import { useTranslation } from 'react-i18next';
import { imeiProblem } from '../../shared/devices/imei.js';
import type { Device } from '../../shared/devices/schemas.js';
import { useIntake } from '../orders/index.js';
import { Field } from '../app/Field.js';
import { useSuggestions } from '../app/Suggestions.js';
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

/** A unit offered for intake: found by its code (with its owner), or one of the picked customer's own. */
interface Offer {
  device: Device;
  owner?: string;
}

/** The picked customer's units whose code or model holds what is typed, then the units found by that code. */
function offers(typed: string, units: readonly Device[], found: ReadonlyArray<{ device: Device; owner: { name: string } }>): Offer[] {
  const text = typed.trim().toLowerCase();
  const own = units.filter((u) => !text || [u.serial, u.imei, u.model].some((v) => v?.toLowerCase().includes(text)));
  const others = text ? found.filter((m) => !own.some((u) => u.id === m.device.id)) : [];
  return [...own.map((device) => ({ device })), ...others.map((m) => ({ device: m.device, owner: m.owner.name }))];
}

/** Find the device by serial or IMEI as it is typed (or scanned), or among the customer's units, or fill in a new one. */
export function DeviceSection(props: {
  value: Device | NewDevice;
  onChange(value: Device | NewDevice): void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { deviceMatches, findDevices, customerUnits } = useIntake();
  const { value, errors } = props;
  const typed = 'id' in value ? { serial: '', imei: '' } : value;
  const suggestions = (items: Offer[]) => ({
    items,
    itemKey: (o: Offer) => o.device.id,
    label: t('intake.found', { count: items.length }),
    renderItem: ({ device, owner }: Offer) => (
      <>
        {device.brand} {device.model} · <span className="mono">{device.imei ?? device.serial}</span>
        {owner && (
          <>
            {' '}
            · <bdi>{owner}</bdi>
          </>
        )}
      </>
    ),
    onPick: ({ device }: Offer) => {
      props.onChange(device);
      // A unit of the customer's list is looked up by its code as well: whether it is in for repair already.
      if (!deviceMatches.some((m) => m.device.id === device.id)) void findDevices(device.imei ?? device.serial ?? '');
    },
  });
  const bySerial = useSuggestions(suggestions(offers(typed.serial, customerUnits, deviceMatches)));
  const byImei = useSuggestions(suggestions(offers(typed.imei, customerUnits, deviceMatches)));

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
        <Field label={t('device.serial')} error={errors.serial} suggestions={bySerial.list}>
          <input dir="ltr" className="mono" name="serial" {...bySerial.input} value={value.serial} onChange={(e) => update({ serial: e.target.value })} />
        </Field>
        <Field label={t('device.imei')} error={errors.imei ?? imeiHint} suggestions={byImei.list}>
          <input dir="ltr" className="mono" inputMode="numeric" name="imei" {...byImei.input} value={value.imei} onChange={(e) => update({ imei: e.target.value })} />
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
    </fieldset>
  );
}
