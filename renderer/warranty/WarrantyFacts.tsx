import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../shared/devices/index.js';
import { useWarranty } from './store.js';
import { Field, fieldsUnder } from '../app/Field.js';
import { RoleNote, useMay } from '../session/index.js';
import { DateField } from '../app/DateField.js';

const DATE_FIELDS = ['purchaseDate', 'installationDate', 'extendedUntil'] as const;

/** The warranty facts of a unit, correctable after intake (dates, months, extended warranty, service life). */
export function WarrantyFacts({ device }: { device: Device }) {
  const { t } = useTranslation();
  const { updateFacts, error } = useWarranty();
  // The dates and months decide the warranty: a manager corrects them (the backend refuses anyone else).
  const mayCorrect = useMay('devices.correct');
  const [facts, setFacts] = useState({
    purchaseDate: device.purchaseDate ?? '',
    installationDate: device.installationDate ?? '',
    extendedUntil: device.extendedUntil ?? '',
    warrantyMonths: device.warrantyMonths?.toString() ?? '',
    serviceLifeMonths: device.serviceLifeMonths?.toString() ?? '',
    extendedContract: device.extendedContract ?? '',
    knownFaults: device.knownFaults ?? '',
  });
  const errors = fieldsUnder(error);
  const number = (text: string) => (text.trim() === '' ? null : Number(text));

  async function save(event: FormEvent) {
    event.preventDefault();
    await updateFacts({
      id: device.id,
      purchaseDate: facts.purchaseDate,
      installationDate: facts.installationDate,
      extendedUntil: facts.extendedUntil,
      extendedContract: facts.extendedContract,
      knownFaults: facts.knownFaults,
      warrantyMonths: number(facts.warrantyMonths),
      serviceLifeMonths: number(facts.serviceLifeMonths),
    });
  }
  const set = (key: keyof typeof facts) => (e: { target: { value: string } }) => setFacts({ ...facts, [key]: e.target.value });
  const label = (key: string) => t(`warranty.${key === 'extendedUntil' ? 'extendedUntilField' : key}`);

  return (
    <form className="grid" onSubmit={save}>
      <RoleNote action="devices.correct" />
      <fieldset className="plain grid" disabled={!mayCorrect}>
        {DATE_FIELDS.map((key) => (
          <Field key={key} label={label(key)} error={errors[key]}>
            <DateField value={facts[key]} onChange={(date) => setFacts({ ...facts, [key]: date })} />
          </Field>
        ))}
        <Field label={label('warrantyMonths')} error={errors.warrantyMonths}>
          <input inputMode="numeric" value={facts.warrantyMonths} onChange={set('warrantyMonths')} />
        </Field>
        <Field label={label('serviceLifeMonths')} error={errors.serviceLifeMonths}>
          <input inputMode="numeric" value={facts.serviceLifeMonths} onChange={set('serviceLifeMonths')} />
        </Field>
        <Field label={label('extendedContract')} error={errors.extendedContract}>
          <input value={facts.extendedContract} onChange={set('extendedContract')} />
        </Field>
        <Field label={label('knownFaults')} error={errors.knownFaults} wide>
          <textarea rows={2} value={facts.knownFaults} onChange={set('knownFaults')} />
        </Field>
        <div>
          <button type="submit">{t('warranty.saveFacts')}</button>
        </div>
      </fieldset>
    </form>
  );
}
