import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../shared/customers/index.js';
import { ErrorBanner, Field } from '../app/Field.js';
import { useCustomers } from './store.js';
import { usePhoneFormat } from './Phone.js';

/**
 * Correct a customer's facts after intake: name, phones (one a line, any spelling: they are kept in E.164), e-mail,
 * address and kind, with an optional reason. Only what changed is sent; the backend records each field changed.
 */
export function CustomerEdit({ customer, onDone }: { customer: Customer; onDone(saved?: Customer): void }) {
  const { t } = useTranslation();
  const phone = usePhoneFormat();
  const { correct, error, clearError } = useCustomers();
  const [form, setForm] = useState({
    name: customer.name,
    phones: customer.phones.map(phone).join('\n'),
    email: customer.email ?? '',
    address: customer.address ?? '',
    kind: customer.kind,
    reason: '',
  });
  const [saving, setSaving] = useState(false);
  const fields = error?.fields ?? {};
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const phones = form.phones.split('\n').map((p) => p.trim()).filter(Boolean);
    const saved = await correct({
      id: customer.id,
      name: form.name,
      phones,
      email: form.email,
      address: form.address,
      kind: form.kind,
      reason: form.reason,
    });
    setSaving(false);
    if (saved) onDone(saved);
  }

  return (
    <form className="correction-form" onSubmit={onSubmit} noValidate aria-label={t('corrections.correct')}>
      <div className="grid">
        <Field label={t('intake.name')} error={fields.name}>
          <input value={form.name} onChange={(e) => set('name')(e.target.value)} />
        </Field>
        <Field label={t('corrections.phones')} error={fields.phones ?? Object.entries(fields).find(([k]) => k.startsWith('phones.'))?.[1]}>
          <textarea dir="ltr" rows={2} value={form.phones} onChange={(e) => set('phones')(e.target.value)} />
        </Field>
        <Field label={t('common.email')} error={fields.email}>
          <input type="email" dir="ltr" value={form.email} onChange={(e) => set('email')(e.target.value)} />
        </Field>
        <Field label={t('intake.address')} error={fields.address}>
          <input value={form.address} onChange={(e) => set('address')(e.target.value)} />
        </Field>
        <Field label={t('intake.kind')} error={fields.kind}>
          <select value={form.kind} onChange={(e) => set('kind')(e.target.value)}>
            <option value="person">{t('intake.person')}</option>
            <option value="company">{t('intake.company')}</option>
          </select>
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
