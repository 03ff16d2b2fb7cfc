// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../renderer/settings/SettingsScreen.js';
import { renderWithBackend } from '../app/harness.js';

describe('the screens show what a role may not do before the click', () => {
  it('shows a clerk the settings, backups and audit disabled, with the reason; the interface language stays theirs', async () => {
    await renderWithBackend(() => <SettingsScreen />, { demo: true, role: 'clerk', prepare: async (_t, manager) => void (await manager.ok('data.backups.create', {})) });
    // Waiting by a label query retries it on every change of the page, seconds each on a busy machine: wait for the
    // settings' own button (a text query), then ask for the label once.
    await screen.findAllByText('Save settings', { selector: 'button' }, { timeout: 20_000 });
    const name = screen.getByLabelText('Legal name');
    expect((name as HTMLElement).matches(':disabled')).toBe(true);
    // Buttons are found by their text, not by role: a role query computes every element's accessible name, which on
    // the whole settings screen takes seconds per try on a busy machine (the wait for Restore took 88 s at load 17; by text it is 37 ms).
    expect(button('Save settings').matches(':disabled')).toBe(true);
    expect(button('Back up now').matches(':disabled')).toBe(true);
    expect(button('Export all data').matches(':disabled')).toBe(true);
    expect((screen.getByLabelText('Interface language') as HTMLElement).matches(':disabled')).toBe(false);
    const notes = [...document.querySelectorAll('[role="note"]')];
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const note of notes) expect(note.textContent).toBe('Only for: Manager.');
    // The backup made beforehand is listed once its list arrives: wait for the button itself.
    const [restore] = await screen.findAllByText('Restore', { selector: 'button' }, { timeout: 20_000 });
    expect(restore.matches(':disabled')).toBe(true);
    // The demo workshop and a verified backup before the screen: about 8 s at load 18 on 2 cores.
  }, 60_000);

  it('shows a manager the same screen open, with no note', async () => {
    await renderWithBackend(() => <SettingsScreen />, { demo: true });
    await screen.findAllByText('Save settings', { selector: 'button' }, { timeout: 20_000 });
    const name = screen.getByLabelText('Legal name');
    expect((name as HTMLElement).matches(':disabled')).toBe(false);
    expect(button('Back up now').matches(':disabled')).toBe(false);
    expect(document.querySelectorAll('[role="note"]')).toHaveLength(0);
  });
});

/** The one button with this text. */
function button(text: string): HTMLButtonElement {
  return screen.getByText(text, { selector: 'button' }) as HTMLButtonElement;
}
