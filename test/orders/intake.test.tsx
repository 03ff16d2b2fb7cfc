// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Intake } from '../../renderer/orders/Intake.js';
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
