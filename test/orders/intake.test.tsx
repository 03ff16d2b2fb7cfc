// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Intake } from '../../renderer/orders/Intake.js';
import { handleShortcut } from '../../renderer/app/shortcuts.js';
import { useSession } from '../../renderer/session/store.js';
import { validImei } from '../platform/helpers.js';
import { renderWithBackend } from '../app/harness.js';

describe('the intake form', () => {
  it('takes a new customer and device in with the keyboard alone, and opens the new order', async () => {
    const { manager } = await renderWithBackend(() => <Intake />, { demo: true });
    const user = userEvent.setup();
    // The phone field has the focus: the clerk types and tabs from field to field.
    await user.keyboard('+44 20 7946 0000');
    await user.tab();
    await user.keyboard('Margaret Hale');
    await user.click(screen.getByLabelText('Serial number'));
    await user.keyboard('PF-NEW-001');
    await user.click(screen.getByLabelText('Type'));
    await user.keyboard('Laptop');
    await user.tab();
    await user.keyboard('Lenovo');
    await user.tab();
    await user.keyboard('ThinkPad X1');
    await user.click(screen.getByLabelText('Stated defect'));
    await user.keyboard('Does not power on{Enter}');
    await user.click(screen.getByLabelText('Estimate'));
    await user.keyboard('120,50');
    await user.click(screen.getByRole('button', { name: 'Take in' }));

    await waitFor(() => expect(useSession.getState().view.name).toBe('order'));
    const view = useSession.getState().view;
    const stored = await manager.ok('orders.get', { id: view.name === 'order' ? view.id : '' });
    expect(stored.customer).toMatchObject({ name: 'Margaret Hale', phones: ['+442079460000'] });
    expect(stored.device).toMatchObject({ serial: 'PF-NEW-001', brand: 'Lenovo', model: 'ThinkPad X1' });
    expect(stored.order.intake.estimate).toBe(12050);
    expect(stored.order.status).toBe('received');
  });

  it('shows the backend’s message next to each wrong field, and stores nothing', async () => {
    const { manager } = await renderWithBackend(() => <Intake />, { demo: true });
    const before = (await manager.ok('orders.list', {})).total;
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('IMEI'));
    await user.keyboard('490154203237519');
    await user.click(screen.getByRole('button', { name: 'Take in' }));

    expect(await screen.findAllByText('This IMEI has a wrong check digit: check for a typo.')).not.toHaveLength(0);
    expect(screen.getByLabelText('Name')).toHaveProperty('ariaInvalid', 'true');
    expect(screen.getByLabelText('Name').closest('.field')!.textContent).toContain('Required.');
    expect(screen.getByLabelText('Stated defect').closest('.field')!.textContent).toContain('Required.');
    expect((await manager.ok('orders.list', {})).total).toBe(before);
  });

  it('finds an existing customer by phone while it is typed and uses them', async () => {
    await renderWithBackend(() => <Intake />, { demo: true });
    const user = userEvent.setup();
    await user.keyboard('912 555');
    const match = await screen.findByRole('option', { name: /Иван Петров/ });
    await user.click(match);
    expect(screen.getByText(/Customer: Иван Петров/)).toBeTruthy();
  });

  it('takes a returning customer’s unit in by keys alone: the customer’s units under the unit field, then the defect', async () => {
    let unit = '';
    const { manager } = await renderWithBackend(() => <Intake />, {
      demo: true,
      prepare: async (_t, manager) => {
        const first = await manager.ok('orders.create', {
          customer: { kind: 'person', name: 'Dana Levi', phones: ['052-555-0141'] },
          device: { category: 'Coffee machine', brand: "De'Longhi", model: 'Magnifica S', serial: 'DL-ECAM-2201' },
          intake: { statedDefect: 'Leaks water' },
        });
        const second = await manager.ok('orders.create', {
          customer: { id: first.order.customerId },
          device: { category: 'Kettle', brand: 'Bosch', model: 'TWK 7203', serial: 'BK-7203-0042' },
          intake: { statedDefect: 'Does not switch off' },
        });
        unit = second.device.id;
        for (const id of [first.order.id, second.order.id]) {
          await manager.ok('orders.transition', { id, to: 'cancelled' });
          await manager.ok('orders.transition', { id, to: 'issued', outcome: 'refused' });
        }
      },
    });
    // The screen the order opens from (an earlier test may have left an order open).
    useSession.setState({ view: { name: 'intake' } });
    const user = userEvent.setup();
    await user.keyboard('0525550141');
    const phone = screen.getByLabelText('Phone');
    const customers = await screen.findByRole('listbox', { name: '1 match' });
    expect(phone.getAttribute('aria-controls')).toBe(customers.id);
    await user.keyboard('{ArrowDown}');
    expect(document.getElementById(phone.getAttribute('aria-activedescendant')!)!.textContent).toContain('Dana Levi');
    await user.keyboard('{Enter}');
    // Picked: the focus is on the unit field, and the customer's units are offered right under it.
    await screen.findByText(/Customer: Dana Levi/);
    const serial = screen.getByLabelText('Serial number');
    expect(document.activeElement).toBe(serial);
    const units = await screen.findByRole('listbox', { name: '2 matches' });
    expect(serial.getAttribute('aria-controls')).toBe(units.id);
    expect(serial.closest('.suggest')!.contains(units)).toBe(true);
    const kettle = within(units).getByRole('option', { name: /BK-7203-0042/ });
    while (serial.getAttribute('aria-activedescendant') !== kettle.id) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    await screen.findByText(/Device: Bosch TWK 7203/);
    expect(document.activeElement).toBe(screen.getByLabelText('Stated defect'));
    // Saved with Ctrl+S, through the app's one shortcut listener (the shell installs it).
    window.addEventListener('keydown', handleShortcut);
    try {
      await user.keyboard('Lid does not close{Control>}s{/Control}');
    } finally {
      window.removeEventListener('keydown', handleShortcut);
    }

    await waitFor(() => expect(useSession.getState().view.name).toBe('order'));
    const view = useSession.getState().view;
    const stored = await manager.ok('orders.get', { id: view.name === 'order' ? view.id : '' });
    expect(stored.customer.name).toBe('Dana Levi');
    expect(stored.device.id).toBe(unit);
    expect(stored.order.intake.statedDefect).toBe('Lid does not close');
  });

  it('flags a mistyped IMEI while it is typed', async () => {
    await renderWithBackend(() => <Intake />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('IMEI'));
    await user.keyboard(validImei().slice(0, 14) + '0');
    const imei = screen.getByLabelText('IMEI');
    expect(document.getElementById(imei.getAttribute('aria-describedby')!)!.textContent).toContain('wrong check digit');
  });

  it('lays the form out right to left in Hebrew', async () => {
    await renderWithBackend(() => <Intake />, { demo: true, language: 'he' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('button', { name: 'קבלה למעבדה' })).toBeTruthy();
    expect(screen.getByLabelText('מספר סידורי')).toBeTruthy();
  });
});
