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

  it('lets a manager open an earlier day from the list of days with their close, read only, and print its Z report again', { timeout: 90_000 }, async () => {
    URL.createObjectURL = () => 'blob:report';
    window.open = () => null;
    let now = new Date('2026-03-01T10:00:00Z');
    let z = '';
    await renderWithBackend(() => <CashBook />, {
      demo: true,
      now: () => now,
      prepare: async (_t, manager) => {
        await manager.ok('payments.openDay', { float: 10_000 });
        await manager.ok('payments.closeDay', { counted: 9_500, reason: 'Coins missing' });
        z = (await manager.ok('payments.zReport', { language: 'en' })).number;
        now = new Date('2026-03-02T10:00:00Z');
      },
    });
    const user = userEvent.setup();
    const list = await screen.findByRole('region', { name: en.earlier.title });
    const row = (await within(list).findByText('01/03/2026')).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Coins missing');
    expect(row.textContent).toMatch(/-₪5\.00|−₪5\.00|-5\.00/);
    await user.click(within(row).getByRole('button', { name: en.earlier.show }));
    expect(await screen.findByText(en.earlier.note)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('day-state').textContent).toBe(en.state.closed));
    expect(screen.getByTestId('counted').textContent).toMatch(/95\.00/);
    // Read only: nothing of today's (open the day, cash in or out, close) is offered on an earlier day.
    expect(screen.queryByRole('button', { name: en.open })).toBeNull();
    expect(screen.queryByRole('form', { name: en.close })).toBeNull();
    await user.click(screen.getByRole('button', { name: `${en.zReport} (${en.paper.roll80})` }));
    expect((await screen.findByTestId('report-number', {}, { timeout: 60_000 })).textContent).toBe(z);
    await user.click(screen.getByRole('button', { name: en.earlier.back }));
    await waitFor(() => expect(screen.getByTestId('day-state').textContent).toBe(en.state.not_opened));
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
