import { cloneElement, type ReactElement, type ReactNode, type RefObject, useEffect, useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type ApiError, isFieldReason } from '../../shared/platform/result.js';

/**
 * A labelled control with the backend's error for this field, in the user's language, right under it; the error
 * is tied to the control (aria-describedby, aria-invalid) so screen readers announce it. A field with
 * `suggestions` (useSuggestions' list) shows them right under the control, over what follows.
 */
export function Field(props: { label: string; error?: string; children: ReactElement<Record<string, unknown>>; wide?: boolean; double?: boolean; suggestions?: ReactNode }) {
  const id = useId();
  // An error goes as soon as its field changes; it comes back only with the next attempt (a submit, a button).
  const [dismissed, setDismissed] = useState<{ error: string; attempt: number }>();
  useEffect(() => setDismissed(undefined), [props.error]);
  const error = props.error && !(dismissed?.error === props.error && dismissed.attempt === attempts) ? props.error : undefined;
  const onChange = props.children.props.onChange as ((...args: unknown[]) => unknown) | undefined;
  const control = cloneElement(props.children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: onChange
      ? (...args: unknown[]) => {
          if (props.error) setDismissed({ error: props.error, attempt: attempts });
          return onChange(...args);
        }
      : undefined,
  });
  return (
    <div className={props.wide ? 'field wide' : props.double ? 'field double' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      {props.suggestions === undefined ? (
        control
      ) : (
        <div className="suggest">
          {control}
          {props.suggestions}
        </div>
      )}
      <FieldError code={error} id={`${id}-error`} />
    </div>
  );
}

/**
 * Attempts to send a form: every submit and every button press counts one. An error its field's change dismissed
 * shows again when the next attempt brings the same reason back.
 */
let attempts = 0;
if (typeof document !== 'undefined') {
  const count = (event: Event) => {
    if (event.type === 'submit' || (event.target instanceof Element && event.target.closest('button'))) attempts++;
  };
  document.addEventListener('submit', count, true);
  document.addEventListener('click', count, true);
}

/**
 * After a refused submit, the focus goes to the first field in error (in the order the form shows them), so the
 * clerk can correct it at once; every other error of the submit is shown as well.
 */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, form]);
}

/** The message of a field reason in the user's language; a reason this version does not know asks to check the field. */
export function reasonText(t: TFunction, reason: string): string {
  return isFieldReason(reason) ? t(`errors.reasons.${reason}`) : t('errors.generic');
}

export function FieldError({ code, id }: { code?: string; id?: string }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <span className="field-error" role="alert" id={id}>
      {reasonText(t, code)}
    </span>
  );
}

/**
 * The message of a failed request in the user's language, unless every problem is already shown next to its field.
 * The backend's own message is English, for logs: it is never shown.
 */
export function ErrorBanner({ error }: { error?: ApiError }) {
  const { t } = useTranslation();
  if (!error) return null;
  // A refusal that names its reason (e.g. "open_loan") says that reason; otherwise the kind of error.
  const reasons = error.code === 'validation' ? [] : [...new Set(Object.values(error.fields ?? {}))];
  const text = reasons.length ? reasons.map((reason) => reasonText(t, reason)).join(' ') : t(`errors.codes.${error.code}`);
  return (
    <div className="banner error" role="alert">
      {text}
    </div>
  );
}

/** Field errors of a request under a path prefix, e.g. fieldsUnder(error, 'customer') → { name, phones.0 }. */
export function fieldsUnder(error: ApiError | undefined, prefix = ''): Record<string, string> {
  const fields = error?.fields ?? {};
  if (!prefix) return fields;
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([path]) => path.startsWith(`${prefix}.`))
      .map(([path, code]) => [path.slice(prefix.length + 1), code]),
  );
}

/** "Saved." (or the words given) beside the button that saved, in the section it concerns: not at the top of the page, out of view. */
export function Saved({ show, text }: { show: boolean; text?: string }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <span className="banner ok saved" role="status">
      {text ?? t('order.saved')}
    </span>
  );
}
