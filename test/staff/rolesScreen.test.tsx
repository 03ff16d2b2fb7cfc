// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../renderer/settings/SettingsScreen.js';
import { renderWithBackend } from '../app/harness.js';

describe('the screens show what a role may not do before the click', () => {
  it('shows a clerk the settings, backups and audit disabled, with the reason; the interface language stays theirs', async () => {
    await renderWithBackend(() => <SettingsScreen />, { demo: true, role: 'clerk', prepare: async (_t, manager) => void (await manager.ok('data.backups.create', {})) });
    const name = await screen.findByLabelText('Legal name');
    expect((name as HTMLElement).matches(':disabled')).toBe(true);
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLElement).matches(':disabled')).toBe(true);
    expect((screen.getByRole('button', { name: 'Back up now' }) as HTMLElement).matches(':disabled')).toBe(true);
    expect((screen.getByRole('button', { name: 'Export all data' }) as HTMLElement).matches(':disabled')).toBe(true);
    expect((screen.getByLabelText('Interface language') as HTMLElement).matches(':disabled')).toBe(false);
    const notes = screen.getAllByRole('note');
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const note of notes) expect(note.textContent).toBe('Only for: Manager.');
    const restore = await within(document.body).findByRole('button', { name: 'Restore' }, { timeout: 45_000 });
    expect(restore.matches(':disabled')).toBe(true);
    // The demo workshop, a backup and its verification: slow on a busy machine, so the wait is for the button itself.
  }, 60_000);

  it('shows a manager the same screen open, with no note', async () => {
    await renderWithBackend(() => <SettingsScreen />, { demo: true });
    const name = await screen.findByLabelText('Legal name');
    expect((name as HTMLElement).matches(':disabled')).toBe(false);
    expect((screen.getByRole('button', { name: 'Back up now' }) as HTMLElement).matches(':disabled')).toBe(false);
    expect(screen.queryAllByRole('note')).toHaveLength(0);
  });
});
