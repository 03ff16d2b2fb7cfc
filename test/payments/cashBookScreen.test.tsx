// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CashBook } from '../../renderer/payments/CashBook.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from '../app/harness.js';

const en = catalogue.en.cashBook;

describe('the cash book screen', () => {
  it('opens the day with a float, takes cash to the bank, shows the cash expected, closes with a matching count and prints the Z report', { timeout: 90_000 }, async () => {
    // jsdom has no PDF viewer: the printed report opens in a window the test does not look at.
    URL.createObjectURL = () => 'blob:report';
    window.open = () => null;
    const { manager } = await renderWithBackend(() => <CashBook />, { demo: true, role: 'clerk' });
    const user = userEvent.setup();
    expect(await screen.findByText(en.notOpened)).toBeTruthy();
    const before = (await manager.ok('payments.cashDay', {})).totals.cashIn - (await manager.ok('payments.cashDay', {})).totals.cashOut;

    // More than 2 decimals is refused at once, naming the field; nothing is opened.
    await user.type(screen.getByLabelText(en.float), '500.125');
    await user.click(screen.getByRole('button', { name: en.open }));
    expect(await screen.findByText(catalogue.en.errors.reasons.invalid_amount)).toBeTruthy();
    expect((await manager.ok('payments.cashDay', {})).state).toBe('not_opened');
    await user.clear(screen.getByLabelText(en.float));
    await user.type(screen.getByLabelText(en.float), '500');
    await user.click(screen.getByRole('button', { name: en.open }));
    await waitFor(() => expect(screen.getByTestId('day-state').textContent).toBe(en.state.open));

    const movement = screen.getByRole('form', { name: en.movement });
    await user.selectOptions(within(movement).getByLabelText(en.entry), 'out');
    await user.type(within(movement).getByLabelText(catalogue.en.payments.amount), '200');
    await user.type(within(movement).getByLabelText(en.movementReason), 'Taken to the bank');
    await user.click(within(movement).getByRole('button', { name: en.add }));
    expect(await screen.findByText(/Taken to the bank/)).toBeTruthy();
    const expected = 50_000 + before - 20_000;
    await waitFor(async () => expect((await manager.ok('payments.cashDay', {})).totals.expected).toBe(expected));

    const closing = screen.getByRole('form', { name: en.close });
    await user.type(within(closing).getByLabelText(en.countedCash), (expected / 100).toFixed(2));
    expect(within(closing).getByTestId('typed-difference').textContent).toMatch(/0\.00/);
    await user.click(within(closing).getByRole('button', { name: en.close }));
    await waitFor(() => expect(screen.getByTestId('day-state').textContent).toBe(en.state.closed));
    expect(screen.getByText(en.closedNote)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: `${en.zReport} (${en.paper.A4})` }));
    // The report is rendered and stored before its number shows.
    expect((await screen.findByTestId('report-number', {}, { timeout: 60_000 })).textContent).toBe(`ZR-${new Date().getFullYear()}-00001`);
  });

  it('asks a clerk whose count differs for a manager: the close stays disabled and says why', async () => {
    await renderWithBackend(() => <CashBook />, { demo: true, role: 'clerk', prepare: async (_t, manager) => void (await manager.ok('payments.openDay', { float: 10_000 })) });
    const user = userEvent.setup();
    const closing = await screen.findByRole('form', { name: en.close });
    await user.type(within(closing).getByLabelText(en.countedCash), '1');
    expect(await screen.findByText(en.closeWithDifference)).toBeTruthy();
    expect((within(closing).getByRole('button', { name: en.close }) as HTMLButtonElement).disabled).toBe(true);
  });
});
