import { type FormEvent, type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { FieldError } from './Field.js';

/**
 * A question before something that cannot be undone (cancelling an order, deactivating a member, restoring a
 * backup), or before leaving unsaved input. Keyboard first: the first control has the focus, Tab stays inside,
 * Escape is "go back"; focus returns where it was. With `reason`, the confirmation needs a reason typed, which the
 * caller records (the status change's note, the audit entry).
 */
export function ConfirmDialog(props: {
  title: string;
  text?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Ask for a reason: confirm is refused (required) until one is typed. */
  reason?: boolean;
  danger?: boolean;
  /** A refusal to show under the reason (e.g. the backend's), in the user's language. */
  reasonError?: string;
  onConfirm(reason: string): void | Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>('textarea, button')?.focus();
    return () => before?.focus?.();
  }, []);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    // The dialog's own submit: never the form of the screen behind it (React events bubble through portals).
    event.stopPropagation();
    if (props.reason && !reason.trim()) {
      setMissing(true);
      box.current?.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    setBusy(true);
    try {
      await props.onConfirm(reason.trim());
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    // The focus is trapped: Tab from the last control goes to the first, Shift+Tab from the first to the last.
    const focusable = [...box.current.querySelectorAll<HTMLElement>('textarea, button, input, select')].filter((el) => !el.hasAttribute('disabled'));
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const error = missing && !reason.trim() ? 'required' : props.reasonError;
  return createPortal(
    <div className="dialog-backdrop" onKeyDown={onKeyDown}>
      <div ref={box} className="dialog card" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={props.text ? `${id}-text` : undefined}>
        <form onSubmit={confirm} noValidate>
          <h2 id={`${id}-title`}>{props.title}</h2>
          {props.text && <p id={`${id}-text`}>{props.text}</p>}
          {props.reason && (
            <div className="field wide">
              <label className="field-label" htmlFor={`${id}-reason`}>
                {t('confirm.reason')}
              </label>
              <textarea
                id={`${id}-reason`}
                rows={3}
                value={reason}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-reason-error` : undefined}
                onChange={(e) => {
                  setReason(e.target.value);
                  setMissing(false);
                }}
              />
              <FieldError code={error} id={`${id}-reason-error`} />
            </div>
          )}
          <div className="row dialog-buttons">
            <button type="submit" className={props.danger ? 'primary danger' : 'primary'} disabled={busy}>
              {props.confirmLabel}
            </button>
            <button type="button" onClick={props.onCancel}>
              {props.cancelLabel ?? t('confirm.keep')}
            </button>
          </div>
        </form>
      </div>
    </div>,
    document.body,
  );
}
