// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../renderer/orders/Dashboard.js';
import { useSession } from '../../renderer/session/store.js';
import { catalogue } from '../../shared/catalogue.js';
import type { StaffMember } from '../../shared/staff/index.js';
import { renderWithBackend } from '../app/harness.js';
import { openBackend, staffedWorkshop, TEST_PIN } from '../platform/helpers.js';

const en = catalogue.en.setup;
const done = (setup: { steps: Array<{ step: string; done: boolean }> }) => setup.steps.filter((s) => s.done).map((s) => s.step);

beforeEach(() => useSession.setState({ view: { name: 'dashboard' }, currentUserId: undefined, staff: [] }));

describe('the set-up checklist of a new workshop', () => {
  it('ticks each step when the data shows it done, with no flag of its own, and stays away once a manager hides it', async () => {
    const t = await openBackend();
    const { manager, clerk } = await staffedWorkshop(t);
    // Three members already: the staff step is done; nothing else is.
    expect(done(await manager.ok('settings.setup', {}))).toEqual(['staff']);
    await manager.ok('settings.update', { workshop: { name: 'Fix-It Haifa', address: 'Herzl 1, Haifa' } });
    expect(done(await manager.ok('settings.setup', {}))).toEqual(['staff']);
    await manager.ok('settings.update', { workshop: { name: 'Fix-It Haifa', address: 'Herzl 1, Haifa', phone: '+972 4 555 0101' }, ruleProfile: 'il' });
    expect(done(await manager.ok('settings.setup', {}))).toEqual(['workshop', 'rules', 'staff']);
    await manager.ok('loans.loaners.save', { inventoryNumber: 'LN-001', category: 'Smartphone', model: 'Samsung Galaxy A15', value: 150000, condition: 'Good' });
    const swap = await manager.ok('parts.labour.save', { name: 'Display replacement', minutes: 45, price: 15000 });
    const all = await manager.ok('settings.setup', {});
    expect(done(all)).toEqual(['workshop', 'rules', 'staff', 'loaners', 'prices']);
    // A price list whose only operation is withdrawn prices nothing.
    await manager.ok('parts.labour.save', { id: swap.id, name: swap.name, minutes: swap.minutes, price: swap.price, active: false });
    expect(done(await manager.ok('settings.setup', {}))).not.toContain('prices');

    expect(await clerk.call('settings.dismissSetup', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await manager.ok('settings.dismissSetup', {})).dismissed).toBe(true);
    await t.close();
    const again = await openBackend({ dataDir: t.dataDir });
    const member = again.backend.store.staff.all().find((m) => m.role === 'manager')!;
    expect((await (await again.signIn(member)).ok('settings.setup', {})).dismissed).toBe(true);
  });

  it('shows a manager of a new workshop the steps left on the dashboard, each a link to its screen, and goes when hidden', async () => {
    let first: StaffMember | undefined;
    const { t, rerender } = await renderWithBackend(() => <Dashboard />, {
      prepare: async (backend) => {
        first = await backend.public.ok('staff.create', { name: 'Sarah Cohen', role: 'manager', pin: TEST_PIN });
      },
    });
    await act(async () => void (await useSession.getState().signIn(first!.id, TEST_PIN)));
    // The dashboard as the signed-in manager opens it.
    rerender(
      <I18nextProvider i18n={i18next}>
        <Dashboard key="signed-in" />
      </I18nextProvider>,
    );
    const list = await screen.findByRole('region', { name: en.title });
    // One manager, nothing set up: no step is done.
    expect(within(list).getAllByRole('img', { name: en.toDo })).toHaveLength(5);
    const user = userEvent.setup();
    await user.click(within(list).getByRole('button', { name: en.steps.prices }));
    expect(useSession.getState().view).toEqual({ name: 'parts' });

    // Back on the dashboard after a clerk joined: the staff step is ticked.
    const manager = await t.signIn(first!);
    await manager.ok('staff.create', { name: 'Noa Peretz', role: 'clerk', pin: TEST_PIN });
    act(() => useSession.setState({ view: { name: 'dashboard' } }));
    rerender(
      <I18nextProvider i18n={i18next}>
        <Dashboard key="back" />
      </I18nextProvider>,
    );
    const view = await waitFor(() => {
      const region = screen.getByRole('region', { name: en.title });
      expect(within(region).getAllByRole('img', { name: en.done })).toHaveLength(1);
      return region;
    });
    expect(within(view).getByRole('img', { name: en.done }).closest('li')?.getAttribute('data-step')).toBe('staff');
    await user.click(within(view).getByRole('button', { name: en.dismiss }));
    await waitFor(() => expect(screen.queryByRole('region', { name: en.title })).toBeNull());
    expect((await manager.ok('settings.setup', {})).dismissed).toBe(true);
  });
});

