import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, chordLabel, shortcutOf, useKeyboardHelp } from './shortcuts.js';

/** A key or chord as its caps read, left to right inside any text direction. */
function Keys({ label }: { label: string }) {
  return (
    <kbd dir="ltr">
      {label}
    </kbd>
  );
}

/**
 * The keyboard help (F1, or ? outside a text field): every shortcut of the table and the keys of the suggestion
 * lists. A dialog: the focus is on its button, Escape, F1 or ? close it, and the focus returns where it was.
 */
export function KeyboardHelp() {
  const { t } = useTranslation();
  const { open, close } = useKeyboardHelp();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    button.current?.focus();
    return () => before?.focus?.();
  }, [open]);

  if (!open) return null;

  function onKeyDown(event: KeyboardEvent) {
    // The only control is the button: Tab stays on it.
    if (event.key === 'Tab') event.preventDefault();
    if (event.key === 'Escape' || shortcutOf(event)?.action === 'help') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  const lists: Array<[string[], string]> = [
    [[t('keyboard.keys.down'), t('keyboard.keys.up')], t('keyboard.move')],
    [[t('keyboard.keys.enter')], t('keyboard.pick')],
    [[t('keyboard.keys.esc')], t('keyboard.close')],
  ];
  return createPortal(
    <div className="dialog-backdrop" onKeyDown={onKeyDown} onClick={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog card keyboard-help" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('keyboard.title')}</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action} data-shortcut={shortcut.action}>
                <td className="keys">
                  {shortcut.chords.map((chord, i) => (
                    <span key={chord.code}>
                      {i > 0 && <span className="muted"> {t('keyboard.or')} </span>}
                      <Keys label={chordLabel(chord, t)} />
                    </span>
                  ))}
                </td>
                <td>{t(shortcut.text)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('keyboard.lists')}</h3>
        <table>
          <tbody>
            {lists.map(([keys, text]) => (
              <tr key={text}>
                <td className="keys">
                  {keys.map((key) => (
                    <Keys key={key} label={key} />
                  ))}
                </td>
                <td>{text}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('keyboard.next')}</p>
        <div className="row dialog-buttons">
          <button ref={button} type="button" className="primary" onClick={close}>
            {t('keyboard.done')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
