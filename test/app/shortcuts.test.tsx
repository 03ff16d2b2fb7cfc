// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App.js';
import { type Chord, SHORTCUTS, ariaKeyShortcuts, useKeyboardHelp } from '../../renderer/app/shortcuts.js';
import { discardUnsavedInput } from '../../renderer/app/unsaved.js';
import { useSession } from '../../renderer/session/store.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from './harness.js';

beforeEach(() => {
  sessionStorage.clear();
  window.location.hash = '';
  discardUnsavedInput();
  useKeyboardHelp.setState({ open: false });
  useSession.setState({ view: { name: 'dashboard' }, pendingView: undefined, currentUserId: undefined, staff: [] });
});
afterEach(() => discardUnsavedInput());

/** A key press where the focus is, as the keyboard sends it: `key` is what the layout types, `code` the key itself. */
function press(chord: Chord, key = chord.code.replace(/^Key/, '').toLowerCase()): KeyboardEvent {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { key, code: chord.code, ctrlKey: !!chord.ctrl, altKey: !!chord.alt, shiftKey: !!chord.shift, bubbles: true, cancelable: true });
  act(() => void target.dispatchEvent(event));
  return event;
}
const chordsOf = (action: string) => SHORTCUTS.find((s) => s.action === action)!.chords;
const scanBox = () => screen.getByRole('textbox', { name: 'Scan or type an order number, serial or IMEI' });
const toDashboard = () => act(() => useSession.getState().go({ name: 'dashboard' }));

describe('the keyboard shortcuts', () => {
  it('each shortcut of the table does its action, by every one of its chords', async () => {
    await renderWithBackend(() => <App />, { demo: true });
    await screen.findByRole('heading', { name: 'What needs attention today' });
    const done: string[] = [];
    for (const shortcut of SHORTCUTS) {
      for (const chord of shortcut.chords) {
        (document.activeElement as HTMLElement | null)?.blur();
        if (shortcut.action === 'intake') {
          toDashboard();
          expect(press(chord).defaultPrevented).toBe(true);
          expect(useSession.getState().view.name).toBe('intake');
          expect(await screen.findByLabelText('Phone')).toBe(document.activeElement);
        }
        if (shortcut.action === 'search') {
          press(chord);
          expect(document.activeElement).toBe(scanBox());
        }
        if (shortcut.action === 'save') {
          toDashboard();
          act(() => useSession.getState().go({ name: 'intake' }));
          const defect = await screen.findByLabelText('Stated defect');
          defect.focus();
          // The browser's own "save page" never opens: the key is the app's.
          expect(press(chord).defaultPrevented).toBe(true);
          // The intake is sent: the form answers with what is missing, next to its fields.
          await waitFor(() => expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true'));
          toDashboard();
          await screen.findByRole('heading', { name: 'What needs attention today' });
        }
        if (shortcut.action === 'help') {
          press(chord, chord.shift ? '?' : chord.code);
          const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
          expect(within(help).getAllByRole('row').length).toBeGreaterThanOrEqual(SHORTCUTS.length);
          // The same keys close it.
          press(chord, chord.shift ? '?' : chord.code);
          await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        }
        done.push(`${shortcut.action} ${chord.code}`);
      }
    }
    expect(done).toEqual(SHORTCUTS.flatMap((s) => s.chords.map((c) => `${s.action} ${c.code}`)));
  });

  it('takes the letter keys by their place on the keyboard: Alt+N and Ctrl+K in a Hebrew and a Russian layout', async () => {
    await renderWithBackend(() => <App />, { demo: true });
    await screen.findByRole('heading', { name: 'What needs attention today' });
    press({ code: 'KeyN', alt: true }, 'מ');
    expect(useSession.getState().view.name).toBe('intake');
    toDashboard();
    press({ code: 'KeyN', alt: true }, 'т');
    expect(useSession.getState().view.name).toBe('intake');
    await screen.findByLabelText('Phone');
    press({ code: 'KeyK', ctrl: true }, 'ל');
    expect(document.activeElement).toBe(scanBox());
    (document.activeElement as HTMLElement).blur();
    press({ code: 'KeyK', ctrl: true }, 'л');
    expect(document.activeElement).toBe(scanBox());
  });

  it('acts on nothing behind an open dialog, and “?” in a text field is typing', async () => {
    await renderWithBackend(() => <App />, { demo: true });
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'What needs attention today' });
    press(chordsOf('intake')[0]);
    await user.type(await screen.findByLabelText('Stated defect'), 'Lid does not close?');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((screen.getByLabelText('Stated defect') as HTMLTextAreaElement).value).toBe('Lid does not close?');
    await user.click(screen.getByRole('button', { name: 'Discard the draft' }));
    const question = screen.getByRole('alertdialog', { name: 'Discard this intake?' });
    // Behind the question: no save, no jump to the scan box, no help over it.
    for (const action of ['save', 'search', 'help'] as const) for (const chord of chordsOf(action)) press(chord, chord.shift ? '?' : undefined);
    expect(question.contains(document.activeElement)).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Over the help, the intake shortcut does not leave the screen behind either.
    act(() => useSession.getState().go({ name: 'dashboard' }));
    press(chordsOf('help')[0]);
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    press(chordsOf('intake')[0]);
    expect(useSession.getState().view.name).toBe('dashboard');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('announces each control’s keys (aria-keyshortcuts) from the table', async () => {
    await renderWithBackend(() => <App />, { demo: true });
    await screen.findByRole('heading', { name: 'What needs attention today' });
    expect(ariaKeyShortcuts('intake')).toBe('F2 Alt+N');
    expect(within(screen.getByRole('navigation')).getByRole('button', { name: 'New intake' }).getAttribute('aria-keyshortcuts')).toBe('F2 Alt+N');
    expect(scanBox().getAttribute('aria-keyshortcuts')).toBe('F3 Control+K');
    press(chordsOf('intake')[0]);
    expect((await screen.findByRole('button', { name: 'Take in' })).getAttribute('aria-keyshortcuts')).toBe('Control+S Control+Enter');
  });

  it('lists every shortcut in the user’s language, from the side menu too, and gives the focus back on Escape', async () => {
    await renderWithBackend(() => <App />, { demo: true, language: 'he' });
    const he = catalogue.he.keyboard;
    const user = userEvent.setup();
    const menuLine = await screen.findByRole('button', { name: new RegExp(he.title) });
    await user.click(menuLine);
    const help = await screen.findByRole('dialog', { name: he.title });
    const rows = within(help).getAllByRole('row');
    expect(rows.slice(0, SHORTCUTS.length).map((row) => row.getAttribute('data-shortcut'))).toEqual(SHORTCUTS.map((s) => s.action));
    expect(help.textContent).toContain(he.search);
    expect(help.textContent).toContain(catalogue.he.nav.intake);
    expect(help.textContent).toContain('Ctrl+S');
    expect(document.activeElement).toBe(within(help).getByRole('button', { name: he.done }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(menuLine);
  });
});
