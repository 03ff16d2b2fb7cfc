// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OrdersList } from '../../renderer/orders/OrdersList.js';
import { useOrders } from '../../renderer/orders/ordersStore.js';
import { useSession } from '../../renderer/session/store.js';
import { renderWithBackend } from '../app/harness.js';

function shownOrders(): string[] {
  return [...document.querySelectorAll('[data-order]')].map((row) => row.getAttribute('data-order')!);
}

describe('the orders list', () => {
  it('lists every order newest first, with counts per status', async () => {
    useOrders.setState({ query: '', status: undefined });
    const { manager } = await renderWithBackend(() => <OrdersList />, { demo: true });
    const all = await manager.ok('orders.list', {});
    await waitFor(() => expect(shownOrders()).toEqual(all.rows.map((r) => r.number)));
    const chips = screen.getByRole('group', { name: 'Status' });
    expect(within(chips).getByRole('button', { name: /^All/ }).textContent).toContain(String(all.total));
    expect(within(chips).getByRole('button', { name: /^Ready/ }).textContent).toContain('1');
  });

  it('narrows the list as the clerk types a phone, a name or a serial', async () => {
    useOrders.setState({ query: '', status: undefined });
    await renderWithBackend(() => <OrdersList />, { demo: true });
    const user = userEvent.setup();
    const search = screen.getByRole('searchbox');
    // On a busy machine the keystrokes may come slower than the 50 ms pause, and a search per key goes out: the
    // test waits until the list answers the whole word, not for the first list that looks right.
    await user.type(search, 'Петров');
    await waitFor(() => {
      expect(useOrders.getState().answered).toBe('Петров');
      expect(shownOrders()).toHaveLength(1);
      expect(screen.getByText('Иван Петров')).toBeTruthy();
    });
    await user.clear(search);
    await user.type(search, 'SV22-IL');
    // The whole list shows that name too: wait for the narrowed list itself, however slow the machine.
    await waitFor(() => {
      expect(useOrders.getState().answered).toBe('SV22-IL');
      expect(shownOrders()).toHaveLength(1);
      expect(screen.queryByText('מיכל אברהם')).toBeTruthy();
    });
  });

  it('filters by status and opens an order with the keyboard', async () => {
    useOrders.setState({ query: '', status: undefined });
    await renderWithBackend(() => <OrdersList />, { demo: true });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Ready/ }));
    await waitFor(() => expect(shownOrders()).toHaveLength(1));
    expect(screen.getByText('יוסי לוי')).toBeTruthy();
    const row = document.querySelector('[data-order]') as HTMLElement;
    row.focus();
    await user.keyboard('{Enter}');
    expect(useSession.getState().view.name).toBe('order');
  });
});
