import { useTranslation } from 'react-i18next';
import type { Customer } from '../../shared/customers/schemas.js';
import { useIntake } from '../orders/index.js';
import { Field } from '../app/Field.js';
import { useSuggestions } from '../app/Suggestions.js';
import { Phones } from './Phone.js';
import { normalizePhone, workshopCountry } from '../../shared/customers/index.js';
import { useSession } from '../session/index.js';

export interface NewCustomer {
  kind: 'person' | 'company';
  name: string;
  phone: string;
  email: string;
  address: string;
}

/** Find the customer by phone or name as it is typed, or fill in a new one. */
export function CustomerSection(props: {
  value: Customer | NewCustomer;
  onChange(value: Customer | NewCustomer): void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { customerMatches, searchCustomers } = useIntake();
  const settings = useSession((s) => s.settings);
  const { value, errors } = props;
  // The same suggestions under the phone and under the name: the list shows under the field being typed.
  const suggestions = {
    items: customerMatches,
    itemKey: (c: Customer) => c.id,
    label: t('intake.found', { count: customerMatches.length }),
    renderItem: (c: Customer) => (
      <>
        <bdi>{c.name}</bdi> · <Phones phones={c.phones} />
      </>
    ),
    onPick: (c: Customer) => props.onChange(c),
  };
  const byPhone = useSuggestions(suggestions);
  const byName = useSuggestions(suggestions);

  if ('id' in value) {
    return (
      <fieldset>
        <legend>{t('intake.customer')}</legend>
        <p className="picked">
          {t('intake.pickedCustomer', { name: value.name })} · <Phones phones={value.phones} />{' '}
          <button type="button" onClick={() => props.onChange({ kind: 'person', name: '', phone: '', email: '', address: '' })}>
            {t('intake.change')}
          </button>
        </p>
      </fieldset>
    );
  }
  // A phone typed in any spelling that is a known customer's is announced before the order is made.
  const typed = value.phone.trim() ? normalizePhone(value.phone, settings ? workshopCountry(settings) : undefined) : '';
  const known = typed ? customerMatches.find((c) => c.phones.includes(typed)) : undefined;
  const update = (patch: Partial<NewCustomer>) => {
    const next = { ...value, ...patch };
    props.onChange(next);
    if (patch.phone !== undefined) void searchCustomers(patch.phone);
    if (patch.name !== undefined) void searchCustomers(patch.name);
  };
  return (
    <fieldset>
      <legend>{t('intake.customer')}</legend>
      <div className="grid">
        <Field label={t('intake.phone')} error={errors['phones.0'] ?? errors.phones} suggestions={byPhone.list}>
          <input type="tel" dir="ltr" name="phone" {...byPhone.input} value={value.phone} onChange={(e) => update({ phone: e.target.value })} autoFocus />
        </Field>
        <Field label={t('intake.name')} error={errors.name} suggestions={byName.list}>
          <input name="name" {...byName.input} value={value.name} onChange={(e) => update({ name: e.target.value })} />
        </Field>
        <Field label={t('common.email')} error={errors.email}>
          <input type="email" dir="ltr" value={value.email} onChange={(e) => update({ email: e.target.value })} />
        </Field>
        <Field label={t('intake.address')} error={errors.address}>
          <input value={value.address} onChange={(e) => update({ address: e.target.value })} />
        </Field>
        <Field label={t('intake.kind')} error={errors.kind} double>
          <select value={value.kind} onChange={(e) => update({ kind: e.target.value as NewCustomer['kind'] })}>
            <option value="person">{t('intake.person')}</option>
            <option value="company">{t('intake.company')}</option>
          </select>
        </Field>
      </div>
      {known && (
        <div className="banner ok known-phone" role="status">
          {t('customers.knownPhone', { name: known.name })}{' '}
          <button type="button" className="primary" onClick={() => props.onChange(known)}>
            {t('customers.useKnown', { name: known.name })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
