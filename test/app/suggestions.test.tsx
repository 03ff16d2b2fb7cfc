// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useSuggestions } from '../../renderer/app/Suggestions.js';

interface Unit {
  id: string;
  name: string;
}
const UNITS: Unit[] = [
  { id: 'u1', name: "De'Longhi Magnifica S · DL-ECAM-2201" },
  { id: 'u2', name: 'Bosch TWK 7203 · BK-7203-0042' },
  { id: 'u3', name: 'Samsung Galaxy A54 · 356938035643809' },
];

/** A unit field of a form, with the units whose name holds what is typed as its suggestions. */
function UnitField({ units = UNITS, onSubmit = () => undefined, onOuterKey = () => undefined }: { units?: Unit[]; onSubmit?: () => void; onOuterKey?: (key: string) => void }) {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Unit>();
  const items = units.filter((u) => u.name.toLowerCase().includes(text.toLowerCase()));
  const suggestions = useSuggestions({
    items,
    itemKey: (u) => u.id,
    label: `${items.length} found`,
    renderItem: (u) => u.name,
    onPick: (u) => {
      setPicked(u);
      setText('');
    },
    empty: 'Nothing found',
  });
  return (
    // A dialog's own Escape, to see that the list's Escape stops at the list.
    <div onKeyDown={(e) => onOuterKey(e.key)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <label htmlFor="unit">Unit</label>
        <div className="suggest">
          <input id="unit" {...suggestions.input} value={text} onChange={(e) => setText(e.target.value)} />
          {suggestions.list}
        </div>
        <input aria-label="Defect" />
      </form>
      <p aria-label="Picked">{picked?.name ?? ''}</p>
    </div>
  );
}

const field = () => screen.getByRole('combobox', { name: 'Unit' });
const picked = () => screen.getByLabelText('Picked').textContent;
const highlighted = () => {
  const id = field().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)!.textContent : undefined;
};

describe('suggestions under a field', () => {
  it('is a combobox whose list shows while the field has the focus, named, with options and no highlight at first', async () => {
    render(<UnitField />);
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.setup().click(field());
    const list = screen.getByRole('listbox', { name: '3 found' });
    expect(field().getAttribute('aria-expanded')).toBe('true');
    expect(field().getAttribute('aria-controls')).toBe(list.id);
    expect(field().getAttribute('aria-autocomplete')).toBe('list');
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false']);
    expect(field().hasAttribute('aria-activedescendant')).toBe(false);
    // The list sits in the same positioned box as the field, right under it.
    expect(list.parentElement).toBe(field().parentElement);
    fireEvent.blur(field());
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('moves the highlight with ArrowDown and ArrowUp (round the ends), and Enter picks the highlighted unit', async () => {
    render(<UnitField />);
    const user = userEvent.setup();
    await user.click(field());
    await user.keyboard('{ArrowDown}');
    expect(highlighted()).toBe(UNITS[0].name);
    expect(screen.getAllByRole('option')[0].getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(highlighted()).toBe(UNITS[2].name);
    await user.keyboard('{ArrowDown}');
    expect(highlighted()).toBe(UNITS[0].name);
    await user.keyboard('{ArrowUp}');
    expect(highlighted()).toBe(UNITS[2].name);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(picked()).toBe(UNITS[1].name);
    // Picked: the list closes, and the field keeps the focus.
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(field());
  });

  it('Enter picks the only suggestion; with several and none highlighted it picks nothing; it never sends the form', async () => {
    let sent = 0;
    render(<UnitField onSubmit={() => sent++} />);
    const user = userEvent.setup();
    await user.click(field());
    await user.keyboard('Bosch{Enter}');
    expect(picked()).toBe(UNITS[1].name);
    await user.keyboard('x{Backspace}{Enter}');
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(picked()).toBe(UNITS[1].name);
    expect(sent).toBe(0);
  });

  it('Escape closes the list and only the list; typing or ArrowDown opens it again', async () => {
    const outer: string[] = [];
    render(<UnitField onOuterKey={(key) => outer.push(key)} />);
    const user = userEvent.setup();
    await user.click(field());
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(field().hasAttribute('aria-activedescendant')).toBe(false);
    expect(outer).not.toContain('Escape');
    // With the list closed, Escape is the dialog's again.
    await user.keyboard('{Escape}');
    expect(outer).toContain('Escape');
    await user.keyboard('Sam');
    expect(screen.getByRole('listbox', { name: '1 found' })).toBeTruthy();
    await user.keyboard('{Escape}{ArrowDown}');
    expect(highlighted()).toBe(UNITS[2].name);
  });

  it('Tab leaves the field without a pick; a click picks and keeps the focus in the field', async () => {
    render(<UnitField />);
    const user = userEvent.setup();
    await user.click(field());
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Defect'));
    expect(picked()).toBe('');
    await user.click(field());
    await user.click(screen.getByRole('option', { name: UNITS[2].name }));
    expect(picked()).toBe(UNITS[2].name);
    expect(document.activeElement).toBe(field());
  });

  it('says when nothing is found, and a new search starts with nothing highlighted', async () => {
    render(<UnitField />);
    const user = userEvent.setup();
    await user.click(field());
    await user.keyboard('{ArrowDown}');
    await user.keyboard('zz');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Nothing found');
    await user.keyboard('{Backspace}{Backspace}');
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(field().hasAttribute('aria-activedescendant')).toBe(false);
  });
});
