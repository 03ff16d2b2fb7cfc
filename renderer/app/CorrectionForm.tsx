import { type FormEvent, type InputHTMLAttributes, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import { ErrorBanner, Field } from './Field.js';

/** A form's values, and a setter per field: `set('name')(value)` or `update('name', value)`. */
export function useFormValues<T extends object>(initial: () => T) {
  const [values, setValues] = useState(initial);
  const update = <K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value }));
  const set =
    <K extends keyof T>(key: K) =>
    (value: T[K]) =>
      update(key, value);
  return { values, set, update };
}

/** A labelled text box that gives its text (other attributes go to the input). */
export function TextField({
  label,
  error,
  value,
  onChange,
  wide,
  ...input
}: { label: string; error?: string; value: string; onChange(value: string): void; wide?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <Field label={label} error={error} wide={wide}>
      <input {...input} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/**
 * A correction of facts after intake (a customer, a unit, an order's intake): its fields, then the reason (optional,
 * recorded with each change) with its error, the refusal above the buttons (unless the screen shows it elsewhere:
 * `banner={false}`), and save and cancel. The save button waits while `onSave` runs.
 */
export function CorrectionForm(props: {
  children: ReactNode;
  reason: string;
  onReason(value: string): void;
  error?: ApiError;
  banner?: boolean;
  onSave(): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await props.onSave();
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="correction-form" onSubmit={onSubmit} noValidate aria-label={t('corrections.correct')}>
      <div className="grid">
        {props.children}
        <TextField label={t('corrections.reason')} error={props.error?.fields?.reason} value={props.reason} onChange={props.onReason} />
      </div>
      {props.banner !== false && <ErrorBanner error={props.error} />}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {t('corrections.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
