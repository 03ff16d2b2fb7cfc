import { useTranslation } from 'react-i18next';
import type { Customer } from '../../shared/customers/index.js';
import { Field } from '../app/Field.js';
import { CorrectionForm, TextField, useFormValues } from '../app/CorrectionForm.js';
import { useCustomers } from './store.js';
import { usePhoneFormat } from './Phone.js';
import { LanguageOptions } from '../app/LanguageOptions.js';
import type { Language } from '../../shared/platform/common.js';

/**
 * Correct a customer's facts after intake: name, phones (one a line, any spelling: they are kept in E.164), e-mail,
 * address and kind, with an optional reason. Only what changed is sent; the backend records each field changed.
 */
export function CustomerEdit({ customer, onDone }: { customer: Customer; onDone(saved?: Customer): void }) {
  const { t } = useTranslation();
  const phone = usePhoneFormat();
  const { correct, error, clearError } = useCustomers();
  const { values: form, set } = useFormValues(() => ({
    name: customer.name,
    phones: customer.phones.map(phone).join('\n'),
    email: customer.email ?? '',
    address: customer.address ?? '',
    kind: customer.kind,
    notifyConsent: customer.notifyConsent === undefined ? '' : customer.notifyConsent ? 'yes' : 'no',
    notifyChannel: customer.notifyChannel ?? '',
    notifyLanguage: customer.notifyLanguage ?? '',
    reason: '',
  }));
  const fields = error?.fields ?? {};

  async function save() {
    const phones = form.phones.split('\n').map((p) => p.trim()).filter(Boolean);
    const { notifyConsent, notifyChannel, notifyLanguage, ...facts } = form;
    // What messages the customer wants: left as it was when not chosen.
    const notify = {
      notifyConsent: notifyConsent === '' ? undefined : notifyConsent === 'yes',
      notifyChannel: notifyChannel === '' ? undefined : (notifyChannel as 'email' | 'sms'),
      notifyLanguage: notifyLanguage === '' ? undefined : (notifyLanguage as Language),
    };
    const saved = await correct({ id: customer.id, ...facts, ...notify, phones });
    if (saved) onDone(saved);
  }
  function cancel() {
    clearError();
    onDone();
  }

  return (
    <CorrectionForm reason={form.reason} onReason={set('reason')} error={error} onSave={save} onCancel={cancel}>
      <TextField label={t('intake.name')} error={fields.name} value={form.name} onChange={set('name')} />
      <Field label={t('corrections.phones')} error={fields.phones ?? Object.entries(fields).find(([k]) => k.startsWith('phones.'))?.[1]}>
        <textarea dir="ltr" rows={2} value={form.phones} onChange={(e) => set('phones')(e.target.value)} />
      </Field>
      <TextField label={t('common.email')} error={fields.email} type="email" dir="ltr" value={form.email} onChange={set('email')} />
      <TextField label={t('intake.address')} error={fields.address} value={form.address} onChange={set('address')} />
      <Field label={t('intake.kind')} error={fields.kind}>
        <select value={form.kind} onChange={(e) => set('kind')(e.target.value as Customer['kind'])}>
          <option value="person">{t('intake.person')}</option>
          <option value="company">{t('intake.company')}</option>
        </select>
      </Field>
      <Field label={t('notifications.consent')} error={fields.notifyConsent}>
        <select value={form.notifyConsent} onChange={(e) => set('notifyConsent')(e.target.value)}>
          <option value="">{t('common.none')}</option>
          <option value="yes">{t('notifications.consentYes')}</option>
          <option value="no">{t('notifications.consentNo')}</option>
        </select>
      </Field>
      <Field label={t('notifications.preferred')} error={fields.notifyChannel}>
        <select value={form.notifyChannel} onChange={(e) => set('notifyChannel')(e.target.value)}>
          <option value="">{t('common.none')}</option>
          <option value="email">{t('notifications.channel.email')}</option>
          <option value="sms">{t('notifications.channel.sms')}</option>
        </select>
      </Field>
      <Field label={t('notifications.language')} error={fields.notifyLanguage}>
        <select value={form.notifyLanguage} onChange={(e) => set('notifyLanguage')(e.target.value)}>
          <option value="">{t('common.none')}</option>
          <LanguageOptions />
        </select>
      </Field>
    </CorrectionForm>
  );
}
