import { type FocusEvent, type InputHTMLAttributes, type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../shared/platform/common.js';
import { type DatePattern, formatIsoDate, isIsoDate, patternLayout, readTypedDate } from '../../shared/platform/dates.js';
import { FieldError } from './Field.js';
import { useDatePattern } from './i18n/index.js';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  /** yyyy-mm-dd, '' for no date, or the text typed so far when it is not a date (yet). */
  value: string;
  onChange(value: string): void;
};

/**
 * A date typed as the reader writes it (dd.mm.yyyy in Russian and Hebrew, the workshop's choice in English) in one
 * plain text box: one Tab stop, digits with any separator, reformatted when the clerk leaves it.
 *
 * The value is the ISO date the backend takes. While the text is not a date the value is that text itself, so a
 * form sent then is refused at this field by the channel's schema (invalid_date) rather than sending the date the
 * field held before or none; the field says so itself when the clerk leaves it or types an impossible day.
 */
export function DateField({ value, onChange, onBlur, onKeyDown, className, id, ...input }: Props) {
  const { t, i18n } = useTranslation();
  const language = Language.catch('en').parse(i18n.resolvedLanguage);
  const pattern = useDatePattern(language);
  const ownId = useId();
  const fieldId = id ?? ownId;
  const [text, setText] = useState(() => shownText(value, pattern));
  // What the text was made from: a new value from outside (a reset, another order) or a new pattern redraws it.
  const [source, setSource] = useState({ value, pattern });
  const [left, setLeft] = useState(false);
  if (source.value !== value || source.pattern !== pattern) {
    setSource({ value, pattern });
    setText(shownText(value, pattern));
    setLeft(false);
  }

  function send(next: string) {
    if (next === value) return;
    setSource({ value: next, pattern });
    onChange(next);
  }

  function type(typed: string) {
    setText(typed);
    setLeft(false);
    const read = readTypedDate(typed, pattern, false);
    send(read.kind === 'date' ? read.iso : read.kind === 'empty' ? '' : typed);
  }

  /** Leaving the field (or Enter) settles the text: a date is written in the pattern, anything else stays to correct. */
  function settle() {
    const read = readTypedDate(text, pattern, true);
    setLeft(true);
    if (read.kind === 'date') {
      setText(formatIsoDate(read.iso, pattern));
      send(read.iso);
    } else if (read.kind === 'empty') {
      setText('');
    }
  }

  const read = readTypedDate(text, pattern, left);
  // The form's own error for this field (from its schema or the backend) is shown by Field; this one only says
  // what the field itself found, so one message shows, not two.
  const ownError = read.kind === 'invalid' && !input['aria-invalid'] ? 'invalid_date' : undefined;
  const errorId = `${fieldId}-date-error`;
  return (
    <>
      <input
        {...input}
        id={fieldId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        className={['date-field', 'align-start', className].filter(Boolean).join(' ')}
        placeholder={placeholder(pattern, (part) => t(`dateParts.${part}`))}
        value={text}
        aria-invalid={ownError ? true : input['aria-invalid']}
        aria-describedby={ownError ? errorId : input['aria-describedby']}
        onChange={(event) => type(event.target.value)}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          settle();
          onBlur?.(event);
        }}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          // Enter sends the form: the date is settled first (React applies it before the keypress that submits).
          if (event.key === 'Enter') settle();
          onKeyDown?.(event);
        }}
      />
      <FieldError code={ownError} id={errorId} />
    </>
  );
}

function shownText(value: string, pattern: DatePattern): string {
  return isIsoDate(value) ? formatIsoDate(value, pattern) : value;
}

/**
 * The pattern in the reader's letters: дд.мм.гггг, dd/mm/yyyy, יי.חח.שששש. A left-to-right mark after each part
 * keeps Hebrew letters in the date's own order (day on the left, as the digits will be).
 */
function placeholder(pattern: DatePattern, letters: (part: 'd' | 'm' | 'y') => string): string {
  const { order, separator } = patternLayout(pattern);
  return order.map((part) => `${letters(part)}\u200e`).join(separator);
}
