// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Requisitions } from '../../renderer/parts/Requisitions.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from '../app/harness.js';

const req = catalogue.en.parts.req;

describe('a parts requisition on screen', () => {
  it('shows what a receipt brought in and what is still to come at once, without reopening it', async () => {
    let number = '';
    await renderWithBackend(() => <Requisitions />, {
      demo: true,
      role: 'clerk',
      prepare: async (_t, manager) => {
        const supplier = await manager.ok('parts.counterparties.save', { name: 'Кабель-Опт', kinds: ['supplier'] });
        // Below its minimum stock, the glue makes the supplier's requisition; the display is added to it by hand.
        const glue = await manager.ok('parts.save', { sku: 'GLUE-T7', name: 'Клей T-7', unit: 'ml', cost: 20, price: 50, supplierId: supplier.id, minStock: 10 });
        const screenPart = await manager.ok('parts.save', { sku: 'SCR-T1', name: 'Test display', cost: 40000, price: 60000, supplierId: supplier.id, minStock: 0 });
        const [own] = await manager.ok('parts.requisitions.generate', { supplierId: supplier.id });
        await manager.ok('parts.requisitions.save', { id: own.id, supplierId: supplier.id, lines: [{ partId: glue.id, quantity: 50 }, { partId: screenPart.id, quantity: 5 }] });
        await manager.ok('parts.requisitions.setState', { id: own.id, state: 'sent' });
        number = own.number;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByText(number));
    const form = await screen.findByRole('form', { name: number });
    const line = (sku: string) => form.querySelector(`[data-line="${sku}"]`) as HTMLElement;
    const cell = (sku: string, name: 'received' | 'outstanding') => line(sku).querySelector(`[data-${name}]`)!.textContent;
    expect([cell('SCR-T1', 'received'), cell('SCR-T1', 'outstanding')]).toEqual(['0', '5']);

    await user.type(within(form).getByLabelText(`${req.arrivingNow} SCR-T1`), '2');
    await user.type(within(form).getByLabelText(`${req.arrivingNow} GLUE-T7`), '12.5');
    await user.click(within(form).getByRole('button', { name: req.receive }));
    await waitFor(() => expect([cell('SCR-T1', 'received'), cell('SCR-T1', 'outstanding')]).toEqual(['2', '3']));
    expect([cell('GLUE-T7', 'received'), cell('GLUE-T7', 'outstanding')]).toEqual(['12.5', '37.5']);
    expect(within(form).getByText(req.states.partly_received)).toBeTruthy();

    // The rest arrives: everything received, nothing left to come, and no more receiving on it.
    await user.type(within(form).getByLabelText(`${req.arrivingNow} SCR-T1`), '3');
    await user.type(within(form).getByLabelText(`${req.arrivingNow} GLUE-T7`), '37.5');
    await user.click(within(form).getByRole('button', { name: req.receive }));
    await waitFor(() => expect([cell('SCR-T1', 'received'), cell('SCR-T1', 'outstanding')]).toEqual(['5', '0']));
    expect(cell('GLUE-T7', 'outstanding')).toBe('0');
    expect(within(form).queryByRole('button', { name: req.receive })).toBeNull();
  });
});
