// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CounterSale } from '../../renderer/parts/CounterSale.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from '../app/harness.js';

const en = catalogue.en.payments;
const sale = catalogue.en.parts.sale;

describe('paying a counter sale at the counter', () => {
  it('takes a sale’s payment by card and cash like an order’s, refuses 3 decimals, refunds part with a reason and prints the receipt on an 80 mm roll', { timeout: 90_000 }, async () => {
    // jsdom has no PDF viewer: the printed receipt opens in a window the test does not look at.
    URL.createObjectURL = () => 'blob:receipt';
    window.open = () => null;
    let saleId = '';
    let number = '';
    const { manager } = await renderWithBackend(() => <CounterSale />, {
      demo: true,
      role: 'clerk',
      prepare: async (_t, manager) => {
        await manager.ok('settings.update', { ruleProfile: 'il', currency: 'ILS' });
        const part = await manager.ok('parts.save', { sku: 'CHG-20W', name: 'Charger 20 W', cost: 4_000, price: 11_800, warrantyDays: 180 });
        await manager.ok('parts.receive', { partId: part.id, quantity: 3 });
        const made = await manager.ok('parts.sales.create', { customerName: 'Walk-in', lines: [{ partId: part.id, quantity: 2, unitPrice: 11_800 }] });
        saleId = made.id;
        number = made.number;
      },
    });
    const user = userEvent.setup();
    const row = (await screen.findByText(number)).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: sale.payments }));
    const section = await screen.findByRole('region', { name: sale.paying.replace('{{number}}', number) });
    // The whole sale is due, with its VAT (18% inside the price): ₪236.00, of it ₪36.00 VAT.
    await waitFor(() => expect(within(section).getByTestId('due').textContent).toMatch(/236\.00/));
    const amount = within(section).getByLabelText(en.amount) as HTMLInputElement;
    expect(amount.value).toBe('236.00');

    // More than 2 decimals: refused at once, naming the amount; nothing is taken.
    await user.clear(amount);
    await user.type(amount, '100.005');
    await user.click(within(section).getByRole('button', { name: en.take }));
    expect(await within(section).findByText(catalogue.en.errors.reasons.invalid_amount)).toBeTruthy();
    expect((await manager.ok('payments.of', { saleId })).payments).toEqual([]);

    await user.clear(amount);
    await user.type(amount, '100');
    await user.selectOptions(within(section).getByLabelText(catalogue.en.invoice.method), 'card');
    await user.click(within(section).getByRole('button', { name: en.take }));
    await waitFor(() => expect(within(section).getByTestId('due').textContent).toMatch(/136\.00/));
    await user.selectOptions(within(section).getByLabelText(catalogue.en.invoice.method), 'cash');
    await user.click(within(section).getByRole('button', { name: en.take }));
    await waitFor(() => expect(within(section).getByTestId('paid').textContent).toMatch(/236\.00/));

    // One charger comes back unopened: ₪118.00 in cash, with the reason.
    await user.type(amount, '118');
    await user.type(within(section).getByLabelText(en.reason), 'One charger returned unopened');
    await user.click(within(section).getByRole('button', { name: en.refund }));
    await waitFor(() => expect(within(section).getByTestId('refunded').textContent).toMatch(/118\.00/));
    const money = await manager.ok('payments.of', { saleId });
    expect(money.payments.map((p) => [p.method, p.amount])).toEqual([['card', 10_000], ['cash', 13_600], ['cash', -11_800]]);
    expect(money.balance).toMatchObject({ paid: 23_600, refunded: 11_800, received: 11_800 });

    await user.click(within(section).getByRole('button', { name: en.invoiceRoll }));
    expect((await within(section).findByTestId('issued-number', {}, { timeout: 60_000 })).textContent).toMatch(/\d/);
  });
});
