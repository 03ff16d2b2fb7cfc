// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Customers } from '../../renderer/customers/Customers.js';
import { useCustomers } from '../../renderer/customers/store.js';
import { Intake } from '../../renderer/orders/Intake.js';
import { renderWithBackend } from '../app/harness.js';

const slow = { timeout: 10_000 };

describe('the customers screen', () => {
  it('finds a customer by three spellings of the phone and shows their orders', async () => {
    useCustomers.setState({ query: '', results: [], profile: undefined });
    await renderWithBackend(() => <Customers />, { demo: true });
    const user = userEvent.setup();
    const search = await screen.findByLabelText('Search by name or phone (any spelling)');
    for (const spelling of ['052-555-0101', '+972 52 555 0101', '0525550101']) {
      await user.clear(search);
      await user.type(search, spelling);
      const list = await screen.findByRole('listbox', { name: '1 match' }, slow);
      expect(within(list).getByRole('option').textContent).toContain('דנה כהן');
    }
    await user.click(within(screen.getByRole('listbox', { name: '1 match' })).getByRole('option'));
    expect(await screen.findByRole('heading', { name: /דנה כהן/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Orders' })).toBeTruthy();
    expect(screen.getAllByText(/^R-\d{4}-\d{5}$/).length).toBeGreaterThan(0);
  });

  it('lets a manager merge another record of the customer into this one', async () => {
    useCustomers.setState({ query: '', results: [], profile: undefined });
    const { manager } = await renderWithBackend(() => <Customers />, {
      demo: true,
      prepare: async (_t, manager) => {
        await manager.ok('orders.create', {
          customer: { kind: 'person', name: 'Dana Cohen', phones: ['03-555-0199'] },
          device: { category: 'Kettle', brand: 'Bosch', model: 'TWK', serial: 'K-1' },
          intake: { statedDefect: 'Does not boil' },
        });
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Search by name or phone (any spelling)'), '052-555-0101');
    await user.click(within(await screen.findByRole('listbox', { name: '1 match' }, slow)).getByRole('option'));
    await user.click(await screen.findByText('Merge with another record'));
    const merge = screen.getByText('Merge with another record').closest('details')!;
    await user.type(within(merge).getByLabelText('Search by name or phone (any spelling)'), '03-555-0199');
    await user.click(await within(merge).findByRole('radio', {}, slow));
    await user.type(within(merge).getByLabelText('Reason (optional)'), 'Same person');
    await user.click(within(merge).getByRole('button', { name: 'Merge Dana Cohen into this record' }));
    await screen.findByText('Merged: Dana Cohen is now part of this record.', {}, slow);
    const [kept] = await manager.ok('customers.search', { query: '03-555-0199' });
    expect(kept.name).toBe('דנה כהן');
    expect(kept.merges?.[0]).toMatchObject({ name: 'Dana Cohen', reason: 'Same person' });
  });

  it('shows a clerk that merging is a manager’s, and no merge control', async () => {
    useCustomers.setState({ query: '', results: [], profile: undefined });
    await renderWithBackend(() => <Customers />, { demo: true, role: 'clerk' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Search by name or phone (any spelling)'), '052-555-0101');
    await user.click(within(await screen.findByRole('listbox', { name: '1 match' }, slow)).getByRole('option'));
    await user.click(await screen.findByText('Merge with another record'));
    expect(screen.getByRole('note').textContent).toMatch(/Manager/);
    expect(screen.queryByRole('radio')).toBeNull();
  });
});

describe('intake announces what is known', () => {
  it('a known phone, with its customer to take in for', async () => {
    await renderWithBackend(() => <Intake />, { demo: true, role: 'clerk' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Phone'), '052 555 0101');
    await screen.findByText('This phone belongs to דנה כהן, a customer already.', {}, slow);
    await user.click(screen.getByRole('button', { name: 'Take in for דנה כהן' }));
    await screen.findByText(/Customer: דנה כהן/);
  });

  it('a unit in for repair, picked from the customer’s own units with the keyboard', async () => {
    const { manager } = await renderWithBackend(() => <Intake />, { demo: true, role: 'clerk' });
    const open = (await manager.ok('orders.list', { status: 'received' })).rows[0];
    const owner = (await manager.ok('orders.get', { id: open.id })).customer;
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Phone'), owner.phones[0]);
    await user.click(await screen.findByRole('button', { name: `Take in for ${owner.name}` }, slow));
    const serial = screen.getByLabelText('Serial number');
    expect(document.activeElement).toBe(serial);
    const unit = await screen.findByRole('option', { name: new RegExp(open.serial) }, slow);
    while (serial.getAttribute('aria-activedescendant') !== unit.id) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    await screen.findByText(`This unit is in for repair under order ${open.number} already.`, {}, slow);
  });

  it('a unit in for repair, whose order the intake opens unless the clerk says why', async () => {
    const { manager } = await renderWithBackend(() => <Intake />, { demo: true, role: 'clerk' });
    const open = (await manager.ok('orders.list', { status: 'received' })).rows[0];
    const owner = (await manager.ok('orders.get', { id: open.id })).customer;
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Phone'), owner.phones[0]);
    await user.click(await screen.findByRole('button', { name: `Take in for ${owner.name}` }, slow));
    await user.type(await screen.findByLabelText('IMEI'), open.serial);
    const match = await screen.findByRole('option', { name: new RegExp(open.serial) }, slow);
    await user.click(match);
    await screen.findByText(`This unit is in for repair under order ${open.number} already.`);
    expect(screen.getByRole('button', { name: `Open order ${open.number}` })).toBeTruthy();
    await user.type(screen.getByLabelText('Stated defect'), 'Second fault');
    await user.click(screen.getByRole('button', { name: 'Take in' }));
    await screen.findByText(/open that order, or say why/, {}, slow);
    await user.type(screen.getByLabelText('Or take it in again anyway, because'), 'A separate fault');
    await user.click(screen.getByRole('button', { name: 'Take in' }));
    await waitFor(async () => expect((await manager.ok('orders.list', {})).rows[0].serial).toBe(open.serial), slow);
    const newest = (await manager.ok('orders.list', {})).rows[0];
    expect((await manager.ok('orders.get', { id: newest.id })).order.insisted).toMatchObject({ number: open.number, reason: 'A separate fault' });
  });
});
