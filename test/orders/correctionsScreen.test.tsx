// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OrderDetail } from '../../renderer/orders/OrderDetail.js';
import { renderWithBackend } from '../app/harness.js';
import { addDays, localDate } from '../../shared/rules/index.js';

// Promised dates within the year ahead that an intake accepts; typed and shown day/month/year, as in English.
const today = localDate(new Date().toISOString());
const promised = addDays(today, 10);
const corrected = addDays(today, 12);
const typed = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const slow = { timeout: 10_000 };
/** A correction on the timeline, read without the isolate marks around its values. */
const correction = (pattern: RegExp) => (_: string, element: Element | null) =>
  !!element?.classList.contains('correction') && pattern.test((element.textContent ?? '').replace(/[\u2066-\u2069]/g, ''));
let orderId = '';

describe('correcting an order on its screen', () => {
  it("corrects the customer's name, the serial and the promised date, and the timeline names each field", async () => {
    const { manager } = await renderWithBackend(() => <OrderDetail id={orderId} />, {
      demo: true,
      role: 'clerk',
      prepare: async (_t, manager) => {
        const view = await manager.ok('orders.create', {
          customer: { kind: 'person', name: 'Jon Smiht', phones: ['050-555-0999'] },
          device: { category: 'Laptop', brand: 'Lenovo', model: 'T14', serial: 'PF-0O1' },
          intake: { statedDefect: 'No power', promisedDate: promised },
        });
        orderId = view.order.id;
      },
    });
    const user = userEvent.setup();
    const [customerButton, deviceButton, intakeButton] = await screen.findAllByRole('button', { name: 'Correct' });
    await user.click(customerButton);
    const customerForm = screen.getByRole('form', { name: 'Correct' });
    await user.clear(within(customerForm).getByLabelText('Name'));
    await user.type(within(customerForm).getByLabelText('Name'), 'Jon Smith');
    await user.type(within(customerForm).getByLabelText('Reason (optional)'), 'Typo');
    await user.click(within(customerForm).getByRole('button', { name: 'Save the correction' }));
    await screen.findByText(correction(/Customer · Name: Jon Smiht → Jon Smith · reason: Typo/), {}, slow);

    await user.click(deviceButton.isConnected ? deviceButton : screen.getAllByRole('button', { name: 'Correct' })[1]);
    const deviceForm = screen.getByRole('form', { name: 'Correct' });
    await user.clear(within(deviceForm).getByLabelText('Serial number'));
    await user.type(within(deviceForm).getByLabelText('Serial number'), 'PF-001');
    await user.click(within(deviceForm).getByRole('button', { name: 'Save the correction' }));
    await screen.findByText(correction(/Device · Serial number: PF-0O1 → PF-001/), {}, slow);

    await user.click(intakeButton.isConnected ? intakeButton : screen.getAllByRole('button', { name: 'Correct' })[2]);
    const intakeForm = screen.getByRole('form', { name: 'Correct' });
    await user.clear(within(intakeForm).getByLabelText('Promised date'));
    await user.type(within(intakeForm).getByLabelText('Promised date'), typed(corrected));
    await user.click(within(intakeForm).getByRole('button', { name: 'Save the correction' }));
    await screen.findByText(correction(new RegExp(`Intake · Promised date: ${typed(promised)} → ${typed(corrected)}`)), {}, slow);
    // The screen's document list has been read before the data folder goes away.
    await manager.ok('documents.forOrder', { orderId });
  });

  it('shows a refusal next to the field: a duplicate serial', async () => {
    const { manager } = await renderWithBackend(() => <OrderDetail id={orderId} />, {
      demo: true,
      role: 'clerk',
      prepare: async (_t, manager) => {
        await manager.ok('orders.create', {
          customer: { kind: 'person', name: 'A', phones: ['050-555-0998'] },
          device: { category: 'Laptop', brand: 'Lenovo', model: 'T14', serial: 'TAKEN-1' },
          intake: { statedDefect: 'x' },
        });
        orderId = (
          await manager.ok('orders.create', {
            customer: { kind: 'person', name: 'B', phones: ['050-555-0997'] },
            device: { category: 'Laptop', brand: 'Lenovo', model: 'T14', serial: 'MINE-1' },
            intake: { statedDefect: 'y' },
          })
        ).order.id;
      },
    });
    const user = userEvent.setup();
    await user.click((await screen.findAllByRole('button', { name: 'Correct' }))[1]);
    const form = screen.getByRole('form', { name: 'Correct' });
    await user.clear(within(form).getByLabelText('Serial number'));
    await user.type(within(form).getByLabelText('Serial number'), 'TAKEN-1');
    await user.click(within(form).getByRole('button', { name: 'Save the correction' }));
    expect((await within(form).findAllByText('This device is registered already: find it above instead.', {}, slow)).length).toBeGreaterThan(0);
    await manager.ok('documents.forOrder', { orderId });
  });
});
