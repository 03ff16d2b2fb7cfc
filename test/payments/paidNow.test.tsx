// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OrderPayments } from '../../renderer/payments/OrderPayments.js';
import { catalogue } from '../../shared/catalogue.js';
import { DEMO_PIN } from '../../electron/app/demo.js';
import { renderWithBackend } from '../app/harness.js';
import { intakeInput } from '../platform/helpers.js';

const en = catalogue.en.payments;

describe('the amount paid now at hand-back', () => {
  it('is filled in with what is due by the charge rule, follows each payment, and keeps what the clerk types', async () => {
    let orderId = '';
    const { manager } = await renderWithBackend(() => <OrderPayments orderId={orderId} revision="1" print={async () => undefined} />, {
      demo: true,
      role: 'clerk',
      prepare: async (t, manager) => {
        const base = intakeInput({ imei: '356938035643809', name: 'Paid Customer', phone: '+972 54-000-1122' });
        const view = await manager.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid', prepayment: 30_000 } });
        orderId = view.order.id;
        const technician = await t.signIn(t.backend.store.staff.all().find((m) => m.role === 'technician')!, DEMO_PIN);
        await technician.ok('orders.setLines', {
          id: orderId,
          workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 80_000, warrantyDays: 90 }],
          partLines: [{ name: 'Display module', quantity: 1, unitPrice: 20_000, warrantyDays: 90 }],
        });
      },
    });
    const section = (await screen.findByRole('heading', { name: en.title })).closest('.payments') as HTMLElement;
    const amount = within(section).getByLabelText(en.amount) as HTMLInputElement;
    const due = (await manager.ok('payments.of', { orderId })).balance.due;
    expect(due).toBeGreaterThan(0);
    // The backend's due, in the field as a clerk would type it.
    expect(amount.value).toBe((due / 100).toFixed(2));

    const user = userEvent.setup();
    await user.clear(amount);
    await user.type(amount, '100');
    await user.click(within(section).getByRole('button', { name: en.take }));
    await waitFor(async () => expect((await manager.ok('payments.of', { orderId })).balance.due).toBe(due - 10_000));
    await waitFor(() => expect(amount.value).toBe(((due - 10_000) / 100).toFixed(2)));

    // Taking the prefilled amount leaves nothing due, and nothing in the field.
    await user.click(within(section).getByRole('button', { name: en.take }));
    await waitFor(async () => expect((await manager.ok('payments.of', { orderId })).balance.due).toBe(0));
    await waitFor(() => expect(amount.value).toBe(''));
  });
});
