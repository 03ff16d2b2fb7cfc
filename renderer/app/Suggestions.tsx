import { type FocusEvent, type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';

export interface SuggestionsOptions<T> {
  /** What to offer now: the caller's search results for what is typed. */
  items: readonly T[];
  itemKey(item: T): string;
  /** The list's name, as a screen reader says it ("2 found"). */
  label: string;
  renderItem(item: T): ReactNode;
  onPick(item: T): void;
  /** Attributes of an option beyond its role (e.g. `data-pick`). */
  optionProps?(item: T): Record<string, string>;
  /** Said in place of the list when a search found nothing (left out: nothing is said). */
  empty?: ReactNode;
}

/** What the text field needs to be the list's combobox (spread onto the input). */
export interface ComboboxProps {
  role: 'combobox';
  'aria-autocomplete': 'list';
  'aria-expanded': boolean;
  'aria-controls': string;
  'aria-activedescendant'?: string;
  autoComplete: 'off';
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
  onBlur(event: FocusEvent<HTMLElement>): void;
  onInput(): void;
}

/**
 * Suggestions for a text field as it is typed (customers by phone or name, units by serial or IMEI, parts), in a
 * list right under the field, shown while the field has the focus. Keyboard first: ArrowDown and ArrowUp move the
 * highlight, Enter picks (the only suggestion, when none is highlighted), Escape closes the list, typing opens it
 * again. The field stays focused throughout: the highlight is `aria-activedescendant` (the WAI-ARIA combobox
 * pattern), so a screen reader reads each suggestion as the highlight reaches it. Enter in the field never sends
 * its form: it is the key that picks.
 *
 * The caller spreads `input` onto its text field and places `list` right after it, inside `<Field suggestions>`
 * or an element of class `suggest`, which positions the list under the field.
 */
export function useSuggestions<T>(options: SuggestionsOptions<T>): { input: ComboboxProps; list: ReactNode; expanded: boolean } {
  const { items, itemKey } = options;
  const listId = useId();
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  const keys = items.map(itemKey).join('\n');
  // New suggestions: nothing highlighted, so that Enter never picks what the clerk has not seen highlighted.
  useEffect(() => setActive(-1), [keys]);
  const optionId = (index: number) => `${listId}-${index}`;
  const expanded = focused && !dismissed && items.length > 0;
  const saysEmpty = focused && !dismissed && items.length === 0 && options.empty !== undefined;
  const highlighted = expanded && active >= 0 && active < items.length ? active : -1;

  useEffect(() => {
    if (highlighted >= 0) document.getElementById(`${listId}-${highlighted}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [highlighted, listId]);

  function pick(item: T) {
    setDismissed(true);
    setActive(-1);
    options.onPick(item);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.nativeEvent.isComposing) return;
    const count = items.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!expanded) {
          setDismissed(false);
          setActive(step === 1 ? 0 : count - 1);
          return;
        }
        setActive(highlighted < 0 ? (step === 1 ? 0 : count - 1) : (highlighted + step + count) % count);
        return;
      }
      case 'Enter': {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        event.preventDefault();
        if (!expanded) return;
        const chosen = highlighted >= 0 ? items[highlighted] : count === 1 ? items[0] : undefined;
        if (chosen !== undefined) pick(chosen);
        return;
      }
      case 'Escape':
        if (!expanded && !saysEmpty) return;
        // The list closes, and only the list: a dialog around the field stays open.
        event.preventDefault();
        event.stopPropagation();
        setDismissed(true);
        return;
      case 'Tab':
        setDismissed(true);
        return;
    }
  }

  const input: ComboboxProps = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': highlighted >= 0 ? optionId(highlighted) : undefined,
    autoComplete: 'off',
    onKeyDown,
    onFocus: () => {
      setFocused(true);
      setDismissed(false);
    },
    onBlur: () => setFocused(false),
    onInput: () => setDismissed(false),
  };

  const list = expanded ? (
    <ul className="suggestions" role="listbox" id={listId} aria-label={options.label}>
      {items.map((item, index) => (
        <li
          key={itemKey(item)}
          id={optionId(index)}
          role="option"
          aria-selected={index === highlighted}
          {...options.optionProps?.(item)}
          // The field keeps the focus while an option is clicked, as while it is picked with the keyboard.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => pick(item)}
        >
          {options.renderItem(item)}
        </li>
      ))}
    </ul>
  ) : saysEmpty ? (
    <div className="suggestions muted" id={listId} role="status">
      {options.empty}
    </div>
  ) : null;

  return { input, list, expanded };
}
